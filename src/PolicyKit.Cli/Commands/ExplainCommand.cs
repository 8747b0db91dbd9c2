using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Text;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit explain --policy id</c>: one decision's reasons tree.</summary>
internal static class ExplainCommand
{
    public static int Run(CliContext context, string[] args)
    {
        var arguments = Arguments.Parse(args, [.. MatchCommand.Options, "policy"], ["sample"]);
        arguments.Positionals.Should(0, "explain");
        var policyId = arguments.Option("policy") ?? throw new UsageException("explain needs --policy <id>.");
        var (catalog, profile, asOf) = MatchCommand.Inputs(context, arguments);
        var json = CliContext.Json(arguments.Option("format"));
        var language = CliContext.Lang(arguments.Option("lang"));
        if (catalog.FindPolicy(policyId) is null)
        {
            throw new UsageException($"catalog {catalog.Id} has no policy '{policyId}'.");
        }

        var report = new CompiledEvaluator(catalog).Evaluate(profile, asOf);
        var decision = report.Find(policyId);
        if (decision is null)
        {
            context.Out.WriteLine($"policy {policyId} of catalog {catalog.Id} is not in force on {NodaTime.Text.LocalDatePattern.Iso.Format(asOf)}.");
            return CliApp.Ok;
        }

        if (json)
        {
            MatchCommand.WriteJson(context, report, language, includeReasons: true);
            return CliApp.Ok;
        }

        var zh = language == Language.Zh;
        context.Out.WriteLine($"{catalog.FindPolicy(policyId)!.Title.In(language)} [{policyId}]: {MatchCommand.Verdict(decision.Verdict, zh)}");
        if (decision.Award is { } award)
        {
            context.Out.WriteLine((zh ? "奖补：" : "award: ") + award.Text.In(language));
            foreach (var m in award.Modifiers)
            {
                context.Out.WriteLine("  " + m.Text.In(language));
            }
        }

        Write(context.Out, decision.Reasons, language, "");
        if (!decision.MissingFacts.IsEmpty)
        {
            context.Out.WriteLine((zh ? "待补充信息：" : "missing facts: ") + string.Join(", ", decision.MissingFacts));
        }

        return CliApp.Ok;
    }

    private static void Write(TextWriter writer, ReasonNode node, Language language, string indent)
    {
        var mark = node.Outcome switch { Truth.True => "✓", Truth.False => "✗", _ => "?" };
        writer.WriteLine($"{indent}{mark} {node.Text.In(language)}");
        foreach (var child in node.Children)
        {
            Write(writer, child, language, indent + "  ");
        }
    }
}
