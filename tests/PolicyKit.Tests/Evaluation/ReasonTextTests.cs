using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Tests.Support;
using PolicyKit.Text;

namespace PolicyKit.Tests.Evaluation;

/// <summary>
/// Pins the sentence of every predicate form, award form and modifier in both languages (specification §5):
/// labels instead of ids and codes, amounts and days as people write them. Each evaluation also checks that the
/// compiled evaluator writes what the tree interpreter writes.
/// </summary>
public class ReasonTextTests
{
    private static readonly FactDefinition FoundedOn = new("enterprise.foundedOn", FactType.Date, new("成立日期", "Founding date"));
    private static readonly FactDefinition Brand = new("enterprise.brand", FactType.Text, new("品牌", "Brand"));
    private static readonly FactDefinition Stage = new("enterprise.stage", FactType.Code, new("发展阶段", "Stage"), codes: ["seed", "growth"])
    {
        CodeLabels = ImmutableDictionary<string, LocalizedText>.Empty.Add("seed", new("初创期", "seed stage")).Add("growth", new("成长期", "growth stage")),
    };

    private static readonly FactDefinition Awards = new("enterprise.awards", FactType.Certifications, new("荣誉", "Honours"), codes: ["city-star"])
    {
        CodeLabels = ImmutableDictionary<string, LocalizedText>.Empty.Add("city-star", new("市级明星企业", "city star enterprise")),
    };

    private static PolicyCatalog Catalog(Predicate eligibility, AwardRule? award = null) => PolicyCatalog.CreateBuilder("test", "1.0.0")
        .AddFact(FoundedOn).AddFact(Brand).AddFact(Stage).AddFact(Awards)
        .AddList(TestCatalogs.List())
        .AddPolicy(TestCatalogs.Policy("p", eligibility, award))
        .Build();

    private static Decision Decide(Predicate eligibility, Action<EnterpriseProfileBuilder>? arrange = null, AwardRule? award = null)
    {
        var catalog = Catalog(eligibility, award);
        var profile = EnterpriseProfile.CreateBuilder(catalog.Schema);
        arrange?.Invoke(profile);
        return TestCatalogs.Evaluate(catalog, profile.Build()).Decisions.Single();
    }

    [Fact]
    public void Code_EmptyValueFromTheData_IsQuotedInsteadOfFailingTheText()
    {
        // Found by the hostile-catalog mutations: a catalog whose fact became an open code fact got
        // the edge value "" from the synthetic profiles, and its reason text threw.
        ReasonText.Value(Stage, FactValue.Code("")).Should().Be(("“”", "\"\""));
        ReasonText.Value(Stage, FactValue.CodeSet([" "])).Should().Be(("“ ”", "\" \""));
        ReasonText.Code(null, "seed").Should().Be(new LocalizedText("seed", "seed"));
    }

    private static void Pins(ReasonNode node, string zh, string en)
    {
        node.Text.Zh.Should().Be(zh);
        node.Text.En.Should().Be(en);
    }

    [Fact]
    public void Integer_EachOperator_ReadsAsAThresholdWithUnit()
    {
        void Check(ComparisonPredicate leaf, string zh, string en) =>
            Pins(Decide(leaf, p => p.Set(StandardFacts.Employees, 30)).Reasons, zh, en);

        Check(StandardFacts.Employees.Ge(50), "员工人数须达到50人（现为：30人）：不符合", "Employees must be at least 50 persons (is 30 persons): not met");
        Check(StandardFacts.Employees.Gt(20), "员工人数须超过20人（现为：30人）：符合", "Employees must be more than 20 persons (is 30 persons): met");
        Check(StandardFacts.Employees.Le(30), "员工人数须不超过30人（现为：30人）：符合", "Employees must be at most 30 persons (is 30 persons): met");
        Check(StandardFacts.Employees.Lt(10), "员工人数须低于10人（现为：30人）：不符合", "Employees must be less than 10 persons (is 30 persons): not met");
        Check(StandardFacts.Employees.Eq(1), "员工人数须为1人（现为：30人）：不符合", "Employees must be 1 person (is 30 persons): not met");
        Check(StandardFacts.Employees.Ne(30), "员工人数不得为30人（现为：30人）：不符合", "Employees must not be 30 persons (is 30 persons): not met");
    }

