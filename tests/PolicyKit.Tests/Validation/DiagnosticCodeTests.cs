using System.Text.RegularExpressions;
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Model;
using PolicyKit.Tests.Support;
using PolicyKit.Validation;

namespace PolicyKit.Tests.Validation;

/// <summary>Pins the message of every diagnostic code, and that docs/diagnostics.md documents each.</summary>
public partial class DiagnosticCodeTests
{
    public static TheoryData<string, string> Messages => new()
    {
        { "PK2001", "PK2001 error policies[0].eligibility: unknown fact 'enterprise.employes'; did you mean 'enterprise.employees'?" },
        { "PK2002", "PK2002 error policies[1].list: policy 'q' belongs to list 'nolist', which is not in the catalog." },
        { "PK2003", "PK2003 error policies[1].section: policy 'q' is in section 'old', which list 'l' does not have." },
        { "PK2004", "PK2004 error policies[0].theme: policy 'p' has theme 'cost' but no section; name the section the theme belongs to." },
        { "PK2005", "PK2005 error lists[0].predecessor: list 'l' continues list 'l0', which is not in the catalog; add it (its items may be left unmodelled) or remove the link." },
        { "PK2006", "PK2006 error policies[0].status: policy 'p' is continued, but its list 'l' has no predecessor list." },
        { "PK2007", "PK2007 warning policies[0].continues: policy 'p' is continued but does not say which item of 'l0' it continues." },
        { "PK2008", "PK2008 error policies[1].stacking.stacksOn: policy 'q' stacks on 'nowhere', which is not in the catalog." },
        { "PK2009", "PK2009 error policies[1].stacking.stacksOn: policy 'q' stacks on itself through a cycle (q → q)." },
        { "PK2010", "PK2010 warning policies[1].enhances: policy 'q' enhances 'city-item', which is not in the catalog." },
        { "PK2012", "PK2012 error policies[1].id: duplicate id 'p'." },
        { "PK2013", "PK2013 error facts[0].codes: fact 'x.kind' labels code 'c', which is not among its codes; add the code or remove the label." },
        { "PK3001", "PK3001 info lists[0]: list 'l' declares 1 items, models 1." },
        { "PK3002", "PK3002 error policies[1].validity: policy 'q' is in force 2022-07-01..2023-06-30, outside its list 'l' (2023-01-01..2023-12-31)." },
        { "PK3003", "PK3003 warning lists[0]: list 'l' models 2 items but declares only 1." },
        { "PK3004", "PK3004 error policies[1].stacking.exclusiveGroup: exclusive group 'g' mixes funding kinds (a: non-investment, b: investment); only the highest of one kind of funds can replace the others." },
        { "PK3005", "PK3005 warning policies[0].status: policy 'p' is new but sits in the continued section 'cont'." },
        { "PK3006", "PK3006 warning lists[0]: list 'l' was published on 2023-03-09 and states no end; on 2024-06-01, more than a year later, its items and amounts may be out of date: check for a newer list or state its validity." },
        { "PK3007", "PK3007 warning policies[0].guide.windows[0]: policy 'p' takes applications 2023-11-01..2024-01-31, outside the days it is in force (2023-01-01..2023-12-31); check both dates against the source." },
        { "PK4001", "PK4001 error policies[0].eligibility: 'ge fifty' does not fit 'enterprise.employees', an integer fact; it allows eq, ne, lt, le, gt, ge with a number." },
        { "PK4002", "PK4002 error policies[0].eligibility: 'huge' is not a code of 'enterprise.scale'; expected one of above-designated, below-designated." },
        { "PK4003", "PK4003 warning policies[0].eligibility: 'quantum' is not among the known codes of 'enterprise.industries' (virtual-reality, artificial-intelligence, smart-manufacturing, biomedicine, traditional-manufacturing, software-information, technology-services, culture-tourism, finance, microelectronics); check the spelling." },
        { "PK4004", "PK4004 error policies[0].award.cap: cap -5 is negative; amounts and caps are yuan of zero or more." },
        { "PK4005", "PK4005 error policies[0].award.rate: rate is 5, outside [0, 1]; write 80% as 0.8." },
        { "PK4006", "PK4006 warning policies[0].eligibility: this condition can never be true (its bounds on one fact contradict each other); no enterprise will qualify." },
        { "PK4007", "PK4007 warning policies[0].eligibility: this condition is always true; remove it or state what it should test." },
        { "PK4008", "PK4008 error policies[0].award.tiers.bands[1].from: band 'from' values must rise: 50 follows 100." },
        { "PK4009", "PK4009 warning modifiers[0].ratios: modifier 'grade' gives no ratio for D; those codes are paid in full." },
        { "PK4010", "PK4010 warning classifications[0].tiers[1]: classification 'k' lists tier 'high' after a lower or equal one; list tiers from the highest, since the first tier reached names the class." },
        { "PK4011", "PK4011 error policies[0].award.upTo: cap 100.005 is finer than a fen; amounts and caps are yuan with at most two decimals." },
        { "PK4012", "PK4012 warning policies[0].award.cap: a cap of 100 around an award without money makes it a monetary award of up to 100 yuan; write { \"upTo\": 100 } if that is meant, or drop the cap." },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Validate_CatalogWithOneMistake_ReportsPinnedMessage(string code, string expected)
    {
        var catalog = DiagnosticCases.All[code]();
        var diagnostics = DiagnosticCases.AsOf.TryGetValue(code, out var asOf) ? CatalogValidator.Validate(catalog, asOf) : CatalogValidator.Validate(catalog);

        diagnostics.Where(d => d.Code == code).Select(d => d.ToString()).Should().Equal(expected);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Code != code).Should().BeEmpty();
    }

