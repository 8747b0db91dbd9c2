using PolicyKit.Catalogs.Qingdao.Tests.Support;

namespace PolicyKit.Catalogs.Qingdao.Tests.Sources;

/// <summary>
/// The figures of lists, sections, themes, the modifier and the classification (which carry no citation
/// field in the catalog format) against the sentences that state them. Reads the JSON with
/// <see cref="System.Text.Json.JsonDocument"/>: no catalog reader needed.
/// </summary>
public sealed class DeclaredFigureTests
{
    private const string Laoshan2023 = "000_34899839cc439578.txt";
    private const string Jimo = "001_7be4fa9757976e21.txt";
    private const string Highlights = "002_90f3867611f83e15.txt";
    private const string Licang = "003_67ef5447cad4fcc2.txt";
    private const string Investment = "004_86fcd02ed1e76dac.txt";

    /// <summary>What: the catalog's value, the value the document states, the document, the sentence quoted and the words in it that state the value.</summary>
    public static TheoryData<string, string, string, string, string, string> Figures => new()
    {
        { "laoshan-2023-1 title", Title("laoshan-2023-1"), "2023年崂山区“稳中向好、进中提质”政策清单（第一批）", Laoshan2023, "现场还发布了2023年崂山区“稳中向好、进中提质”政策清单（第一批）。", Title("laoshan-2023-1") },
        { "laoshan-2023-1 declaredItems", Count("laoshan-2023-1", null, "declaredItems"), "145", Laoshan2023, "具体包括两张清单，共145项。", "145项" },
        { "laoshan-2023-1/new declaredItems", Count("laoshan-2023-1", "new", "declaredItems"), "27", Laoshan2023, "分别是2023年新实施政策清单，主要包括降成本促流通、优供给扩需求等五个方面、27项具体政策举措", "27项" },
        { "laoshan-2023-1/new declaredThemes", Count("laoshan-2023-1", "new", "declaredThemes"), "5", Laoshan2023, "分别是2023年新实施政策清单，主要包括降成本促流通、优供给扩需求等五个方面、27项具体政策举措", "五个方面" },
        { "laoshan-2023-1/continued declaredItems", Count("laoshan-2023-1", "continued", "declaredItems"), "118", Laoshan2023, "2023年延续实施政策清单，包括4大领域、118项具体政策举措。", "118项" },
        { "laoshan-2023-1/continued declaredThemes", Count("laoshan-2023-1", "continued", "declaredThemes"), "4", Laoshan2023, "2023年延续实施政策清单，包括4大领域、118项具体政策举措。", "4大领域" },
        { "laoshan-2023-1 predecessor", ListText("laoshan-2023-1", "predecessor"), "laoshan-2022", Laoshan2023, "崂山区逐项研究了2022年发布的“稳中求进”政策清单是否延续实施，按照“应延尽延”原则，延续实施118项政策", "2022年发布的“稳中求进”政策清单" },
        { "laoshan-2023-1 publishedOn (day)", ListText("laoshan-2023-1", "publishedOn"), "2023-03-09", Laoshan2023, "3月9日，崂山区召开实体经济振兴发展和招商引资暨加力提速先进制造业高质量发展新闻发布会", "3月9日" },
        { "laoshan-2023-1 publishedOn (year)", ListText("laoshan-2023-1", "publishedOn"), "2023-03-09", Investment, "2023年3月,崂山区出台“工业上楼”相关政策", "2023年3月" },
        { "qingdao-2023-1 title", Title("qingdao-2023-1"), "青岛市2023年第一批“稳中向好、进中提质”政策清单", Licang, "结合青岛市出台的2023年第一批“稳中向好、进中提质”政策清单", "2023年第一批“稳中向好、进中提质”政策清单" },
        { "laoshan-industry-upstairs title", Title("laoshan-industry-upstairs"), "崂山区推动“工业上楼”工作的指导标准及政策措施", Laoshan2023, "发布了《崂山区推动“工业上楼”工作的指导标准及政策措施》", Title("laoshan-industry-upstairs") },
        { "laoshan-doubling-plan title", Title("laoshan-doubling-plan"), "崂山区加力提速先进制造业发展企业“倍增计划”实施方案", Laoshan2023, "《崂山区加力提速先进制造业发展企业“倍增计划”实施方案》", Title("laoshan-doubling-plan") },
        { "laoshan-real-economy-package title", Title("laoshan-real-economy-package"), "崂山区支持实体经济发展的揽子政策（文件名称未载明）", Highlights, "通过出台支持实体经济发展的揽子政策", "支持实体经济发展的揽子政策" },
        { "laoshan-culture-tourism-rules title", Title("laoshan-culture-tourism-rules"), "崂山区促进文化产业和旅游业高质量发展实施细则", Highlights, "制定并出台了《崂山区促进文化产业和旅游业高质量发展实施细则》", Title("laoshan-culture-tourism-rules") },
        { "laoshan-culture-tourism-rules declaredItems", Count("laoshan-culture-tourism-rules", null, "declaredItems"), "17", Highlights, "激发文旅市场活力等4大类、17条政策", "17条政策" },
        { "laoshan-culture-tourism-rules/rules declaredThemes", Count("laoshan-culture-tourism-rules", "rules", "declaredThemes"), "4", Highlights, "激发文旅市场活力等4大类、17条政策", "4大类" },
        { "qingdao-culture-tourism (city award)", EmbeddedCatalog.Policy("laoshan-culture-tourism-award").GetProperty("stacking").GetProperty("stacksOn").GetString()!, "qingdao-culture-tourism-award", Highlights, "其中多条都在青岛市的奖励基础上叠加奖励", "青岛市的奖励" },
        { "qingdao-vr-park title", Title("qingdao-vr-park"), "青岛市虚拟现实产业园发展若干政策", Highlights, "研究发布《青岛市虚拟现实产业园发展若干政策》", Title("qingdao-vr-park") },
        { "qingdao-vr-park declaredItems", Count("qingdao-vr-park", null, "declaredItems"), "12", Highlights, "研究制定了12条政策措施,其中7条全国领先", "12条政策措施" },
        { "jimo-mu-yield-evaluation title", Title("jimo-mu-yield-evaluation"), "即墨区工业企业“亩产效益”评价办法", Jimo, "研究出台《即墨区工业企业“亩产效益”评价办法》", Title("jimo-mu-yield-evaluation") },
        { "jimo-mu-yield ratios A, B", Modifier("ratios", "A") + "," + Modifier("ratios", "B"), "1,1", Jimo, "A类和B类企业保障100%资金，C类企业保障80%资金，D类企业不予扶持。", "A类和B类企业保障100%资金" },
        { "jimo-mu-yield ratio C", Modifier("ratios", "C"), "0.8", Jimo, "A类和B类企业保障100%资金，C类企业保障80%资金，D类企业不予扶持。", "C类企业保障80%资金" },
        { "jimo-mu-yield ratio D", Modifier("ratios", "D"), "0", Jimo, "A类和B类企业保障100%资金，C类企业保障80%资金，D类企业不予扶持。", "D类企业不予扶持" },
        { "jimo-mu-yield funding kind", Modifier("fundingKind"), "non-investment", Jimo, "对非投资类政策兑现进行差别化配置", "非投资类" },
        { "jimo-mu-yield fact", Modifier("fact"), "enterprise.muYieldGrade", Jimo, "每年度分别对规上和规下企业评价分类，进行ABCD四类分档。", "ABCD四类分档" },
    };

