using System.Globalization;
using NodaTime;
using PolicyKit.Cli.Commands;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Guidance;
using PolicyKit.Model;
using PolicyKit.Profiles;
using PolicyKit.Text;
using Spectre.Console;

namespace PolicyKit.Cli.Interactive;

/// <summary>
/// <c>policykit ask --interactive</c>: asks the top question, reads the answer from standard
/// input, re-matches, and shows the amount still at stake shrinking; stops when nothing is
/// undetermined, on an empty line or at the end of input. A bad answer is asked again with the reason.
/// </summary>
internal sealed class AskSession(CliContext context, PolicyCatalog catalog, CompiledEvaluator evaluator, LocalDate asOf, bool zh)
{
    private TextWriter Out => context.Out;

    public int Run(EnterpriseProfile profile)
    {
        MatchCommand.WriteHeader(context, catalog, profile, asOf, zh);
        var report = evaluator.Evaluate(profile, asOf);
        Out.WriteLine(Status(report));

        // Each answer makes one more fact known, so the session ends within one question per fact.
        for (var asked = 0; asked <= catalog.Schema.Count; asked++)
        {
            var questions = PolicyGuide.NextQuestions(report, catalog);
            if (questions.IsEmpty)
            {
                Out.WriteLine(zh ? "没有待定的政策了。" : "nothing is undetermined any more.");
                break;
            }

            var question = questions[0];
            var fact = catalog.Schema[catalog.Schema.SlotOf(question.FactId)];
            Ask(question, questions.Length, report);
            if ((CanPick(question, fact) ? Pick(question) : ReadAnswer(fact, profile)) is not { } value)
            {
                Out.WriteLine(zh ? "已结束。" : "stopped.");
                break;
            }

            var before = AtStake(report);
            profile = profile.ToBuilder().Set(question.FactId, value).Build();
            report = evaluator.Evaluate(profile, asOf);
            Out.WriteLine(zh
                ? $"待定金额：{Amounts.Yuan(before, Language.Zh)} → {Amounts.Yuan(AtStake(report), Language.Zh)}"
                : $"at stake: {Amounts.Yuan(before, Language.En)} → {Amounts.Yuan(AtStake(report), Language.En)}");
            Out.WriteLine(Status(report));
        }

        MatchCommand.WriteTotals(context, report.Totals, zh);
        return CliApp.Ok;
    }

    private void Ask(Question question, int remaining, DecisionReport report)
    {
        var language = zh ? Language.Zh : Language.En;
        var label = question.Label.In(language);
        var stake = AskCommand.AtStake(question, report, language);
        var type = question.TypeText.In(language);
        var kind = type == label ? "" : zh ? $"（{type}）" : $" ({type})";
        Out.WriteLine();
        Out.WriteLine(zh
            ? $"问题（共 {remaining} 个待问）：{label}{kind}？涉及 {question.Decisions} 项政策，{stake}"
            : $"question ({remaining} to ask): {label}{kind}? Bears on {question.Decisions} polic{(question.Decisions == 1 ? "y" : "ies")}, {stake}");
        for (var i = 0; i < question.Codes.Length && !CanPick(question, catalog.Schema[catalog.Schema.SlotOf(question.FactId)]); i++)
        {
            var code = question.Codes[i];
            var text = question.CodeLabels.TryGetValue(code, out var codeLabel) ? codeLabel.In(language) : code;
            Out.WriteLine($"  {(i + 1).ToString(CultureInfo.InvariantCulture)}) {text}");
        }
    }

    /// <summary>Whether the answer is picked from a list on the terminal rather than typed (specification §5.5).</summary>
    private bool CanPick(Question question, FactDefinition fact) =>
        context.InputIsTerminal && fact.Type == FactType.Code && !question.Codes.IsEmpty;

    /// <summary>
    /// On a terminal, a code picked from the choices by label with the arrow keys (Spectre.Console's
    /// selection prompt), or null when the last choice, stop, is picked.
    /// </summary>
    private FactValue? Pick(Question question)
    {
        var language = zh ? Language.Zh : Language.En;
        const string Stop = "";
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(Out),
            Interactive = Spectre.Console.InteractionSupport.Yes,
        });
        var prompt = new SelectionPrompt<string> { PageSize = 12 }
            .AddChoices([.. question.Codes, Stop])
            .UseConverter(code => Spectre.Console.Markup.Escape(code == Stop
                ? (zh ? "（结束）" : "(stop)")
                : question.CodeLabels.TryGetValue(code, out var label) ? label.In(language) : code));
        var picked = console.Prompt(prompt);
        if (picked == Stop)
        {
            Out.WriteLine();
            return null;
        }

        Out.WriteLine("> " + (question.CodeLabels.TryGetValue(picked, out var pickedLabel) ? pickedLabel.In(language) : picked));
        return FactValue.Code(picked);
    }

    /// <summary>The parsed answer, or null on an empty line or the end of input.</summary>
    private FactValue? ReadAnswer(FactDefinition fact, EnterpriseProfile profile)
    {
        while (true)
        {
            Out.WriteLine(Answer.Hint(fact, zh));
            Out.Write("> ");
            var line = context.In.ReadLine();
            if (string.IsNullOrWhiteSpace(line))
            {
                Out.WriteLine();
                return null;
            }

            if (!Answer.TryParse(fact, line, zh, out var value, out var reason))
            {
                Out.WriteLine(reason);
                continue;
            }

            try
            {
                // The profile's own checks have the last word (codes of a closed set, types).
                profile.ToBuilder().Set(fact.Id, value);
                return value;
            }
            catch (ArgumentException e)
            {
                Out.WriteLine(e.Message);
            }
        }
    }

    /// <summary>The sum of the up-to of the undetermined decisions: what the remaining answers can still decide.</summary>
    private static decimal AtStake(DecisionReport report) =>
        report.Decisions.Where(d => d.Verdict == Verdict.Undetermined).Sum(d => d.Award?.UpTo ?? 0m);

    private string Status(DecisionReport report)
    {
        int Count(Verdict v) => report.Decisions.Count(d => d.Verdict == v);
        return zh
            ? $"符合 {Count(Verdict.Eligible)} 项，不符合 {Count(Verdict.Ineligible)} 项，待定 {Count(Verdict.Undetermined)} 项；待定金额最高{Amounts.Yuan(AtStake(report), Language.Zh)}"
            : $"{Count(Verdict.Eligible)} eligible, {Count(Verdict.Ineligible)} ineligible, {Count(Verdict.Undetermined)} undetermined; up to {Amounts.Yuan(AtStake(report), Language.En)} at stake";
    }
}
