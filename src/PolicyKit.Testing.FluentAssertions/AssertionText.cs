using System.Text;
using NodaTime.Text;
using PolicyKit.Evaluation;
using PolicyKit.Text;

namespace PolicyKit.Testing.FluentAssertions;

/// <summary>The words of failure messages, in Chinese or English.</summary>
internal static class AssertionText
{
    /// <summary>FluentAssertions formats messages: braces in quoted text (e.g. <c>∈ {a, b}</c>) must be doubled.</summary>
    public static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    public static string Policy(string policyId, Language language) => language == Language.Zh ? $"政策 {policyId} " : $"policy {policyId}";

    public static string Verdict(Verdict verdict, Language language) => DecisionText.Verdict(verdict, language);

    public static string NotInForce(DecisionReport report, Language language) => language == Language.Zh
        ? $"在 {LocalDatePattern.Iso.Format(report.AsOf)} 不施行（没有决定）"
        : $"not in force on {LocalDatePattern.Iso.Format(report.AsOf)} (no decision)";

    public static string Yuan(decimal? value, Language language) => value is { } v
        ? (v / 1.0000000000000000000000000000m).ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) + (language == Language.Zh ? " 元" : " yuan")
        : language == Language.Zh ? "无" : "none";

    /// <summary>The reasons tree, the facts it read, and the missing facts, as lines after the message.</summary>
    public static string Explain(Decision decision, Language language)
    {
        var zh = language == Language.Zh;
        var text = new StringBuilder("\n");
        text.Append(zh ? "理由：\n" : "reasons:\n").Append(DecisionText.Reasons(decision.Reasons, language, "  "));
        text.Append(zh ? "涉及的事实：\n" : "facts read:\n").Append(DecisionText.Facts(decision.Reasons, "  "));
        if (!decision.MissingFacts.IsEmpty)
        {
            text.Append(zh ? "待补充信息：" : "missing facts: ").Append(string.Join(", ", decision.MissingFacts)).Append('\n');
        }

        if (decision.Award is { } award)
        {
            text.Append(zh ? "奖补：" : "award: ").Append(award.Text.In(language)).Append('\n');
        }

        return Escape(text.ToString().TrimEnd('\n'));
    }
}
