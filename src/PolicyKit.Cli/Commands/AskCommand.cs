using System.Collections.Immutable;
using System.Globalization;
using PolicyKit.Cli.Interactive;
using PolicyKit.Cli.Output;
using PolicyKit.Compilation;
using PolicyKit.Facts;
using PolicyKit.Guidance;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Text;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit ask</c>: the next questions worth asking (specification §9), as a table or JSON, or one
/// at a time on the terminal with <c>--interactive</c>.
/// </summary>
internal static class AskCommand
{
    public static int Run(CliContext context, string[] args)
    {
        var arguments = Arguments.Parse(args, MatchCommand.Options, ["sample", "interactive"]);
        arguments.Positionals.Should(0, "ask");
        var (catalog, profile, asOf) = MatchCommand.Inputs(context, arguments);
        var json = CliContext.Json(arguments.Option("format"));
        var language = CliContext.Lang(arguments.Option("lang"));
        var evaluator = new CompiledEvaluator(catalog);
        if (arguments.Flag("interactive"))
        {
            if (json)
            {
                throw new UsageException("--interactive asks on the terminal; it cannot be combined with --format json.");
            }

            return new AskSession(context, catalog, evaluator, asOf, language == Language.Zh).Run(profile);
        }

        var report = evaluator.Evaluate(profile, asOf);
        var questions = PolicyGuide.NextQuestions(report, catalog);
        if (json)
        {
            context.Out.WriteLine(GuidanceJson.WriteQuestions(report, questions, new ReportWriteOptions { Language = language }));
            return CliApp.Ok;
        }

        var zh = language == Language.Zh;
        MatchCommand.WriteHeader(context, catalog, profile, asOf, zh);
        WriteQuestions(context, catalog, questions, language);
        MatchCommand.WriteTotals(context, report.Totals, zh);
        return CliApp.Ok;
    }

    private static void WriteQuestions(CliContext context, PolicyCatalog catalog, ImmutableArray<Question> questions, Language language)
    {
        var zh = language == Language.Zh;
        if (questions.IsEmpty)
        {
            context.Out.WriteLine(zh ? "没有待定的政策，无需再问。" : "nothing is undetermined; there is no question to ask.");
            return;
        }

        var table = zh
            ? new Table("#", "问题", "类型", "可选项", "涉及金额（元）", "政策数", "政策")
            : new Table("#", "question", "type", "choices", "at stake (yuan)", "decisions", "policies");
        for (var i = 0; i < questions.Length; i++)
        {
            var q = questions[i];
            table.Add(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                $"{q.Label.In(language)} [{q.FactId}]",
                TypeName(q.Type, q.Unit),
                Choices(q, zh),
                MatchCommand.Money(q.UpToAtStake) + (q.UpToIsBounded ? "" : "+"),
                q.Decisions.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", q.Policies));
        }

        table.WriteTo(context.Out);
    }

    /// <summary>A few codes in full; a long list as its first codes and how many more (the JSON has them all).</summary>
    private static string Choices(Question q, bool zh) => q.Codes.Length <= 4
        ? string.Join(", ", q.Codes)
        : string.Join(", ", q.Codes.Take(3)) + (zh ? $" 等 {q.Codes.Length} 项" : $", … ({q.Codes.Length})");

    /// <summary>The type as catalog JSON names it (<c>integer</c>, <c>codeSet</c>), with the unit.</summary>
    public static string TypeName(FactType type, string? unit)
    {
        var name = type.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..] + (unit is null ? "" : $" ({unit})");
    }
}
