using System.Collections.Immutable;
using PolicyKit.Jurisdictions;
using PolicyKit.Text;

namespace PolicyKit.Facts;

/// <summary>
/// The facts every catalog knows without declaring them (specification §4, a contract: ids and types
/// never change). Their slots come first, in the order listed here.
/// </summary>
public static class StandardFacts
{
    /// <summary>统一社会信用代码: the 18-character unified social credit code.</summary>
    public static FactKey<string> Uscc { get; } = FactKey.Text("enterprise.uscc");

    /// <summary>企业名称: the enterprise's name.</summary>
    public static FactKey<string> Name { get; } = FactKey.Text("enterprise.name");

    /// <summary>注册地: where the enterprise is registered.</summary>
    public static FactKey<JurisdictionCode> District { get; } = FactKey.Jurisdiction("enterprise.district");

    /// <summary>规上/规下: <c>above-designated</c> or <c>below-designated</c> size (closed).</summary>
    public static FactKey<string> Scale { get; } = FactKey.Code("enterprise.scale");

    /// <summary>所属产业: the enterprise's industries (open code set).</summary>
    public static FactKey<ImmutableArray<string>> Industries { get; } = FactKey.CodeSet("enterprise.industries");

    /// <summary>年产值: output of the last full year, yuan.</summary>
    public static FactKey<decimal> AnnualOutput { get; } = FactKey.Money("enterprise.annualOutput");

    /// <summary>年营业收入: revenue of the last full year, yuan.</summary>
    public static FactKey<decimal> AnnualRevenue { get; } = FactKey.Money("enterprise.annualRevenue");

    /// <summary>员工人数: employees, persons.</summary>
    public static FactKey<long> Employees { get; } = FactKey.Integer("enterprise.employees");

    /// <summary>
    /// 亩产效益评价等级: output-per-mu grade <c>A</c>-<c>D</c> (closed; Jimo). Jimo grades every year,
    /// above- and below-designated firms separately (每年度分别对规上和规下企业评价分类); which year's
    /// grade a payout uses is not stated, so this fact means the firm's grade from the latest annual
    /// evaluation published before the as-of date, in its own group.
    /// </summary>
    public static FactKey<string> MuYieldGrade { get; } = FactKey.Code("enterprise.muYieldGrade");

    /// <summary>资质认定: recognitions such as high-tech or unicorn (open).</summary>
    public static FactKey<ImmutableArray<Certification>> Certifications { get; } = FactKey.Certifications("enterprise.certifications");

    /// <summary>增值税纳税人类型: <c>small-scale</c> or <c>general</c> VAT taxpayer (closed).</summary>
    public static FactKey<string> VatTaxpayer { get; } = FactKey.Code("enterprise.vatTaxpayer");

    /// <summary>小型微利企业: whether a small low-profit enterprise.</summary>
    public static FactKey<bool> SmallLowProfit { get; } = FactKey.Bool("enterprise.smallLowProfit");

    /// <summary>个体工商户: whether an individual business.</summary>
    public static FactKey<bool> IndividualBusiness { get; } = FactKey.Bool("enterprise.individualBusiness");

    /// <summary>项目类型: the kind of project (open code).</summary>
    public static FactKey<string> ProjectKind { get; } = FactKey.Code("project.kind");

    /// <summary>项目所在地: where the project is.</summary>
    public static FactKey<JurisdictionCode> ProjectDistrict { get; } = FactKey.Jurisdiction("project.district");

    /// <summary>项目占地面积: site area, mu (亩).</summary>
    public static FactKey<decimal> ProjectSiteArea { get; } = FactKey.Decimal("project.siteArea");

    /// <summary>项目投资额: project investment, yuan.</summary>
    public static FactKey<decimal> ProjectInvestment { get; } = FactKey.Money("project.investment");

