using NodaTime;
using PolicyKit.Awards;
using PolicyKit.CatalogFiles;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Simulation;
using PolicyKit.Tests.Populations;
using PolicyKit.Tests.Support;
using PolicyKit.Validation;

namespace PolicyKit.Tests.Awards;

/// <summary>
/// The award forms <c>unstated</c> (money of an amount the sources do not state), <c>perUnit</c>
/// (an amount per unit of a quantity, 每新增一名员工奖励5000元) and <c>candidacy</c> (a selection, not an
/// entitlement): figures, totals, texts, JSON and the columnar path (specification §3.11, §3.12).
/// </summary>
public class NewAwardFormsTests
{
    private static readonly LocalDate AsOf = TestCatalogs.AsOf;

    [Fact]
    public void Unstated_Eligible_IsMoneyWithNoAmountAndNoCeiling()
    {
        var award = Eligible(AwardRule.Unstated);

        award.IsMonetary.Should().BeTrue();
        award.IsAmountUnstated.Should().BeTrue();
        award.Amount.Should().BeNull();
        award.UpTo.Should().BeNull();
        award.Capped.Should().BeFalse();
        award.Text.Zh.Should().Be("资金奖补，金额未载明");
        award.Text.En.Should().Be("money, amount not stated");
    }

    [Fact]
    public void Unstated_InTotals_AddsNothingCertain_MakesTheUpToUnbounded_AndIsCounted()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("city", Predicate.Always, AwardRule.Unstated),
            TestCatalogs.Policy("district", Predicate.Always, AwardRule.Fixed(1_000m)),
            TestCatalogs.Policy("maybe", StandardFacts.Employees.Ge(10), AwardRule.Unstated),
            TestCatalogs.Policy("none", Predicate.Always, AwardRule.None));

        var report = TestCatalogs.Evaluate(catalog, TestCatalogs.Profile().Build());

        report.Totals.Should().Be(new Totals(1_000m, 1_000m, false) { Unstated = 2 });
        report.Decisions.Single(d => d.PolicyId == "none").Award!.IsAmountUnstated.Should().BeFalse();
    }

    [Fact]
    public void Unstated_Ineligible_IsNotCounted()
    {
        var report = TestCatalogs.Evaluate(TestCatalogs.Single(Predicate.Never, AwardRule.Unstated), TestCatalogs.Profile().Build());

        report.Totals.Should().Be(new Totals(0m, 0m, true));
    }

    [Fact]
    public void Unstated_UnderACap_IsAnUpToTheCap()
    {
        var award = Eligible(AwardRule.Capped(AwardRule.Unstated, 200_000m));

        award.Amount.Should().BeNull();
        award.UpTo.Should().Be(200_000m);
        award.Capped.Should().BeTrue();
        award.IsAmountUnstated.Should().BeFalse("a ceiling is stated");
    }

    [Fact]
    public void Unstated_CompiledMatchTotals_CountsAsTheFullReport()
    {
        var catalog = TestCatalogs.With(TestCatalogs.Policy("a", Predicate.Always, AwardRule.Unstated), TestCatalogs.Policy("b", Predicate.Always, AwardRule.UpTo(5m)));
        var evaluator = new CompiledEvaluator(catalog);
        var profile = EnterpriseProfile.CreateBuilder(catalog.Schema).Build();

        var totals = evaluator.MatchTotals(profile, AsOf, new VerdictCode[2], new decimal?[2], new decimal?[2]);

        totals.Should().Be(evaluator.Evaluate(profile, AsOf).Totals);
        totals.Unstated.Should().Be(1);
    }

    [Fact]
    public void Unstated_ReportJson_SaysSoInTheAwardAndTheTotals()
    {
        var report = TestCatalogs.Evaluate(TestCatalogs.Single(Predicate.Always, AwardRule.Unstated), TestCatalogs.Profile().Build());

        var json = System.Text.Json.JsonDocument.Parse(ReportJson.Write(report)).RootElement;

        json.GetProperty("decisions")[0].GetProperty("award").GetProperty("unstated").GetBoolean().Should().BeTrue();
        json.GetProperty("totals").GetProperty("unstated").GetInt32().Should().Be(1);
        json.GetProperty("totals").GetProperty("upToIsBounded").GetBoolean().Should().BeFalse();
    }

    [Theory]
    [InlineData(12L, 60_000)]
    [InlineData(100L, 500_000)]
    [InlineData(101L, 500_000)]
    [InlineData(0L, 0)]
    [InlineData(-4L, 0)]
    public void PerUnit_KnownIntegerQuantity_PaysAmountPerUnitUnderTheCap(long employees, int expected)
    {
        var award = Eligible(AwardRule.PerUnit(5_000m, StandardFacts.Employees.Id, 500_000m), b => b.Set(StandardFacts.Employees, employees));

        award.Amount.Should().Be(expected);
        award.UpTo.Should().Be(expected);
        award.Capped.Should().Be(employees > 100);
        award.IsAmountUnstated.Should().BeFalse();
    }

    [Fact]
    public void PerUnit_DecimalQuantity_IsRoundedToTheFenOnceAtTheEnd()
    {
        // 3.335 mu × 1.5 yuan = 5.0025 yuan → 5.00; 0.003 mu × 1.5 yuan = 0.0045 → 0.00; 0.005 mu → 0.0075 → 0.01.
        Eligible(AwardRule.PerUnit(1.5m, StandardFacts.ProjectSiteArea.Id), b => b.Set(StandardFacts.ProjectSiteArea, 3.335m)).Amount.Should().Be(5.00m);
        Eligible(AwardRule.PerUnit(1.5m, StandardFacts.ProjectSiteArea.Id), b => b.Set(StandardFacts.ProjectSiteArea, 0.003m)).Amount.Should().Be(0m);
        Eligible(AwardRule.PerUnit(1.5m, StandardFacts.ProjectSiteArea.Id), b => b.Set(StandardFacts.ProjectSiteArea, 0.005m)).Amount.Should().Be(0.01m);
    }

    [Fact]
    public void PerUnit_UnknownQuantity_NoAmount_TheCapOrNoCeiling()
    {
        var capped = Eligible(AwardRule.PerUnit(5_000m, StandardFacts.Employees.Id, 500_000m));
        var uncapped = Eligible(AwardRule.PerUnit(5_000m, StandardFacts.Employees.Id));

        capped.Amount.Should().BeNull();
        capped.UpTo.Should().Be(500_000m);
        capped.Capped.Should().BeTrue();
        uncapped.Amount.Should().BeNull();
        uncapped.UpTo.Should().BeNull();
        uncapped.IsMonetary.Should().BeTrue();
    }

    [Fact]
    public void PerUnit_Text_NamesAmountFactAndCap()
    {
        var award = Eligible(AwardRule.PerUnit(5_000m, StandardFacts.Employees.Id, 500_000m), b => b.Set(StandardFacts.Employees, 3L));

        award.Text.Zh.Should().Be("按员工人数每人5,000元计，最高50万元");
        award.Text.En.Should().Be("5,000 yuan per person of employees, at most 500,000 yuan");
    }

    [Fact]
    public void PerUnit_Validation_RefusesAMoneyFactANegativeAmountAndAFinerThanFenCap()
    {
        Codes(AwardRule.PerUnit(5_000m, StandardFacts.ProjectInvestment.Id)).Should().Contain("PK4001");
        Codes(AwardRule.PerUnit(-1m, StandardFacts.Employees.Id)).Should().Contain("PK4004");
        Codes(AwardRule.PerUnit(5m, StandardFacts.Employees.Id, 1.001m)).Should().Contain("PK4011");
        Codes(AwardRule.PerUnit(5m, "no.such.fact")).Should().Contain("PK2001");
        Codes(AwardRule.PerUnit(2_500.5m, StandardFacts.ProjectSiteArea.Id, 10m)).Should().BeEmpty();
    }

    [Fact]
    public void Candidacy_IsNonMonetary_AndSaysItIsNoEntitlement()
    {
        var award = Eligible(AwardRule.Candidacy);

        award.IsMonetary.Should().BeFalse();
        award.Amount.Should().BeNull();
        award.UpTo.Should().BeNull();
        award.Text.Zh.Should().Be("候选资格：由主管部门筛选确定，符合条件不等于入选");
        award.Text.En.Should().Be("candidacy only: the authority selects; meeting the conditions is not being selected");
    }

    public static TheoryData<string, string> Forms => new()
    {
        { """{ "unstated": true }""", "unstated" },
        { """{ "candidacy": true }""", "candidacy" },
        { """{ "perUnit": { "amount": 5000, "of": "enterprise.employees", "cap": 500000 } }""", "perUnit" },
        { """{ "perUnit": { "amount": 2500.5, "of": "project.siteArea" } }""", "perUnit" },
        { """{ "capped": { "unstated": true }, "cap": 100 }""", "capped" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Json_EachNewForm_ReadsAndWritesBackTheSame(string award, string form)
    {
        var catalog = CatalogJson.Read(Catalog(award));
        var written = CatalogJson.Write(catalog);

        CatalogJson.Read(written).Policies[0].Award.Should().Be(catalog.Policies[0].Award);
        CatalogJson.Write(CatalogJson.Read(written)).Should().Be(written);
        written.Should().Contain($"\"{form}\"");
    }

    [Theory]
    [InlineData("""{ "unstated": false }""", "unstated")]
    [InlineData("""{ "candidacy": 1 }""", "candidacy")]
    [InlineData("""{ "perUnit": { "amount": 5000 } }""", "of")]
    [InlineData("""{ "perUnit": { "amount": 5000, "of": "enterprise.employees", "per": 1 } }""", "per")]
    [InlineData("""{ "unstated": true, "cap": 5 }""", "cap")]
    public void Json_MalformedNewForm_FailsAtTheAward(string award, string mentioned)
    {
        var read = () => CatalogJson.Read(Catalog(award));

        read.Should().Throw<CatalogFormatException>().Which.Message.Should().Contain(mentioned).And.Contain("policies[0].award");
    }

    [Fact]
    public void Columnar_NewForms_EqualPerProfileReportsSummed_AndCountUnstated()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("unstated", StandardFacts.Employees.Ge(10), AwardRule.Unstated),
            TestCatalogs.Policy("per-employee", Predicate.Always, AwardRule.PerUnit(5_000m, StandardFacts.Employees.Id, 60_000m)),
            TestCatalogs.Policy("per-mu", Predicate.Always, AwardRule.PerUnit(2_500.5m, StandardFacts.ProjectSiteArea.Id)),
            TestCatalogs.Policy("candidacy", Predicate.Always, AwardRule.Candidacy));
        var random = new Random(5);
        var profiles = Enumerable.Range(0, 300).Select(i =>
        {
            var b = EnterpriseProfile.CreateBuilder(catalog.Schema);
            if (i % 5 != 0)
            {
                b.Set(StandardFacts.Employees, (long)random.Next(-3, 30));
            }

            if (i % 3 != 0)
            {
                b.Set(StandardFacts.ProjectSiteArea, random.Next(-100, 10_000) / 100m);
            }

            return b.Build();
        }).ToList();
        var reference = new ReferenceSimulation(new CompiledEvaluator(catalog), profiles, AsOf);

        var result = new PopulationEvaluator(catalog).Simulate(Population.From(catalog.Schema, profiles), AsOf);

        PopulationEquivalenceTests.Problems(result, reference).Should().BeEmpty();
        var unstated = result.Policies.Single(p => p.PolicyId == "unstated").Figures!;
        unstated.Unstated.Should().Be(unstated.Eligible + unstated.Undetermined).And.BeGreaterThan(0);
        result.Totals.Unstated.Should().Be(unstated.Unstated);
        result.Policies.Single(p => p.PolicyId == "per-employee").Figures!.Unstated.Should().Be(0);
        SimulationJson.Write(result).Should().Contain("\"unstated\"");
    }

    private static string Catalog(string award) => $$"""
        { "id": "c", "version": "1",
          "lists": [ { "id": "l", "title": { "zh": "示例（虚构）" }, "jurisdiction": "370212", "validity": { "start": null, "end": null } } ],
          "policies": [ { "id": "p", "list": "l", "title": { "zh": "示例（虚构）" }, "eligibility": { "always": true }, "award": {{award}} } ] }
        """;

    private static IEnumerable<string> Codes(AwardRule award) =>
        CatalogValidator.Validate(TestCatalogs.Single(Predicate.Always, award)).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code);

    private static AwardOutcome Eligible(AwardRule rule, Action<EnterpriseProfileBuilder>? arrange = null)
    {
        var builder = TestCatalogs.Profile();
        arrange?.Invoke(builder);
        var decision = TestCatalogs.Decide(Predicate.Always, builder.Build(), rule);
        decision.Verdict.Should().Be(Verdict.Eligible);
        return decision.Award!;
    }
}
