using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Classifications;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Tests.Support;

/// <summary>Catalogs built in C# that use every predicate and award form, for round trips.</summary>
internal static class SampleCatalogs
{
    public static readonly LocalDate AsOf = new(2023, 6, 1);

    public static FactKey<decimal> Rd { get; } = FactKey.Money("project.rdSpending");

    public static FactKey<LocalDate> FoundedOn { get; } = FactKey.Date("enterprise.foundedOn");

    public static FactKey<string> Park { get; } = FactKey.Code("enterprise.park");

    /// <summary>Every form of predicate and award, a declared fact of each kind, modifiers and a classification.</summary>
    public static PolicyCatalog Full() => Builder().Build();

    public static PolicyCatalogBuilder Builder()
    {
        var list2022 = new PolicyList
        {
            Id = "laoshan-2022",
            Title = new("崂山区2022年惠企政策清单", "Laoshan 2022 list"),
            Jurisdiction = KnownJurisdictions.Laoshan.Code,
            Validity = Validity.Between(new(2022, 1, 1), new(2022, 12, 31)),
        };
        var list2023 = new PolicyList
        {
            Id = "laoshan-2023-1",
            Title = new("崂山区2023年第一批惠企政策清单", "Laoshan 2023 first list"),
            Jurisdiction = KnownJurisdictions.Laoshan.Code,
            Issuer = new("崂山区人民政府"),
            PublishedOn = new LocalDate(2023, 3, 9),
            Validity = Validity.Between(new(2023, 1, 1), new(2023, 12, 31)),
            Predecessor = "laoshan-2022",
            DeclaredItems = 145,
            Sections =
            [
                new PolicySection { Id = "new", Kind = SectionKind.New, Title = new("新实施政策"), DeclaredItems = 27, DeclaredThemes = 5, Themes = [new Theme("cost", new("降成本促流通"))] },
                new PolicySection { Id = "continued", Kind = SectionKind.Continued, DeclaredItems = 118 },
            ],
        };
        var jimo = new PolicyList
        {
            Id = "jimo-2023",
            Title = new("即墨区2023年政策清单"),
            Jurisdiction = KnownJurisdictions.Jimo.Code,
            Validity = new Validity(new LocalDate(2023, 1, 1), null),
        };

        return PolicyCatalog.CreateBuilder("sample", "2023.1.0")
            .AddFact(new FactDefinition(Rd.Id, FactType.Money, new("研发投入", "R&D spending"), "yuan"))
            .AddFact(new FactDefinition(FoundedOn.Id, FactType.Date, new("成立日期", "Founded on")))
            .AddFact(new FactDefinition(Park.Id, FactType.Code, new("所在园区", "Park"), codes: ["north", "south"]))
            .AddList(list2022)
            .AddList(list2023)
            .AddList(jimo)
            .AddPolicy(new Policy
            {
                Id = "laoshan-2022-green",
                List = "laoshan-2022",
                Title = new("绿色基地奖励"),
                Eligibility = StandardFacts.District.Eq(KnownJurisdictions.Laoshan.Code),
                Award = AwardRule.Fixed(100000m),
            })
            .AddPolicy(new Policy
            {
                Id = "laoshan-2023-green-base",
                List = "laoshan-2023-1",
                Section = "continued",
                Title = new("省级生态技术转移基地", "Provincial eco-tech transfer base"),
                Status = PolicyStatus.Continued,
                Continues = "laoshan-2022-green",
                Eligibility = Predicate.All(
                    StandardFacts.District.Within(KnownJurisdictions.Laoshan.Code),
                    Predicate.Has("provincial-eco-tech-transfer-base", new DateInterval(new(2023, 1, 1), new(2023, 12, 31)))),
                Award = AwardRule.UpTo(500000m),
                Citations = [new Citation("000_34899839cc439578.txt", "最高奖励50万元")],
                Stacking = Stacking.Exclusive("base"),
            })
            .AddPolicy(new Policy
            {
                Id = "laoshan-2023-ai",
                List = "laoshan-2023-1",
                Section = "new",
                Theme = "cost",
                Title = new("人工智能企业研发补助"),
                Level = JurisdictionLevel.District,
                Department = new("区科技局", "Science bureau"),
                Validity = Validity.Between(new(2023, 3, 1), new(2023, 12, 31)),
                Eligibility = Predicate.All(
                    StandardFacts.Industries.In("artificial-intelligence", "virtual-reality"),
                    Predicate.Any(StandardFacts.Employees.Ge(50), StandardFacts.AnnualRevenue.Gt(20_000_000.50m)),
                    Predicate.Not(StandardFacts.Scale.Eq("below-designated")),
                    FoundedOn.Lt(new LocalDate(2022, 1, 1)),
                    StandardFacts.SmallLowProfit.Ne(true),
                    Park.In("north"),
                    StandardFacts.ProjectSiteArea.Le(12.5m)),
                Award = AwardRule.Capped(AwardRule.Rate(0.05m, Rd.Id), 3_000_000m),
                Stacking = Stacking.Exclusive("base"),
                Note = new("未说明是否可与市级叠加"),
                Guide = Guide,
            })
            .AddPolicy(new Policy
            {
                Id = "laoshan-2023-tiers",
                List = "laoshan-2023-1",
                Section = "new",
                Title = new("产值跃升奖励"),
                Eligibility = Predicate.Always,
                Award = AwardRule.Tiers(StandardFacts.AnnualOutput.Id, new TierBand(0m, 0m), new TierBand(100_000_000m, 200_000m), new TierBand(1_000_000_000m, 1_000_000m)),
                Stacking = Stacking.OnTopOf("laoshan-2023-ai"),
                Enhances = "laoshan-2022-green",
            })
            .AddPolicy(new Policy
            {
                Id = "jimo-2023-rate",
                List = "jimo-2023",
                Title = new("固定资产投资补助"),
                Eligibility = Predicate.Any(StandardFacts.ProjectDistrict.Within(KnownJurisdictions.Jimo.Code), StandardFacts.ProjectDistrict.Eq(KnownJurisdictions.Licang.Code)),
                Award = AwardRule.Rate(0.1m, StandardFacts.ProjectInvestment.Id, 5_000_000m),
                FundingKind = FundingKind.Investment,
            })
            .AddPolicy(new Policy
            {
                Id = "jimo-2023-tax",
                List = "jimo-2023",
                Title = new("资源税减征"),
                Eligibility = Predicate.All(StandardFacts.VatTaxpayer.Eq("small-scale"), StandardFacts.Name.Ne("x"), StandardFacts.Uscc.Ne("y")),
                Award = AwardRule.TaxReduction("resource-tax", 0.5m),
            })
            .AddPolicy(new Policy
            {
                Id = "jimo-2023-land",
                List = "jimo-2023",
                Title = new("用地保障"),
                Eligibility = StandardFacts.IndividualBusiness.Eq(false),
                Award = AwardRule.None,
            })
            .AddModifier(new PayoutModifier("jimo-mu-yield", KnownJurisdictions.Jimo.Code, FundingKind.NonInvestment, StandardFacts.MuYieldGrade.Id,
                new Dictionary<string, decimal> { ["A"] = 1m, ["B"] = 1m, ["C"] = 0.8m, ["D"] = 0m }))
            .AddClassification(new Classification("doubling", new("倍增计划", "Doubling plan"), StandardFacts.AnnualOutput.Id,
            [
                new ClassificationTier("leading", new("龙头"), 10_000_000_000m, false),
                new ClassificationTier("backbone", new("骨干"), 1_000_000_000m, true),
            ]));
    }

