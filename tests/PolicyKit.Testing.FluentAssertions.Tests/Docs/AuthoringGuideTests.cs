using System.Text.RegularExpressions;
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Testing.Builders;
using PolicyKit.Text;
using Xunit.Sdk;

namespace PolicyKit.Testing.FluentAssertions.Tests.Docs;

/// <summary>
/// docs/authoring-guide.md does what it says: the C# catalog of section 2, the assertions of
/// section 3 and the failure message it shows (the case files and coverage of sections 4 and 5 are
/// checked in PolicyKit.Testing.Tests).
/// </summary>
public sealed partial class AuthoringGuideTests
{
    private static readonly JurisdictionCode Laoshan = KnownJurisdictions.Laoshan.Code;
    private static readonly LocalDate Day = new(2023, 6, 30);

    // As in the guide's section 2.
    private static readonly PolicyCatalog Catalog = PolicyCatalog.CreateBuilder("my-laoshan-rules", "0.1.0")
        .AddList(new PolicyList
        {
            Id = "laoshan-real-economy-package",
            Title = new("崂山区支持实体经济发展的揽子政策（文件名称未载明）", "Laoshan's package of policies supporting the real economy"),
            Jurisdiction = Laoshan,
        })
        .AddPolicy(new Policy
        {
            Id = "laoshan-unicorn-award",
            List = "laoshan-real-economy-package",
            Title = new("新认定的独角兽等高科技企业奖励", "Award for newly recognised unicorns"),
            Eligibility = Predicate.All(StandardFacts.District.Within(Laoshan), Predicate.Has("unicorn")),
            Award = AwardRule.UpTo(3_000_000m),
        })
        .Build();

    private static readonly PolicyEvaluator Evaluator = new(Catalog);

    private static string Guide { get; } = File.ReadAllText(Path.Combine(Root(), "docs", "authoring-guide.md"));

    private static string Block(string kind, int index = 0) => BlockPattern().Matches(Guide).Where(m => m.Groups[1].Value == kind).ElementAt(index).Groups[2].Value;

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PolicyKit.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Assertions_OfSection3_Pass()
    {
        var unicorn = TestProfile.Firm().In(KnownJurisdictions.Laoshan).Certified("unicorn", new LocalDate(2023, 5, 10)).Build();
        var licang = TestProfile.Firm().In(KnownJurisdictions.Licang).Certified("unicorn", new LocalDate(2023, 5, 10)).Build();
        var unknown = TestProfile.Firm().In(KnownJurisdictions.Laoshan).Build();

        Evaluator.Evaluate(unicorn, Day).Should().FindEligible("laoshan-unicorn-award").WithAmount(null).WithUpTo(3_000_000m);
        Evaluator.Evaluate(licang, Day).Should().FindIneligible("laoshan-unicorn-award").BecauseOf("enterprise.district");
        Evaluator.Evaluate(unknown, Day).Should()
            .FindUndetermined("laoshan-unicorn-award").WithUpTo(3_000_000m).NeedingFacts("enterprise.certifications")
            .And.HaveTotals(0m, 3_000_000m);
    }

    [Fact]
    public void FailureMessage_IsTheOneTheGuideShows()
    {
        var unknown = TestProfile.Firm().In(KnownJurisdictions.Laoshan).Build();

        var message = FluentActions.Invoking(() => Evaluator.Evaluate(unknown, Day).Should(Language.En).FindEligible("laoshan-unicorn-award"))
            .Should().Throw<XunitException>().Which.Message;

        message.Should().Be(Block("text", 0).TrimEnd('\n'));
    }

    [GeneratedRegex("```(?:json )?([a-z]+)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
