using PolicyKit.Awards;
using PolicyKit.CatalogFiles;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Reliability.Tests.Support;
using PolicyKit.Sources;
using Xunit.Abstractions;

namespace PolicyKit.Reliability.Tests.Laws;

/// <summary>
/// The laws of issue 8, each checked on <see cref="CaseCounts.Laws"/> generated cases (5,000 by
/// default, 100,000 in CI). A case is a coverage catalog, a boundary profile and an as-of date.
/// </summary>
public class EvaluationLawTests(ITestOutputHelper output)
{
    private static int Count => CaseCounts.Laws;

    [Fact]
    public void CompiledAndInterpreter_GiveIdenticalReports()
    {
        var failures = new LawFailures();
        foreach (var c in Corpus.Cases(Count))
        {
            failures.Case();
            var compiled = Corpus.Json(c.Catalog.Compiled.Evaluate(c.Profile, c.AsOf));
            var interpreted = Corpus.Json(c.Catalog.Interpreter.Evaluate(c.Profile, c.AsOf));
            failures.Check(compiled == interpreted, () => $"{c}: compiled {compiled}\n interpreted {interpreted}");
        }

        failures.ShouldBeNone(Count, output);
    }

    [Fact]
    public void Knowledge_IsMonotone_AddingAFactNeverChangesAKnownVerdict()
    {
        var failures = new LawFailures();
        var random = new Random(8);
        foreach (var c in Corpus.Cases(Count, firstSeed: 100_001))
        {
            failures.Case();
            var schema = c.Catalog.Catalog.Schema;
            var unknown = Enumerable.Range(0, schema.Count).Where(slot => !c.Profile[slot].IsKnown).ToList();
            if (unknown.Count == 0)
            {
                continue;
            }

            // The value added comes from a fully known boundary profile of the same catalog.
            var donor = Testing.Synthetic.SyntheticProfiles.Edges(c.Catalog.Catalog, random.Next(), 1, unknownShare: 0).Single();
            var slot = unknown[random.Next(unknown.Count)];
            var more = c.Profile.ToBuilder().Set(schema[slot].Id, donor[slot]).Build();
            var before = c.Catalog.Compiled.Evaluate(c.Profile, c.AsOf).Decisions;
            var after = c.Catalog.Interpreter.Evaluate(more, c.AsOf).Decisions;
            for (var i = 0; i < before.Length; i++)
            {
                var (was, now) = (before[i].Verdict, after[i].Verdict);
                failures.Check(was == Verdict.Undetermined || was == now, () => $"{c}: {before[i].PolicyId} was {was}, {now} after adding {schema[slot].Id} = {donor[slot]}");
            }
        }

        failures.ShouldBeNone(Count, output);
    }

    [Fact]
    public void Awards_NeverExceedTheirCap_AndAmountNeverExceedsUpTo()
    {
        var failures = new LawFailures();
        foreach (var c in Corpus.Cases(Count, firstSeed: 200_001))
        {
            failures.Case();
            var report = c.Catalog.Compiled.Evaluate(c.Profile, c.AsOf);
            foreach (var d in report.Decisions)
            {
                if (d.Award is not { IsMonetary: true } award)
                {
                    continue;
                }

                var cap = CapOf(c.Catalog.Catalog.FindPolicy(d.PolicyId)!.Award);
                failures.Check(award.Amount is null || award.UpTo is null || award.Amount <= award.UpTo, () => $"{c}: {d.PolicyId} amount {award.Amount} above its up-to {award.UpTo}");
                failures.Check(cap is null || (award.Amount ?? 0m) <= cap, () => $"{c}: {d.PolicyId} amount {award.Amount} above its cap {cap}");
                failures.Check(cap is null || (award.UpTo is { } u && u <= cap), () => $"{c}: {d.PolicyId} up-to {award.UpTo} above its cap {cap}");
                failures.Check(award.Amount is not < 0m && award.UpTo is not < 0m, () => $"{c}: {d.PolicyId} negative award {award.Amount}/{award.UpTo}");
            }
        }

        failures.ShouldBeNone(Count, output);
    }