    /// <summary>A fictional application guide (every member set), on <c>laoshan-2023-ai</c>.</summary>
    public static ApplicationGuide Guide { get; } = new()
    {
        Windows = [Validity.Between(new(2023, 4, 1), new(2023, 5, 31)), Validity.Between(new(2023, 9, 1), new(2023, 10, 31))],
        Materials = [new("申请表（虚构）", "Application form (fictional)"), new("研发投入专项审计报告（虚构）")],
        Phone = "0532-00000000",
        Method = new("网上申报（虚构）", "Online (fictional)"),
        Address = new("虚构路1号", "1 Fictional Road"),
        PayoutTime = new("审核通过后30个工作日内（虚构）", "Within 30 working days of approval (fictional)"),
        DocumentNumber = "虚政发〔2023〕1号",
        Link = new Uri("https://example.org/fictional-policy"),
        WithoutApplication = false,
    };

    /// <summary>A minimal valid catalog around one policy, for diagnostic tests.</summary>
    public static PolicyCatalogBuilder Minimal(Predicate? eligibility = null, AwardRule? award = null) =>
        PolicyCatalog.CreateBuilder("mini", "1.0.0")
            .AddList(new PolicyList
            {
                Id = "l",
                Title = new LocalizedText("清单"),
                Jurisdiction = KnownJurisdictions.Laoshan.Code,
                DeclaredItems = 1,
                Validity = Validity.Between(new(2023, 1, 1), new(2023, 12, 31)),
            })
            .AddPolicy(new Policy { Id = "p", List = "l", Title = new("政策"), Eligibility = eligibility ?? Predicate.Always, Award = award ?? AwardRule.UpTo(1000m) });
}