    [SeedsTheory]
    [MemberData(nameof(Figures))]
    public void Figure_StatedInTheCatalog_IsInTheQuotedSentence(string what, string catalogValue, string expected, string document, string quote, string words)
    {
        catalogValue.Should().Be(expected, what);
        SeedDocuments.Read(document).Should().Contain(quote, $"{what} is quoted from {document}");
        quote.Should().Contain(words, what);
    }

    [Fact]
    public void Modifier_Ratios_AreJimosGrades()
    {
        var modifier = EmbeddedCatalog.Root.GetProperty("modifiers").EnumerateArray().Single();

        modifier.GetProperty("jurisdiction").GetString().Should().Be("370215");
        modifier.GetProperty("fact").GetString().Should().Be("enterprise.muYieldGrade");
        modifier.GetProperty("fundingKind").GetString().Should().Be("non-investment");
        JsonAssert.Equivalent(modifier.GetProperty("ratios"), """{ "A": 1, "B": 1, "C": 0.8, "D": 0 }""");
    }

    [SeedsFact]
    public void Classification_TierTitles_AreVerbatimAndCarryTheirThresholds()
    {
        var text = SeedDocuments.Read(Laoshan2023);
        var tiers = EmbeddedCatalog.Root.GetProperty("classifications").EnumerateArray().Single().GetProperty("tiers").EnumerateArray().ToList();

        tiers.Select(t => t.GetProperty("id").GetString()).Should().Equal("leading", "backbone", "high-growth");
        foreach (var tier in tiers)
        {
            var title = tier.GetProperty("title").GetProperty("zh").GetString()!;
            var threshold = tier.GetProperty("gt").GetDecimal();
            text.Should().Contain(title);
            WrittenForms.Yuan(threshold).Should().Contain(f => title.Contains(f, StringComparison.Ordinal), $"tier '{title}' states {threshold} yuan");
        }
    }

    [SeedsFact]
    public void ThemeAndSectionTitles_AreVerbatimInTheDocuments()
    {
        var texts = SeedDocuments.Names().Select(SeedDocuments.Read).ToList();
        foreach (var section in EmbeddedCatalog.Lists.SelectMany(l => l.GetProperty("sections").EnumerateArray()))
        {
            var titles = section.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("title").GetProperty("zh").GetString()!)
                .Append(section.GetProperty("title").GetProperty("zh").GetString()!);
            foreach (var title in titles)
            {
                texts.Should().Contain(t => t.Contains(title, StringComparison.Ordinal), $"'{title}' is a title from the documents");
            }
        }
    }

    private static string ListText(string listId, string property) => EmbeddedCatalog.List(listId).GetProperty(property).GetString()!;

    private static string Modifier(string property, string? code = null)
    {
        var value = EmbeddedCatalog.Root.GetProperty("modifiers").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "jimo-mu-yield").GetProperty(property);
        return code is null ? value.GetString()! : WrittenForms.Plain(value.GetProperty(code).GetDecimal());
    }

    private static string Title(string listId) => EmbeddedCatalog.List(listId).GetProperty("title").GetProperty("zh").GetString()!;

    private static string Count(string listId, string? sectionId, string property)
    {
        var list = EmbeddedCatalog.List(listId);
        var owner = sectionId is null ? list : list.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == sectionId);
        return owner.GetProperty(property).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
