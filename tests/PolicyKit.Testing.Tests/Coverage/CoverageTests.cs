using PolicyKit.Awards;
using PolicyKit.Compilation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;
using PolicyKit.Testing.Builders;
using PolicyKit.Testing.Coverage;
using PolicyKit.Text;

namespace PolicyKit.Testing.Tests.Coverage;

public sealed class CoverageTests
{
    private static CoverageReport Cover(PolicyCatalog catalog, params TestProfile[] firms)
    {
        var collector = new CoverageCollector();
        var evaluator = new CompiledEvaluator(catalog);
        foreach (var firm in firms)
        {
            collector.Add(evaluator.Evaluate(firm.Build(), Support.Day));
        }

        return collector.ToReport();
    }

    [Fact]
    public void Nodes_AfterAnAllIsDecidedFalse_AreStillRecorded()
    {
        // The first child decides the all; the second is still in the reasons tree, so it is seen.
        var catalog = TestCatalog.For(KnownJurisdictions.Laoshan)
            .Policy("p", Predicate.All(StandardFacts.Employees.Ge(50), StandardFacts.Scale.Eq("above-designated"))).Build();

        var report = Cover(catalog,
            TestProfile.Firm().WithEmployees(10).AboveDesignatedSize(),
            TestProfile.Firm().WithEmployees(10).BelowDesignatedSize(),
            TestProfile.Firm().WithEmployees(60).AboveDesignatedSize());

        report.Policies.Single().Nodes.Should().OnlyContain(n => n.Covered);
        report.Percent.Should().Be(100m);
    }

    [Fact]
    public void Nodes_SeenOneWayOrUnknown_AreListedByPathInTextAndJson()
    {
        var report = Cover(Support.Catalog, TestProfile.Firm().In(KnownJurisdictions.Laoshan));

        var unicorn = report.Policies.Single(p => p.PolicyId == "unicorn");
        unicorn.Nodes.Should().Equal(
            new NodeCoverage("eligibility", "all", null, false, false, true),
            new NodeCoverage("eligibility.all[0]", "within", "enterprise.district", true, false, false),
            new NodeCoverage("eligibility.all[1]", "has", "enterprise.certifications", false, false, true));
        report.Covered.Should().Be(0);
        report.Total.Should().Be(6);
        report.Percent.Should().Be(0m);
        var text = report.ToText(Language.En);
        text.Should().StartWith("rule coverage: 0% (0 of 6: predicate nodes seen both true and false, award branches run)\n  test-catalog/unicorn: 0/3\n");
        text.Should().Contain("    eligibility (all): never seen true or false (seen: unknown)\n");
        text.Should().Contain("    eligibility.all[0] (within enterprise.district): never seen false (seen: true)\n");
        report.ToText().Should().Contain("从未为假（出现过：true）");
        using var json = System.Text.Json.JsonDocument.Parse(report.ToJson());
        var policy = json.RootElement.GetProperty("policies")[0];
        policy.GetProperty("policy").GetString().Should().Be("unicorn");
        policy.GetProperty("uncoveredNodes")[1].GetProperty("seen").EnumerateArray().Select(s => s.GetString()).Should().Equal("true");
    }

    [Fact]
    public void Percent_RoundsDownSoOnlyEverythingIsOneHundred()
    {
        var nodes = Enumerable.Range(0, 1000).Select(i => Predicate.Compare("enterprise.employees", ComparisonOperator.Ge, FactValue.Integer(i))).ToArray();
        var catalog = TestCatalog.For(KnownJurisdictions.Laoshan).Policy("p", Predicate.Any(nodes)).Build();

        // Leaf i is "employees ≥ i": no firm has 999 employees, so that leaf alone is never true.
        var report = Cover(catalog, TestProfile.Firm().WithEmployees(-1), TestProfile.Firm().WithEmployees(0), TestProfile.Firm().WithEmployees(998));

        report.Covered.Should().Be(1000);
        report.Total.Should().Be(1001);
        report.Percent.Should().Be(99.9m);
    }

    [Fact]
    public void Branches_CapTiersAndModifierRatios_CountOnlyWhenRun()
    {
        var catalog = TestCatalog.For(KnownJurisdictions.Jimo)
            .Policy("rate", Predicate.Always, AwardRule.Rate(0.1m, "project.investment", 1_000_000m))
            .Policy("tiers", Predicate.Always, AwardRule.Capped(AwardRule.Tiers("enterprise.employees", new TierBand(10, 100_000m), new TierBand(100, 200_000m)), 150_000m))
            .Modifier(new PayoutModifier("grade", KnownJurisdictions.Jimo.Code, FundingKind.NonInvestment, "enterprise.muYieldGrade",
                [new("A", 1m), new("C", 0.8m)]))
            .Build();

        var report = Cover(catalog,
            TestProfile.Firm().With(StandardFacts.ProjectInvestment, 20_000_000m).WithEmployees(150).With(StandardFacts.MuYieldGrade, "A"),
            TestProfile.Firm().With(StandardFacts.ProjectInvestment, 1_000_000m).WithEmployees(5));

        var rate = report.Policies.Single(p => p.PolicyId == "rate");
        rate.Branches.Select(b => (b.Path, b.Taken)).Should().Equal(
            ("award.cap:bound", true), ("award.cap:unbound", true), ("modifiers.grade.ratios.A", true), ("modifiers.grade.ratios.C", false));
        var tiers = report.Policies.Single(p => p.PolicyId == "tiers");
        tiers.Branches.Select(b => (b.Path, b.Taken)).Should().Equal(
            ("award.cap:bound", true), ("award.cap:unbound", true),
            ("award.capped.tiers:below", true), ("award.capped.tiers.bands[0]", false), ("award.capped.tiers.bands[1]", true),
            ("modifiers.grade.ratios.A", true), ("modifiers.grade.ratios.C", false));
        report.ToText(Language.En).Should().Contain("    award.capped.tiers.bands[0]: never run (enterprise.employees from 10: 100000)\n");
    }

    [Fact]
    public void Include_CatalogNoCaseReached_CountsEveryNodeUncovered()
    {
        var collector = new CoverageCollector();
        collector.Include(Support.Catalog);

        var report = collector.ToReport();

        report.Total.Should().Be(6);
        report.Covered.Should().Be(0);
        report.Policies.Should().OnlyContain(p => !p.IsComplete);
    }
}