    [Fact]
    public void Validator_EveryCodeItEmits_HasAPinnedMessageTest()
    {
        var emitted = Directory.GetFiles(Path.Combine(Repository.Root, "src", "PolicyKit", "Validation"), "*.cs")
            .SelectMany(f => CodePattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        emitted.Should().BeEquivalentTo(DiagnosticCases.All.Keys);
    }

    [Fact]
    public void DiagnosticsDoc_EveryCode_HasASection()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        var documented = Regex.Matches(doc, "^## (PK[0-9]{4})", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        documented.Should().BeEquivalentTo(DiagnosticCases.All.Keys);
        foreach (var (code, expected) in Messages.Select(row => ((string)row[0], (string)row[1])))
        {
            doc.Should().Contain(expected[(expected.IndexOf(':', StringComparison.Ordinal) + 2)..], $"the example message of {code} is the pinned one");
        }
    }

    [Fact]
    public void Validate_WithoutADate_SkipsTheDateChecks_AndADateWithinAYearFindsNothingStale()
    {
        var catalog = DiagnosticCases.All["PK3006"]();

        CatalogValidator.Validate(catalog).Should().NotContain(d => d.Code == "PK3006");
        CatalogValidator.Validate(catalog, new LocalDate(2024, 3, 9)).Should().NotContain(d => d.Code == "PK3006", "on the first anniversary the list is a year old, not more");
        CatalogValidator.Validate(catalog, new LocalDate(2024, 3, 10)).Should().Contain(d => d.Code == "PK3006");
    }

    [Fact]
    public void Validate_WindowInsideValidity_IsNoFinding()
    {
        var catalog = MinimalWithWindow(new(2023, 3, 1), new(2023, 4, 30));

        CatalogValidator.Validate(catalog).Should().NotContain(d => d.Code == "PK3007");
    }

    private static PolicyCatalog MinimalWithWindow(LocalDate start, LocalDate end) =>
        SampleCatalogs.Minimal().ReplacePolicy(new Policy
        {
            Id = "p",
            List = "l",
            Title = new("政策"),
            Award = AwardRule.UpTo(1000m),
            Guide = new ApplicationGuide { Windows = [Validity.Between(start, end)] },
        }).Build();

    [GeneratedRegex("\"(PK[0-9]{4})\"")]
    private static partial Regex CodePattern();
}
