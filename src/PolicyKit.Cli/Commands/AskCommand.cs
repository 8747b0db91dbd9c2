using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using PolicyKit.Cli.Interactive;
using PolicyKit.Cli.Output;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
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
    public static Command Create(CliContext context)
    {
        var inputs = new ProfileInputs();
        var format = CliOptions.Format("table", "json");
        var lang = CliOptions.Lang();
        var interactive = CliOptions.Flag("--interactive", "ask the top question, re-match after each answer, until nothing is undetermined");
        var command = new Command("ask", "the next questions worth asking, by what their answers can still decide");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.Options.Add(interactive);
        command.SetAction(r => Run(context, inputs.Read(context, r), r.GetValue(format), r.GetValue(lang), r.GetValue(interactive)));
        return command;
    }

    private static int Run(CliContext context, (PolicyCatalog Catalog, Profiles.EnterpriseProfile Profile, NodaTime.LocalDate AsOf) inputs, string? format, string? lang, bool interactive)
    {
        var (catalog, profile, asOf) = inputs;
        var json = CliContext.Json(format);
        var language = CliContext.Lang(lang);
        var evaluator = new CompiledEvaluator(catalog);
        if (interactive)
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
        WriteQuestions(context, catalog, report, questions, language);
        MatchCommand.WriteTotals(context, report.Totals, zh);
        return CliApp.Ok;
    }

    private static void WriteQuestions(CliContext context, PolicyCatalog catalog, DecisionReport report, ImmutableArray<Question> questions, Language language)
    {
        var zh = language == Language.Zh;
        if (questions.IsEmpty)
        {
            context.Out.WriteLine(zh ? "没有待定的政策，无需再问。" : "nothing is undetermined; there is no question to ask.");
            return;
        }

        var table = zh
            ? new TextTable("#", "问题", "回答类型", "可选项", "涉及金额", "涉及政策")
            : new TextTable("#", "question", "answer", "choices", "at stake", "policies");
        for (var i = 0; i < questions.Length; i++)
        {
            var q = questions[i];
            table.Add(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                q.Label.In(language),
                q.TypeText.In(language),
                Choices(q, language),
                AtStake(q, report, language),
                string.Join(zh ? "、" : "; ", q.Policies.Select(id => catalog.FindPolicy(id)?.Title.In(language) ?? id)));
        }

        table.WriteTo(context.Out);
    }

    /// <summary>
    /// What an answer can still decide: 最高300万元, or 非资金支持 when every award it bears on is non-monetary
    /// (the amount is then no measure of what is at stake).
    /// </summary>
    public static string AtStake(Question q, DecisionReport report, Language language)
    {
        var zh = language == Language.Zh;
        var monetary = q.Policies.Any(id => report.Find(id)?.Award is { IsMonetary: true });
        if (!monetary)
        {
            return zh ? "非资金支持" : "non-monetary support";
        }

        var unbounded = q.UpToIsBounded ? "" : zh ? "，另有不设上限的奖补" : ", plus awards without a stated ceiling";
        return (zh ? "最高" : "up to ") + Amounts.Yuan(q.UpToAtStake, language) + unbounded;
    }

    /// <summary>A few choices in full, by label; a long list as its first ones and how many more (the JSON has them all).</summary>
    private static string Choices(Question q, Language language)
    {
        var zh = language == Language.Zh;
        var separator = zh ? "、" : ", ";
        string Label(string code) => q.CodeLabels.TryGetValue(code, out var label) ? label.In(language) : code;
        return q.Codes.Length <= 4
            ? string.Join(separator, q.Codes.Select(Label))
            : string.Join(separator, q.Codes.Take(3).Select(Label)) + (zh ? $"等{q.Codes.Length}项" : $", … ({q.Codes.Length} in all)");
    }
}
