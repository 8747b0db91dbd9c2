using System.Collections.Immutable;
using System.Text;
using PolicyKit.Evaluation;
using PolicyKit.Text;

namespace PolicyKit.Testing.Cases;

/// <summary>One difference between what a case expected and what the evaluator decided.</summary>
/// <param name="PolicyId">The policy, or <see langword="null"/> for the totals.</param>
/// <param name="Field">What differs: <c>verdict</c>, <c>amount</c>, <c>upTo</c>, <c>missing</c>, <c>totals.amount</c> or <c>totals.upTo</c>.</param>
/// <param name="Expected">The expected value as written in a case file.</param>
/// <param name="Actual">The actual value, written the same way.</param>
public sealed record CaseMismatch(string? PolicyId, string Field, string Expected, string Actual);

/// <summary>The outcome of one case: the report and every mismatch (none when it passed).</summary>
/// <remarks>Immutable.</remarks>
public sealed class CaseResult
{
    internal CaseResult(string? sourceName, TestCase testCase, DecisionReport report, ImmutableArray<CaseMismatch> mismatches)
    {
        SourceName = sourceName;
        Case = testCase;
        Report = report;
        Mismatches = mismatches;
    }

    /// <summary>The case file, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>The case.</summary>
    public TestCase Case { get; }

    /// <summary>The evaluator's report for the case.</summary>
    public DecisionReport Report { get; }

    /// <summary>The differences from the expectations, in expectation order.</summary>
    public ImmutableArray<CaseMismatch> Mismatches { get; }

    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Mismatches.IsEmpty;

    /// <summary>
    /// <c>PASS name</c>, or <c>FAIL name</c> followed by, per policy that differs, expected versus
    /// actual, the reasons tree and the facts the tree read.
    /// </summary>
    public string ToText(Language language = Language.Zh)
    {
        var text = new StringBuilder();
        CaseText.Write(text, this, language);
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText(Language.En);
}

/// <summary>The outcome of a run of cases.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CaseRunResult
{
    internal CaseRunResult(ImmutableArray<CaseResult> results) => Results = results;

    /// <summary>Every case's result, in run order.</summary>
    public ImmutableArray<CaseResult> Results { get; }

    /// <summary>How many cases passed.</summary>
    public int Passed => Results.Count(r => r.Passed);

    /// <summary>How many cases failed.</summary>
    public int Failed => Results.Length - Passed;

    /// <summary>Each case's text (<see cref="CaseResult.ToText"/>), then the closing line <c>N passed, N failed</c>.</summary>
    public string ToText(Language language = Language.Zh)
    {
        var text = new StringBuilder();
        foreach (var result in Results)
        {
            CaseText.Write(text, result, language);
        }

        return text.Append(Summary).Append('\n').ToString();
    }

    /// <summary>The closing line: <c>N passed, N failed</c>.</summary>
    public string Summary => $"{Passed} passed, {Failed} failed";

    /// <inheritdoc />
    public override string ToString() => ToText(Language.En);
}