    /// <summary>The definitions of all standard facts, in slot order.</summary>
    public static ImmutableArray<FactDefinition> Definitions { get; } =
    [
        new(Uscc.Id, FactType.Text, new("统一社会信用代码", "Unified social credit code")),
        new(Name.Id, FactType.Text, new("企业名称", "Enterprise name")),
        new(District.Id, FactType.Jurisdiction, new("注册地", "Place of registration")),
        new(Scale.Id, FactType.Code, new("企业规模", "Scale"), codes: ["above-designated", "below-designated"])
        {
            CodeLabels = Labels(
                ("above-designated", "规模以上企业", "an enterprise above designated size"),
                ("below-designated", "规模以下企业", "an enterprise below designated size")),
        },
        new(Industries.Id, FactType.CodeSet, new("所属产业", "Industries"), codes:
        [
            "virtual-reality", "artificial-intelligence", "smart-manufacturing", "biomedicine", "traditional-manufacturing",
            "software-information", "technology-services", "culture-tourism", "finance", "microelectronics",
        ], isOpen: true)
        {
            CodeLabels = Labels(
                ("virtual-reality", "虚拟现实", "virtual reality"),
                ("artificial-intelligence", "人工智能", "artificial intelligence"),
                ("smart-manufacturing", "智能制造", "smart manufacturing"),
                ("biomedicine", "生物医药健康", "biomedicine and health"),
                ("traditional-manufacturing", "传统优势制造业", "traditional manufacturing"),
                ("software-information", "软件信息", "software and information"),
                ("technology-services", "科技服务", "technology services"),
                ("culture-tourism", "文化旅游", "culture and tourism"),
                ("finance", "金融", "finance"),
                ("microelectronics", "微电子", "microelectronics")),
        },
        new(AnnualOutput.Id, FactType.Money, new("年产值", "Annual output"), "yuan"),
        new(AnnualRevenue.Id, FactType.Money, new("年营业收入", "Annual revenue"), "yuan"),
        new(Employees.Id, FactType.Integer, new("员工人数", "Employees"), "persons"),
        new(MuYieldGrade.Id, FactType.Code, new("最近一次年度亩产效益评价等级", "Latest annual output-per-mu grade"), codes: ["A", "B", "C", "D"])
        {
            CodeLabels = Labels(("A", "A类", "grade A"), ("B", "B类", "grade B"), ("C", "C类", "grade C"), ("D", "D类", "grade D")),
        },
        new(Certifications.Id, FactType.Certifications, new("资质认定", "Certifications"), codes:
        [
            "high-tech", "unicorn", "gazelle", "specialized-sme", "little-giant", "provincial-eco-tech-transfer-base",
        ], isOpen: true)
        {
            CodeLabels = Labels(
                ("high-tech", "高新技术企业", "high-tech enterprise"),
                ("unicorn", "独角兽企业", "unicorn enterprise"),
                ("gazelle", "瞪羚企业", "gazelle enterprise"),
                ("specialized-sme", "专精特新中小企业", "specialised and sophisticated SME"),
                ("little-giant", "专精特新“小巨人”企业", "specialised and sophisticated \"little giant\" enterprise"),
                ("provincial-eco-tech-transfer-base", "省级生态环境科技成果转移转化基地", "provincial eco-environment technology-transfer base")),
        },
        new(VatTaxpayer.Id, FactType.Code, new("增值税纳税人类型", "VAT taxpayer kind"), codes: ["small-scale", "general"])
        {
            CodeLabels = Labels(("small-scale", "小规模纳税人", "a small-scale taxpayer"), ("general", "一般纳税人", "a general taxpayer")),
        },
        new(SmallLowProfit.Id, FactType.Bool, new("小型微利企业", "Small low-profit enterprise")),
        new(IndividualBusiness.Id, FactType.Bool, new("个体工商户", "Individual business")),
        new(ProjectKind.Id, FactType.Code, new("项目类型", "Project kind"), isOpen: true),
        new(ProjectDistrict.Id, FactType.Jurisdiction, new("项目所在地", "Project location")),
        new(ProjectSiteArea.Id, FactType.Decimal, new("项目占地面积", "Project site area"), "mu"),
        new(ProjectInvestment.Id, FactType.Money, new("项目投资额", "Project investment"), "yuan"),
    ];

    private static ImmutableDictionary<string, LocalizedText> Labels(params (string Code, string Zh, string En)[] labels) =>
        labels.ToImmutableDictionary(l => l.Code, l => new LocalizedText(l.Zh, l.En), StringComparer.Ordinal);
}