    [Fact]
    public void MoneyAndDecimal_ReadInYuanAndMu()
    {
        Pins(Decide(StandardFacts.AnnualOutput.Ge(100_000_000m), p => p.Set(StandardFacts.AnnualOutput, 1_500_000_000m)).Reasons,
            "年产值须达到1亿元（现为：15亿元）：符合", "Annual output must be at least 100,000,000 yuan (is 1,500,000,000 yuan): met");
        Pins(Decide(StandardFacts.ProjectSiteArea.Ge(50m), p => p.Set(StandardFacts.ProjectSiteArea, 42.5m)).Reasons,
            "项目占地面积须达到50亩（现为：42.5亩）：不符合", "Project site area must be at least 50 mu (is 42.5 mu): not met");
    }

    [Fact]
    public void Date_ReadsAsADayBeforeOrAfter()
    {
        var founded = new LocalDate(2021, 3, 15);
        void Check(ComparisonOperator op, string zh, string en) => Pins(
            Decide(Predicate.Compare(FoundedOn.Id, op, FactValue.Date(new LocalDate(2020, 1, 1))), p => p.Set(FoundedOn.Id, FactValue.Date(founded))).Reasons, zh, en);

        Check(ComparisonOperator.Ge, "成立日期须不早于2020年1月1日（现为：2021年3月15日）：符合", "Founding date must be on or after 1 January 2020 (is 15 March 2021): met");
        Check(ComparisonOperator.Gt, "成立日期须晚于2020年1月1日（现为：2021年3月15日）：符合", "Founding date must be after 1 January 2020 (is 15 March 2021): met");
        Check(ComparisonOperator.Le, "成立日期须不晚于2020年1月1日（现为：2021年3月15日）：不符合", "Founding date must be on or before 1 January 2020 (is 15 March 2021): not met");
        Check(ComparisonOperator.Lt, "成立日期须早于2020年1月1日（现为：2021年3月15日）：不符合", "Founding date must be before 1 January 2020 (is 15 March 2021): not met");
        Check(ComparisonOperator.Eq, "成立日期须为2020年1月1日（现为：2021年3月15日）：不符合", "Founding date must be 1 January 2020 (is 15 March 2021): not met");
        Check(ComparisonOperator.Ne, "成立日期不得为2020年1月1日（现为：2021年3月15日）：符合", "Founding date must not be 1 January 2020 (is 15 March 2021): met");
    }

    [Fact]
    public void Bool_ReadsYesOrNo_NeverTrue()
    {
        Pins(Decide(StandardFacts.SmallLowProfit.Eq(true), p => p.Set(StandardFacts.SmallLowProfit, false)).Reasons,
            "小型微利企业须为“是”（现为：否）：不符合", "Small low-profit enterprise must be yes (is no): not met");
        Pins(Decide(StandardFacts.SmallLowProfit.Ne(true), p => p.Set(StandardFacts.SmallLowProfit, false)).Reasons,
            "小型微利企业须为“否”（现为：否）：符合", "Small low-profit enterprise must be no (is no): met");
        Pins(Decide(StandardFacts.SmallLowProfit.Eq(true)).Reasons,
            "小型微利企业须为“是”（未提供）：待定", "Small low-profit enterprise must be yes (not given): unknown");
    }

    [Fact]
    public void CodeTextAndJurisdictionEquality_ReadTheirLabels()
    {
        Pins(Decide(StandardFacts.Scale.Eq("above-designated"), p => p.Set(StandardFacts.Scale, "below-designated")).Reasons,
            "企业规模须为规模以上企业（现为：规模以下企业）：不符合", "Scale must be an enterprise above designated size (is an enterprise below designated size): not met");
        Pins(Decide(StandardFacts.Scale.Eq("above-designated"), p => p.Set(StandardFacts.Scale, "above-designated")).Reasons,
            "企业规模须为规模以上企业：符合", "Scale must be an enterprise above designated size: met");
        Pins(Decide(StandardFacts.VatTaxpayer.Ne("general"), p => p.Set(StandardFacts.VatTaxpayer, "general")).Reasons,
            "增值税纳税人类型不得为一般纳税人（现为：一般纳税人）：不符合", "VAT taxpayer kind must not be a general taxpayer (is a general taxpayer): not met");
        Pins(Decide(Predicate.Compare(Stage.Id, ComparisonOperator.Eq, FactValue.Code("growth")), p => p.Set(Stage.Id, FactValue.Code("seed"))).Reasons,
            "发展阶段须为成长期（现为：初创期）：不符合", "Stage must be growth stage (is seed stage): not met");
        Pins(Decide(Predicate.Compare(Brand.Id, ComparisonOperator.Eq, FactValue.Text("崂山")), p => p.Set(Brand.Id, FactValue.Text("青岛"))).Reasons,
            "品牌须为“崂山”（现为：“青岛”）：不符合", "Brand must be \"崂山\" (is \"青岛\"): not met");
        Pins(Decide(StandardFacts.District.Eq(KnownJurisdictions.Laoshan.Code), p => p.Set(StandardFacts.District, KnownJurisdictions.Licang.Code)).Reasons,
            "注册地须为崂山区（现为：李沧区）：不符合", "Place of registration must be Laoshan (is Licang): not met");
    }

