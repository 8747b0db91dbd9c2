using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader.Rules;

/// <summary>
/// jimo-mu-yield: A/B 100%, C 80%, D nothing, on non-investment funds of Jimo's lists
/// (001_7be4fa9757976e21.txt). The documents give no Jimo item with an amount, so the catalog has none;
/// these tests add a FICTIONAL Jimo list and items to a copy of the catalog, in test code only.
/// </summary>
public sealed class JimoModifierTests
{
    private const string Grant = "test-fictional-jimo-grant";
    private const string Investment = "test-fictional-jimo-investment";

    private static readonly Lazy<PolicyEvaluator> _withFictionalJimoItems = new(() => new PolicyEvaluator(Reference.Catalog.ToBuilder()
        .AddList(new PolicyList { Id = "test-fictional-jimo-list", Title = new("测试用即墨区清单（虚构）", "Test-only Jimo list (fictional)"), Jurisdiction = KnownJurisdictions.Jimo.Code })
        .AddPolicy(Fictional(Grant, FundingKind.NonInvestment))
        .AddPolicy(Fictional(Investment, FundingKind.Investment))
        .Build()));

    public static TheoryData<string, decimal> Grades => new()
    {
        { "A", 100_000m },
        { "B", 100_000m },
        { "C", 80_000m },
        { "D", 0m },
    };

    [Theory]
    [MemberData(nameof(Grades))]
    public void Evaluate_NonInvestmentItemOfAJimoList_IsPaidAtTheGradesRatio(string grade, decimal amount)
    {
        var decision = Decide(Grant, grade);

        decision.Verdict.Should().Be(Verdict.Eligible, "a ratio of 0 keeps the verdict eligible");
        decision.Award!.Amount.Should().Be(amount);
        decision.Award.Modifiers.Should().ContainSingle(m => m.ModifierId == "jimo-mu-yield" && m.Code == grade);
    }

    [Fact]
    public void Evaluate_GradeUnknown_LeavesTheAmountOpenUpToFullPay()
    {
        var decision = Decide(Grant, grade: null);

        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.Award!.Amount.Should().BeNull();
        decision.Award.UpTo.Should().Be(100_000m);
    }

    [Fact]
    public void Evaluate_InvestmentItemOfAJimoList_IsNotScaled()
    {
        Decide(Investment, "C").Award!.Amount.Should().Be(100_000m);
    }

    [Fact]
    public void Evaluate_LaoshanItemForAGradeDEnterprise_IsNotScaled()
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.MuYieldGrade, "D")
            .Set(StandardFacts.Certifications, Reference.Certified(new Certification("unicorn", new NodaTime.LocalDate(2023, 5, 10))));

        var decision = firm.Decide("laoshan-unicorn-award");

        decision.ShouldBeEligibleUpTo(3_000_000m);
        decision.Award!.Modifiers.Should().BeEmpty("Jimo's ratios scale only Jimo's own lists");
    }

    private static Decision Decide(string policyId, string? grade)
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Jimo.Code);
        if (grade is not null)
        {
            firm.Set(StandardFacts.MuYieldGrade, grade);
        }

        return _withFictionalJimoItems.Value.Evaluate(firm.Build(), Reference.InForce2023).Find(policyId)!;
    }

    private static Policy Fictional(string id, FundingKind kind) => new()
    {
        Id = id,
        List = "test-fictional-jimo-list",
        Title = new("测试用奖补（虚构，非来源文件内容）", "Test-only award (fictional, not from the documents)"),
        Eligibility = StandardFacts.District.Within(KnownJurisdictions.Jimo.Code),
        Award = AwardRule.Fixed(100_000m),
        FundingKind = kind,
    };
}
