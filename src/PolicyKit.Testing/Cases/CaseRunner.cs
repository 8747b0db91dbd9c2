using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Testing.Coverage;

namespace PolicyKit.Testing.Cases;

/// <summary>
/// Runs cases: decides each with the compiled evaluator and compares the expected verdict, award
/// amount, up-to and missing facts of each policy named, and the totals when given.
/// </summary>
/// <remarks>
/// One runner serves <c>policykit test</c>, <see cref="CaseSource"/> and any test framework. Each catalog is compiled once and kept while the catalog lives. Thread-safe (a
/// <see cref="CoverageCollector"/> passed in is not).
/// </remarks>
public static class CaseRunner
{
    private static readonly ConditionalWeakTable<PolicyCatalog, CompiledEvaluator> Evaluators = [];

    /// <summary>Runs every case of <paramref name="files"/>, in order.</summary>
    /// <param name="files">The case files.</param>
    /// <param name="coverage">Records rule coverage of the run, or <see langword="null"/>.</param>
    public static CaseRunResult Run(IEnumerable<CaseFile> files, CoverageCollector? coverage = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = ImmutableArray.CreateBuilder<CaseResult>();
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file);
            coverage?.Include(file.Catalog);
            foreach (var testCase in file.Cases)
            {
                results.Add(Run(file, testCase, coverage));
            }
        }

        return new CaseRunResult(results.ToImmutable());
    }

    /// <summary>Runs one case of <paramref name="file"/>.</summary>
    /// <param name="file">The file the case belongs to (it gives the catalog).</param>
    /// <param name="testCase">The case.</param>
    /// <param name="coverage">Records rule coverage, or <see langword="null"/>.</param>
    public static CaseResult Run(CaseFile file, TestCase testCase, CoverageCollector? coverage = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(testCase);
        var report = Evaluators.GetValue(file.Catalog, c => new CompiledEvaluator(c)).Evaluate(testCase.Profile, testCase.AsOf);
        coverage?.Add(report);
        return new CaseResult(file.SourceName, testCase, report, Compare(testCase, report));
    }

    private static ImmutableArray<CaseMismatch> Compare(TestCase testCase, DecisionReport report)
    {
        var mismatches = ImmutableArray.CreateBuilder<CaseMismatch>();
        foreach (var expected in testCase.Expectations)
        {
            var decision = report.Find(expected.PolicyId);
            var verdict = decision is null ? ExpectedVerdict.NotInForce : CaseText.Of(decision.Verdict);
            if (expected.Verdict is { } v && v != verdict)
            {
                mismatches.Add(new(expected.PolicyId, "verdict", CaseText.Verdict(v), CaseText.Verdict(verdict)));
            }

            if (expected.ChecksAmount && expected.Amount != decision?.Award?.Amount)
            {
                mismatches.Add(new(expected.PolicyId, "amount", CaseText.Yuan(expected.Amount), CaseText.Yuan(decision?.Award?.Amount)));
            }

            if (expected.ChecksUpTo && expected.UpTo != decision?.Award?.UpTo)
            {
                mismatches.Add(new(expected.PolicyId, "upTo", CaseText.Yuan(expected.UpTo), CaseText.Yuan(decision?.Award?.UpTo)));
            }

            var missing = decision?.MissingFacts ?? [];
            if (expected.MissingFacts is { } facts && !facts.SequenceEqual(missing, StringComparer.Ordinal))
            {
                mismatches.Add(new(expected.PolicyId, "missing", CaseText.Facts(facts), CaseText.Facts(missing)));
            }
        }

        if (testCase.Totals is { } totals)
        {
            var actual = report.Totals;
            if (totals.ChecksAmount && totals.Amount != actual.Amount)
            {
                mismatches.Add(new(null, "totals.amount", CaseText.Yuan(totals.Amount), CaseText.Yuan(actual.Amount)));
            }

            var upTo = actual.UpToIsBounded ? actual.UpTo : (decimal?)null;
            if (totals.ChecksUpTo && totals.UpTo != upTo)
            {
                mismatches.Add(new(null, "totals.upTo", CaseText.Yuan(totals.UpTo), CaseText.Yuan(upTo)));
            }
        }

        return mismatches.ToImmutable();
    }
}