    [Fact]
    public void In_ReadsOneOfTheLabels()
    {
        Pins(Decide(StandardFacts.Industries.In("virtual-reality", "artificial-intelligence"), p => p.Set(StandardFacts.Industries, ["virtual-reality", "finance"])).Reasons,
            "所属产业须含虚拟现实、人工智能之一（现为：金融、虚拟现实）：符合", "Industries must include one of virtual reality, artificial intelligence (is finance, virtual reality): met");
        Pins(Decide(StandardFacts.Industries.In("culture-tourism"), p => p.Set(StandardFacts.Industries, [])).Reasons,
            "所属产业须含文化旅游（现为：无）：不符合", "Industries must include culture and tourism (is none): not met");
        Pins(Decide(StandardFacts.MuYieldGrade.In("A", "B"), p => p.Set(StandardFacts.MuYieldGrade, "C")).Reasons,
            "最近一次年度亩产效益评价等级须为A类、B类之一（现为：C类）：不符合", "Latest annual output-per-mu grade must be one of grade A, grade B (is grade C): not met");
        Pins(Decide(StandardFacts.MuYieldGrade.In("A"), p => p.Set(StandardFacts.MuYieldGrade, "A")).Reasons,
            "最近一次年度亩产效益评价等级须为A类：符合", "Latest annual output-per-mu grade must be grade A: met");
    }

