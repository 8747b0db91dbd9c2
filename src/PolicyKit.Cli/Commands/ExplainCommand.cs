using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Guidance;
using PolicyKit.Outputs;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit explain --policy id</c>: one decision's reasons tree; <c>--why-not</c> adds what it would take (specification §9).</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var policy = new Option<string>("--policy") { Description = "the id of the policy to explain", HelpName = "id" };
        var inputs = new ProfileInputs();
        var format = CliOptions.Format("table", "json");
        var lang = CliOptions.Lang();
        var whyNot = CliOptions.Flag("--why-not", "add what it would take to qualify");
        var command = new Command("explain", "one decision with its reasons tree and sources; --why-not adds what it would take") { policy };
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.Options.Add(whyNot);
        command.SetAction(r => Run(context, r.GetValue(policy), inputs, r, r.GetValue(format), r.GetValue(lang), r.GetValue(whyNot)));
        return command;
    }

    private static int Run(CliContext context, string? policy, ProfileInputs inputs, ParseResult parsed, string? format, string? lang, bool whyNot)
    {
        var policyId = policy ?? throw new UsageException("explain needs --policy <id>.");
        var (catalog, profile, asOf) = inputs.Read(context, parsed);
        var json = CliContext.Json(format);
        var language = CliContext.Lang(lang);
        if (catalog.FindPolicy(policyId) is null)
        {
            throw new UsageException($"catalog {catalog.Id} has no policy '{policyId}'.");
        }

        var report = new CompiledEvaluator(catalog).Evaluate(profile, asOf);
        var decision = report.Find(policyId);
        if (decision is null)
        {
            var title = catalog.FindPolicy(policyId)!.Title.In(language);
            context.Out.WriteLine(language == Language.Zh
                ? $"{title} [{policyId}] 在{Dates.Day(asOf, language)}不在有效期内。"
                : $"{title} [{policyId}] is not in force on {Dates.Day(asOf, language)}.");
            return CliApp.Ok;
        }

        var requirement = whyNot ? PolicyGuide.WhatItWouldTake(report, catalog, policyId) : null;
        if (json)
        {
            if (requirement is not null)
            {
                context.Out.WriteLine(GuidanceJson.WriteRequirement(requirement, new ReportWriteOptions { Language = language }));
            }
            else
            {
                MatchCommand.WriteJson(context, report, lang is null ? null : language, includeReasons: true);
            }

            return CliApp.Ok;
        }

        var zh = language == Language.Zh;
        MatchCommand.WriteHeader(context, catalog, profile, asOf, zh);
        context.Out.WriteLine($"{catalog.FindPolicy(policyId)!.Title.In(language)} [{policyId}]{(zh ? "：" : ": ")}{MatchCommand.Verdict(decision.Verdict, zh)}");
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
            context.Out.WriteLine((zh ? "待补充：" : "missing: ") + MatchCommand.FactLabels(catalog, decision.MissingFacts, language));
        }

        if (requirement is not null)
        {
            WhyNot(context.Out, requirement, language);
        }

        PolicyFacts.WriteSources(context.Out, catalog, catalog.FindPolicy(policyId)!, decision, asOf, language);
        return CliApp.Ok;
    }

    /// <summary>What it would take, in words: each need, whether they can be met together, what it unlocks.</summary>
    private static void WhyNot(TextWriter writer, Requirement requirement, Language language)
    {
        var zh = language == Language.Zh;
        if (requirement.Verdict == Verdict.Eligible)
        {
            writer.WriteLine(zh ? "已符合条件，无需补充。" : "already eligible; nothing more is needed.");
            return;
        }

        string Labels(IEnumerable<string> facts) => string.Join(zh ? "、" : ", ", facts.Select(f => requirement.Needs.FirstOrDefault(n => n.FactId == f)?.Label.In(language) ?? f));
        writer.WriteLine(zh ? "要符合条件，需要：" : "what it would take:");
        foreach (var need in requirement.Needs)
        {
            writer.WriteLine("  - " + need.Text.In(language) + (need.IsMetNow ? (zh ? "（现已满足，需保持）" : " (met now; keep it)") : ""));
        }

        if (!requirement.IsReachable)
        {
            writer.WriteLine(zh
                ? "无法达到：" + (requirement.Contradictions.IsEmpty ? "资格条件永远无法满足。" : $"关于{Labels(requirement.Contradictions)}的条件相互矛盾。")
                : "not reachable: " + (requirement.Contradictions.IsEmpty ? "the eligibility can never be met." : $"the conditions on {Labels(requirement.Contradictions)} contradict each other."));
            return;
        }

        var u = requirement.Unlocks;
        writer.WriteLine((zh ? "可获得：" : "would unlock: ") + (!u.IsMonetary || u.Amount is null && u.UpTo is null
            ? u.Text?.In(language) ?? (zh ? "非资金支持" : "non-monetary support")
            : u.Amount is { } amount
                ? Amounts.Yuan(amount, language)
                : (zh ? "最高" : "up to ") + Amounts.Yuan(u.UpTo!.Value, language)));
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