    [Fact]
    public void Modifiers_AreAppliedOnceEach_OnlyToTheirFundingKindAndJurisdiction()
    {
        var failures = new LawFailures();
        var unmodified = new Dictionary<int, Compilation.CompiledEvaluator>();
        foreach (var c in Corpus.Cases(Count, firstSeed: 300_001))
        {
            failures.Case();
            var catalog = c.Catalog.Catalog;
            if (!unmodified.TryGetValue(c.Seed, out var plain))
            {
                unmodified.Clear();
                unmodified[c.Seed] = plain = new Compilation.CompiledEvaluator(WithoutModifiers(catalog));
            }

            var report = c.Catalog.Compiled.Evaluate(c.Profile, c.AsOf);
            var bare = plain.Evaluate(c.Profile, c.AsOf);
            for (var i = 0; i < report.Decisions.Length; i++)
            {
                var d = report.Decisions[i];
                if (d.Award is not { IsMonetary: true } award)
                {
                    continue;
                }

                var policy = catalog.FindPolicy(d.PolicyId)!;
                var list = catalog.FindList(policy.List)!;
                var expected = catalog.Modifiers.Where(m => m.FundingKind == policy.FundingKind && m.Jurisdiction == list.Jurisdiction).Select(m => m.Id).ToList();
                failures.Check(award.Modifiers.Select(m => m.ModifierId).SequenceEqual(expected), () => $"{c}: {d.PolicyId} ({policy.FundingKind}, {list.Jurisdiction}) got modifiers [{string.Join(", ", award.Modifiers.Select(m => m.ModifierId))}], expected [{string.Join(", ", expected)}]");

                // Applied exactly once: the amount is the unmodified amount times each ratio once
                // (within a fen, since the unmodified amount was itself rounded).
                if (d.Verdict == Verdict.Eligible && bare.Decisions[i].Award?.Amount is { } raw && award.Modifiers.All(m => m.Ratio is not null))
                {
                    var scaled = award.Modifiers.Aggregate(raw, (a, m) => a * m.Ratio!.Value);
                    failures.Check(award.Amount is { } a && Math.Abs(a - scaled) <= 0.01m, () => $"{c}: {d.PolicyId} amount {award.Amount}, expected {raw} scaled once by each ratio = {scaled}");
                }

                // The up-to is the most the award could reach (§3.16.3): a known code scales it by its
                // ratio, an unknown one by the most any code of the fact could be paid, and a code the
                // modifier does not list (or any code of an open fact) is paid in full.
                if (bare.Decisions[i].Award?.UpTo is { } rawUpTo)
                {
                    var most = award.Modifiers.Aggregate(rawUpTo, (u, m) => u * (m.Ratio ?? MostPaid(catalog, m.ModifierId)));
                    failures.Check(award.UpTo is { } u && Math.Abs(u - most) <= 0.01m, () => $"{c}: {d.PolicyId} up-to {award.UpTo}, expected {rawUpTo} scaled by each ratio, an unknown code at its most = {most}");
                }
            }
        }

        failures.ShouldBeNone(Count, output);
    }

    /// <summary>The highest ratio any code of the modifier's fact gets: listed ones as listed, the others 1.</summary>
    private static decimal MostPaid(Model.PolicyCatalog catalog, string modifierId)
    {
        var modifier = catalog.Modifiers.Single(m => m.Id == modifierId);
        var fact = catalog.Schema.Facts.Single(f => f.Id == modifier.FactId);
        var paid = fact.Codes.Select(code => modifier.Ratios.TryGetValue(code, out var r) ? r : 1m);
        return (fact.IsOpen ? paid.Append(1m) : paid).DefaultIfEmpty(1m).Max();
    }