    [Fact]
    public void Within_ReadsTheDivisionByName()
    {
        Pins(Decide(StandardFacts.District.Within(KnownJurisdictions.Laoshan.Code), p => p.Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code)).Reasons,
            "注册地须在崂山区：符合", "Place of registration must be in Laoshan: met");
        Pins(Decide(StandardFacts.District.Within(KnownJurisdictions.Qingdao.Code), p => p.Set(StandardFacts.District, KnownJurisdictions.Jimo.Code)).Reasons,
            "注册地须在青岛市（现为：即墨区）：符合", "Place of registration must be in Qingdao (is Jimo): met");
        Pins(Decide(StandardFacts.ProjectDistrict.Within(KnownJurisdictions.Laoshan.Code)).Reasons,
            "项目所在地须在崂山区（未提供）：待定", "Project location must be in Laoshan (not given): unknown");
    }

    [Fact]
    public void Has_NamesTheRecognitionByItsLabelAndSaysWhatIsHeld()
    {
        var unicorn = new Certification("unicorn", new LocalDate(2023, 5, 10));
        Pins(Decide(Predicate.Has("unicorn"), p => p.Set(StandardFacts.Certifications, [unicorn])).Reasons,
            "须持有有效的独角兽企业认定（现有：2023年5月10日认定）：符合", "must hold a valid unicorn enterprise recognition (holds one recognised 10 May 2023): met");
        Pins(Decide(Predicate.Has("high-tech"), p => p.Set(StandardFacts.Certifications, [unicorn, new Certification("gazelle", new LocalDate(2022, 1, 1), new LocalDate(2024, 12, 31))])).Reasons,
            "须持有有效的高新技术企业认定（现有认定：独角兽企业，2023年5月10日认定；瞪羚企业，2022年1月1日认定，2024年12月31日到期）：不符合",
            "must hold a valid high-tech enterprise recognition (holds: unicorn enterprise, recognised 10 May 2023; gazelle enterprise, recognised 1 January 2022, expiring 31 December 2024): not met");
        Pins(Decide(Predicate.Has("unicorn", new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31))), p => p.Set(StandardFacts.Certifications, [])).Reasons,
            "须持有有效的独角兽企业认定，且认定日期在2023年1月1日至2023年12月31日之间（现有认定：无）：不符合",
            "must hold a valid unicorn enterprise recognition, recognised between 1 January 2023 and 31 December 2023 (holds: none): not met");
        Pins(Decide(Predicate.Has("unicorn")).Reasons, "须持有有效的独角兽企业认定（未提供）：待定", "must hold a valid unicorn enterprise recognition (not given): unknown");
    }

    [Fact]
    public void Has_OnADeclaredFact_ReadsTheCatalogsLabel()
    {
        var has = new HasPredicate("city-star", null, Awards.Id);

        Pins(Decide(has, p => p.Set(Awards.Id, FactValue.Certifications([new Certification("city-star", new LocalDate(2022, 8, 1))]))).Reasons,
            "须持有有效的市级明星企业认定（现有：2022年8月1日认定）：符合", "must hold a valid city star enterprise recognition (holds one recognised 1 August 2022): met");
    }

    [Fact]
    public void Composites_AndConstants_ReadAsConnectives()
    {
        var reasons = Decide(Predicate.All(Predicate.Any(Predicate.Always, Predicate.Never), Predicate.Not(StandardFacts.SmallLowProfit.Eq(true)))).Reasons;

        Pins(reasons, "同时满足以下全部条件：待定", "all of the following: unknown");
        Pins(reasons.Children[0], "满足以下任一条件：符合", "any of the following: met");
        Pins(reasons.Children[0].Children[0], "无条件适用：符合", "applies without conditions: met");
        Pins(reasons.Children[0].Children[1], "不适用：不符合", "never applies: not met");
        Pins(reasons.Children[1], "不满足以下条件：待定", "not the following: unknown");
    }

    [Fact]
    public void Awards_EachForm_ReadsAsPeopleWriteAmounts()
    {
        LocalizedText Text(AwardRule award, Action<EnterpriseProfileBuilder>? arrange = null) => Decide(Predicate.Always, arrange, award).Award!.Text;

        Text(AwardRule.None).Should().Be(new LocalizedText("非资金支持", "non-monetary support"));
        Text(AwardRule.Fixed(2_350.5m)).Should().Be(new LocalizedText("奖补2,350.5元", "2,350.5 yuan"));
        Text(AwardRule.UpTo(3_000_000m)).Should().Be(new LocalizedText("最高300万元", "up to 3,000,000 yuan"));
        Text(AwardRule.Rate(0.1m, StandardFacts.ProjectInvestment.Id, 500_000m)).Should().Be(new LocalizedText("按项目投资额的10%计，最高50万元", "10% of project investment, at most 500,000 yuan"));
        Text(AwardRule.Rate(0.05m, StandardFacts.AnnualRevenue.Id)).Should().Be(new LocalizedText("按年营业收入的5%计", "5% of annual revenue"));
        Text(AwardRule.Capped(AwardRule.Fixed(800_000m), 500_000m)).Should().Be(new LocalizedText("奖补80万元，最高50万元", "800,000 yuan, at most 500,000 yuan"));
        Text(AwardRule.Tiers(StandardFacts.AnnualOutput.Id, new TierBand(300_000_000m, 500_000m), new TierBand(1_000_000_000m, 1_000_000m))).Should().Be(new LocalizedText(
            "按年产值分档：达到3亿元的，奖补50万元；达到10亿元的，奖补100万元",
            "by annual output: from 300,000,000 yuan, 500,000 yuan; from 1,000,000,000 yuan, 1,000,000 yuan"));
        Text(AwardRule.TaxReduction("resource-tax", 0.5m)).Should().Be(new LocalizedText("减税（资源税减征50%）", "tax reduction (resource tax cut by 50%)"));
        Text(AwardRule.TaxReduction("vat", 1m)).Should().Be(new LocalizedText("减税（增值税减征100%）", "tax reduction (VAT cut by 100%)"));
    }

    [Fact]
    public void Modifier_ReadsTheGradeByItsLabel()
    {
        var grade = new PayoutModifier("jimo-grade", KnownJurisdictions.Jimo.Code, FundingKind.NonInvestment, StandardFacts.MuYieldGrade.Id,
            new Dictionary<string, decimal> { ["A"] = 1m, ["B"] = 1m, ["C"] = 0.8m, ["D"] = 0m });
        var catalog = PolicyCatalog.CreateBuilder("test", "1.0.0")
            .AddList(TestCatalogs.List(jurisdiction: KnownJurisdictions.Jimo.Code))
            .AddPolicy(TestCatalogs.Policy("p", Predicate.Always, AwardRule.Fixed(100_000m)))
            .AddModifier(grade)
            .Build();
        LocalizedText Text(Action<EnterpriseProfileBuilder> arrange)
        {
            var profile = EnterpriseProfile.CreateBuilder(catalog.Schema);
            arrange(profile);
            return TestCatalogs.Evaluate(catalog, profile.Build()).Decisions.Single().Award!.Modifiers.Single().Text;
        }

        Text(p => p.Set(StandardFacts.MuYieldGrade, "C")).Should().Be(new LocalizedText("最近一次年度亩产效益评价等级为C类，按80%兑现", "Latest annual output-per-mu grade is grade C: paid at 80%"));
        Text(p => { }).Should().Be(new LocalizedText("最近一次年度亩产效益评价等级未提供，上限按最高比例100%计", "Latest annual output-per-mu grade not given; the up-to counts the highest ratio, 100%"));
    }
}
