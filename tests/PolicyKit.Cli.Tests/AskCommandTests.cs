using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Guidance;
using PolicyKit.Sources;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit ask</c> through the real entry point: table, JSON and the interactive mode fed from a reader.</summary>
public sealed partial class AskCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-ask-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A Laoshan firm about which nothing else is known: many decisions wait on its answers.</summary>
    private string LaoshanFirm() => Write("laoshan.json", """{ "id": "laoshan-firm", "facts": { "enterprise.district": "370212" } }""");

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static Question TopQuestionOfSample()
    {
        var catalog = QingdaoCatalogs.Reference;
        var report = new CompiledEvaluator(catalog).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf);
        return PolicyGuide.NextQuestions(report, catalog)[0];
    }

    [Fact]
    public void Ask_Sample_FirstRowIsTheTopQuestionOfTheUndeterminedItem()
    {
        var top = TopQuestionOfSample();
        var undetermined = new CompiledEvaluator(QingdaoCatalogs.Reference).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf)
            .Decisions.Single(d => d.Verdict == Verdict.Undetermined);

        var (code, output, error) = CliRun.Run(null, "ask", "--sample");

        code.Should().Be(0);
        error.Should().BeEmpty();
        undetermined.MissingFacts.Should().Contain(top.FactId);
        var firstRow = output.Split('\n').First(l => l.StartsWith("1  ", StringComparison.Ordinal));
        firstRow.Should().MatchRegex($@"^1\s+{Regex.Escape(top.Label.Zh)}\s+{Regex.Escape(top.TypeText.Zh)}\s+")
            .And.Contain(QingdaoCatalogs.Reference.FindPolicy(undetermined.PolicyId)!.Title.Zh);
        firstRow.Should().NotContain(top.FactId).And.NotContain(undetermined.PolicyId);
        output.Should().StartWith("青岛市及崂山区等惠企政策参考目录").And.Contain("日期：2023年6月30日");
    }

    [Fact]
    public void Ask_SampleAsJson_TopQuestionAndEveryMissingFactOfTheUndeterminedItem()
    {
        var top = TopQuestionOfSample();
        var missing = new CompiledEvaluator(QingdaoCatalogs.Reference).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf)
            .Decisions.Where(d => d.Verdict == Verdict.Undetermined).SelectMany(d => d.MissingFacts).Distinct().ToList();

        var (code, output, _) = CliRun.Run(null, "ask", "--sample", "--format", "json", "--lang", "en");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var questions = json.RootElement.GetProperty("questions").EnumerateArray().ToList();
        questions[0].GetProperty("fact").GetString().Should().Be(top.FactId);
        questions[0].GetProperty("label").GetString().Should().Be(top.Label.En);
        questions.Select(q => q.GetProperty("fact").GetString()).Should().BeEquivalentTo(missing);
        json.RootElement.GetProperty("catalog").GetProperty("id").GetString().Should().Be(QingdaoCatalogs.ReferenceId);
    }

    [Fact]
    public void Ask_FirmWithOnlyADistrict_JsonIsRankedByStakeThenDecisionsThenId()
    {
        var (code, output, _) = CliRun.Run(null, "ask", "--profile", LaoshanFirm(), "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var ranked = json.RootElement.GetProperty("questions").EnumerateArray()
            .Select(q => (Fact: q.GetProperty("fact").GetString()!, Stake: q.GetProperty("upToAtStake").GetDecimal(), Decisions: q.GetProperty("decisions").GetInt32()))
            .ToList();
        ranked.Should().HaveCountGreaterThan(2);
        ranked[0].Stake.Should().BePositive();
        ranked.Should().BeInDescendingOrder(q => q.Stake);
        for (var i = 1; i < ranked.Count; i++)
        {
            if (ranked[i].Stake == ranked[i - 1].Stake)
            {
                ranked[i].Decisions.Should().BeLessThanOrEqualTo(ranked[i - 1].Decisions);
                if (ranked[i].Decisions == ranked[i - 1].Decisions)
                {
                    string.CompareOrdinal(ranked[i - 1].Fact, ranked[i].Fact).Should().BeNegative();
                }
            }
        }
    }

    [Fact]
    public void AskInteractive_CodeQuestion_OffersChoicesReasksABadAnswerAndShrinksTheStake()
    {
        var catalog = QingdaoCatalogs.Reference;
        using var stream = File.OpenRead(LaoshanFirm());
        var profile = ProfileJson.Read(stream, catalog.Schema);
        var report = new CompiledEvaluator(catalog).Evaluate(profile, QingdaoCatalogs.SampleAsOf);
        var top = PolicyGuide.NextQuestions(report, catalog)[0];
        top.Codes.Should().NotBeEmpty("the top question of a firm known only by its district is a coded fact");
        var outside = (top.Codes.Length + 1).ToString(CultureInfo.InvariantCulture);

        var (code, output, error) = CliRun.Run($"{outside}\n1\n\n", "ask", "--profile", LaoshanFirm(), "--as-of", "2023-06-30", "--interactive", "--lang", "en");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain($"question ({PolicyGuide.NextQuestions(report, catalog).Length} to ask): {top.Label.En} ({top.TypeText.En})?")
            .And.Contain($"  1) {top.CodeLabels[top.Codes[0]].En}");
        output.Should().Contain($"'{outside}' is not one of the choices");
        Regex.Count(output, "> ").Should().Be(3, "the bad answer is asked again, then one good answer, then the empty line stops");
        var stakes = AtStake().Matches(output).Select(m => (Before: Yuan(m.Groups[1].Value), After: Yuan(m.Groups[2].Value))).ToList();
        stakes.Should().ContainSingle();
        stakes[0].Before.Should().Be(report.Decisions.Where(d => d.Verdict == Verdict.Undetermined).Sum(d => d.Award?.UpTo ?? 0m));
        stakes[0].After.Should().BeLessThan(stakes[0].Before);
        output.Should().Contain("stopped.").And.Contain("totals:");
    }

    [Fact]
    public void AskInteractive_AnswersEveryQuestion_StopsWhenNothingIsUndetermined()
    {
        // The sample's one undetermined item waits on yes/no, a place and an area, in that order.
        var (code, output, _) = CliRun.Run("maybe\nyes\nLaoshan\nlots\n60\n", "ask", "--sample", "--interactive", "--lang", "en");

        code.Should().Be(0);
        output.Should().Contain("'maybe' is not yes or no").And.Contain("'lots' is not a number");
        output.Should().Contain("nothing is undetermined any more.");
        output.Should().Contain("3 eligible, 4 ineligible, 0 undetermined");
    }

    [Fact]
    public void AskInteractive_EndOfInput_StopsWithoutError()
    {
        var (code, output, error) = CliRun.Run("", "ask", "--sample", "--interactive");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("已结束。").And.Contain("合计：");
    }

    [Theory]
    [InlineData(new[] { "ask", "--sample", "--interactive", "--format", "json" }, "--interactive asks on the terminal")]
    [InlineData(new[] { "ask" }, "give either --profile <file> or --sample")]
    [InlineData(new[] { "ask", "--sample", "extra" }, "'ask' takes no arguments")]
    [InlineData(new[] { "ask", "--sample", "--why-not" }, "unknown option --why-not")]
    [InlineData(new[] { "ask", "--profile", "/no/such/profile.json" }, "profile file '/no/such/profile.json' does not exist")]
    [InlineData(new[] { "ask", "--sample", "--as-of", "30/06/2023" }, "--as-of '30/06/2023' is not a date")]
    public void Ask_BadUsage_ExitsTwoWithOneLine(string[] args, string expected)
    {
        var (code, output, error) = CliRun.Run(null, args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("policykit: ").And.Contain(expected);
        error.TrimEnd().Should().NotContain("\n");
    }

    private static decimal Yuan(string text) => decimal.Parse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"at stake: ([\d,.]+) yuan → ([\d,.]+) yuan")]
    private static partial Regex AtStake();
}