    [Fact]
    public void Totals_CountEachExclusiveGroupsHighestOnly_AndEqualTheSumOfWhatIsCounted()
    {
        var failures = new LawFailures();
        foreach (var c in Corpus.Cases(Count, firstSeed: 400_001))
        {
            failures.Case();
            var catalog = c.Catalog.Catalog;
            var report = c.Catalog.Interpreter.Evaluate(c.Profile, c.AsOf);
            var decisions = report.Decisions.Select(d => (Decision: d, Group: catalog.FindPolicy(d.PolicyId)!.Stacking.ExclusiveGroup)).ToList();
            foreach (var group in decisions.Where(x => x.Group is not null).GroupBy(x => x.Group))
            {
                var amounts = group.Where(x => x.Decision.Award?.Amount is not null).ToList();
                var counted = group.Where(x => x.Decision.Counted).ToList();
                failures.Check(counted.Count == (amounts.Count > 0 ? 1 : 0), () => $"{c}: group {group.Key} counts {counted.Count} members of {amounts.Count} with amounts");
                failures.Check(counted.Count == 0 || counted[0].Decision.Award!.Amount == amounts.Max(x => x.Decision.Award!.Amount), () => $"{c}: group {group.Key} counts {counted[0].Decision.PolicyId}, not its highest amount");
            }

            foreach (var (d, _) in decisions.Where(x => x.Group is null))
            {
                failures.Check(d.Counted == d.Award?.Amount is not null, () => $"{c}: standalone {d.PolicyId} counted {d.Counted} with amount {d.Award?.Amount}");
            }

            var sum = decisions.Where(x => x.Decision.Counted).Sum(x => x.Decision.Award!.Amount!.Value);
            failures.Check(report.Totals.Amount == sum, () => $"{c}: totals amount {report.Totals.Amount}, counted sum {sum}");
            failures.Check(report.Totals.UpTo >= report.Totals.Amount || !report.Totals.UpToIsBounded, () => $"{c}: totals up-to {report.Totals.UpTo} below amount {report.Totals.Amount}");
        }

        failures.ShouldBeNone(Count, output);
    }

    [Fact]
    public void MissingFacts_NoneWhenDecided_AtLeastOneUnknownWhenUndetermined()
    {
        var failures = new LawFailures();
        foreach (var c in Corpus.Cases(Count, firstSeed: 500_001))
        {
            failures.Case();
            var report = c.Catalog.Compiled.Evaluate(c.Profile, c.AsOf);
            foreach (var d in report.Decisions)
            {
                failures.Check(d.Verdict == Verdict.Undetermined ? d.MissingFacts.Length > 0 : d.MissingFacts.IsEmpty, () => $"{c}: {d.PolicyId} is {d.Verdict} with missing [{string.Join(", ", d.MissingFacts)}]");
                failures.Check(d.MissingFacts.All(f => !c.Profile.Get(f).IsKnown), () => $"{c}: {d.PolicyId} names a known fact as missing: [{string.Join(", ", d.MissingFacts)}]");
            }
        }

        failures.ShouldBeNone(Count, output);
    }

    [Fact]
    public void WriteThenRead_OfCatalogAndProfile_GivesIdenticalReports()
    {
        var failures = new LawFailures();
        CatalogUnderTest? read = null;
        foreach (var c in Corpus.Cases(Count, firstSeed: 600_001))
        {
            failures.Case();
            if (read is null || read.Catalog.Id != c.Catalog.Catalog.Id)
            {
                var json = CatalogJson.Write(c.Catalog.Catalog);
                read = new CatalogUnderTest(CatalogJson.Read(json));
                var again = CatalogJson.Write(read.Catalog);
                failures.Check(again == json, () => $"{c}: the catalog written again differs");
            }

            var profile = ProfileJson.Read(ProfileJson.Write(c.Profile), read.Catalog.Schema);
            var original = Corpus.Json(c.Catalog.Compiled.Evaluate(c.Profile, c.AsOf));
            var roundTripped = Corpus.Json(read.Compiled.Evaluate(profile, c.AsOf));
            failures.Check(original == roundTripped, () => $"{c}: original {original}\n read back {roundTripped}");
        }

        failures.ShouldBeNone(Count, output);
    }

    /// <summary>The most a rule can give by its own terms, or null when it states no ceiling.</summary>
    internal static decimal? CapOf(AwardRule rule) => rule switch
    {
        FixedAward f => f.Amount,
        UpToAward u => u.Cap,
        RateAward { Cap: { } cap } => cap,
        PerUnitAward { Cap: { } unitCap } => unitCap,
        CappedAward c => CapOf(c.Inner) is { } inner ? Math.Min(inner, c.Cap) : c.Cap,
        TieredAward t => t.Bands.IsEmpty ? 0m : t.Bands.Max(b => b.Amount),
        _ => null,
    };

    private static PolicyCatalog WithoutModifiers(PolicyCatalog catalog)
    {
        var builder = PolicyCatalog.CreateBuilder(catalog.Id, catalog.Version);
        foreach (var f in catalog.DeclaredFacts)
        {
            builder.AddFact(f);
        }

        foreach (var l in catalog.Lists)
        {
            builder.AddList(l);
        }

        foreach (var p in catalog.Policies)
        {
            builder.AddPolicy(p);
        }

        return builder.Build();
    }
}
