using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Predicates;

public class ComparisonTests
{
    private static readonly FactKey<LocalDate> FoundedOn = FactKey.Date("enterprise.foundedOn");

    public static TheoryData<ComparisonOperator, long, bool> IntegerCases => Table(5L, 4L, 6L);

    public static TheoryData<ComparisonOperator, long, bool> Table(long value, long below, long above)
    {
        // For value compared with itself, with something below and with something above.
        var data = new TheoryData<ComparisonOperator, long, bool>();
        foreach (var (op, same, lower, higher) in new[]
        {
            (ComparisonOperator.Eq, true, false, false),
            (ComparisonOperator.Ne, false, true, true),
            (ComparisonOperator.Lt, false, false, true),
            (ComparisonOperator.Le, true, false, true),
            (ComparisonOperator.Gt, false, true, false),
            (ComparisonOperator.Ge, true, true, false),
        })
        {
            data.Add(op, value, same);
            data.Add(op, below, lower);
            data.Add(op, above, higher);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IntegerCases))]
    public void Compare_Integer_EveryOperator(ComparisonOperator op, long constant, bool expected)
    {
        Check(Predicate.Compare(StandardFacts.Employees.Id, op, FactValue.Integer(constant)), b => b.Set(StandardFacts.Employees, 5), expected);
    }

    [Theory]
    [MemberData(nameof(IntegerCases))]
    public void Compare_Money_EveryOperator(ComparisonOperator op, long constant, bool expected)
    {
        Check(Predicate.Compare(StandardFacts.AnnualOutput.Id, op, FactValue.Money(constant)), b => b.Set(StandardFacts.AnnualOutput, 5.00m), expected);
    }

    [Theory]
    [MemberData(nameof(IntegerCases))]
    public void Compare_Decimal_EveryOperator(ComparisonOperator op, long constant, bool expected)
    {
        Check(Predicate.Compare(StandardFacts.ProjectSiteArea.Id, op, FactValue.Decimal(constant / 10m)), b => b.Set(StandardFacts.ProjectSiteArea, 0.5m), expected);
    }

    [Theory]
    [MemberData(nameof(IntegerCases))]
    public void Compare_Date_EveryOperator(ComparisonOperator op, long day, bool expected)
    {
        var catalog = PolicyCatalog.CreateBuilder("dates", "1")
            .AddFact(new FactDefinition(FoundedOn.Id, FactType.Date, new("成立日期", "Founded on")))
            .AddList(TestCatalogs.List())
            .AddPolicy(TestCatalogs.Policy("p", Predicate.Compare(FoundedOn.Id, op, FactValue.Date(new LocalDate(2020, 1, (int)day)))))
            .Build();
        var profile = EnterpriseProfileFor(catalog).Set(FoundedOn, new LocalDate(2020, 1, 5)).Build();

        var verdict = TestCatalogs.Evaluate(catalog, profile).Decisions.Single().Verdict;

        verdict.Should().Be(expected ? Verdict.Eligible : Verdict.Ineligible);
    }

    [Theory]
    [InlineData(ComparisonOperator.Eq, true, true)]
    [InlineData(ComparisonOperator.Eq, false, false)]
    [InlineData(ComparisonOperator.Ne, true, false)]
    [InlineData(ComparisonOperator.Ne, false, true)]
    public void Compare_Bool_EqAndNe(ComparisonOperator op, bool constant, bool expected)
    {
        Check(Predicate.Compare(StandardFacts.SmallLowProfit.Id, op, FactValue.Bool(constant)), b => b.Set(StandardFacts.SmallLowProfit, true), expected);
    }

    [Theory]
    [InlineData(ComparisonOperator.Eq, "示例公司", true)]
    [InlineData(ComparisonOperator.Eq, "其他公司", false)]
    [InlineData(ComparisonOperator.Ne, "其他公司", true)]
    public void Compare_Text_EqAndNe(ComparisonOperator op, string constant, bool expected)
    {
        Check(Predicate.Compare(StandardFacts.Name.Id, op, FactValue.Text(constant)), b => b.Set(StandardFacts.Name, "示例公司"), expected);
    }

    [Theory]
    [InlineData("above-designated", true)]
    [InlineData("below-designated", false)]
    public void Compare_CodeEq_MatchesOneCode(string code, bool expected)
    {
        Check(StandardFacts.Scale.Eq(code), b => b.Set(StandardFacts.Scale, "above-designated"), expected);
    }

    [Theory]
    [InlineData(new[] { "A", "B" }, true)]
    [InlineData(new[] { "C", "D" }, false)]
    public void In_Code_IsMembership(string[] codes, bool expected)
    {
        Check(StandardFacts.MuYieldGrade.In(codes), b => b.Set(StandardFacts.MuYieldGrade, "B"), expected);
    }

    [Theory]
    [InlineData(new[] { "virtual-reality", "artificial-intelligence" }, true)]
    [InlineData(new[] { "biomedicine" }, false)]
    public void In_CodeSet_TrueWhenAnyCodeIsInTheSet(string[] codes, bool expected)
    {
        Check(StandardFacts.Industries.In(codes), b => b.Set(StandardFacts.Industries, ["finance", "virtual-reality"]), expected);
    }

    [Fact]
    public void In_EmptyCodeSet_IsFalseNotUnknown()
    {
        Check(StandardFacts.Industries.In("finance"), b => b.Set(StandardFacts.Industries, []), false);
    }

    [Theory]
    [InlineData("370212", true)]
    [InlineData("370200", true)]
    [InlineData("370000", true)]
    [InlineData("370215", false)]
    public void Within_Jurisdiction_IncludesItselfAndEveryDivisionAbove(string outer, bool expected)
    {
        Check(StandardFacts.District.Within(JurisdictionCode.Parse(outer)), b => b.Set(StandardFacts.District, TestCatalogs.Laoshan), expected);
    }

    [Theory]
    [InlineData("370212", true)]
    [InlineData("370200", false)]
    public void Compare_JurisdictionEq_IsExactCode(string code, bool expected)
    {
        Check(StandardFacts.District.Eq(JurisdictionCode.Parse(code)), b => b.Set(StandardFacts.District, TestCatalogs.Laoshan), expected);
    }

    [Fact]
    public void Compare_UnknownFact_IsUndeterminedWithReasonSayingUnknown()
    {
        var decision = TestCatalogs.Decide(StandardFacts.Employees.Ge(50), TestCatalogs.Profile().Build());

        decision.Verdict.Should().Be(Verdict.Undetermined);
        decision.Reasons.Seen.IsKnown.Should().BeFalse();
        decision.Reasons.Needed.Should().Be("≥ 50");
        decision.Reasons.Text.Zh.Should().Be("员工人数须达到50人（未提供）：待定");
        decision.Reasons.Text.En.Should().Be("Employees must be at least 50 persons (not given): unknown");
    }

    [Fact]
    public void Compare_KnownFact_ReasonQuotesSeenAndNeeded()
    {
        var decision = TestCatalogs.Decide(StandardFacts.Employees.Ge(50), TestCatalogs.Profile().Set(StandardFacts.Employees, 5).Build());

        decision.Reasons.Seen.Should().Be(FactValue.Integer(5));
        decision.Reasons.Kind.Should().Be("ge");
        decision.Reasons.FactId.Should().Be("enterprise.employees");
        decision.Reasons.Text.Zh.Should().Be("员工人数须达到50人（现为：5人）：不符合");
        decision.Reasons.Text.En.Should().Be("Employees must be at least 50 persons (is 5 persons): not met");
    }

    private static PolicyKit.Profiles.EnterpriseProfileBuilder EnterpriseProfileFor(PolicyCatalog catalog) => PolicyKit.Profiles.EnterpriseProfile.CreateBuilder(catalog.Schema);

    private static void Check(Predicate predicate, Action<PolicyKit.Profiles.EnterpriseProfileBuilder> arrange, bool expected)
    {
        var builder = TestCatalogs.Profile();
        arrange(builder);

        var decision = TestCatalogs.Decide(predicate, builder.Build());

        decision.Verdict.Should().Be(expected ? Verdict.Eligible : Verdict.Ineligible);
    }
}
