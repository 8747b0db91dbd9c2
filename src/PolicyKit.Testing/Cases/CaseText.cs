using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime.Text;
using PolicyKit.Evaluation;
using PolicyKit.Text;

namespace PolicyKit.Testing.Cases;

/// <summary>Writes case results; values are written as a case file would state them.</summary>
internal static class CaseText
{
    public static string Verdict(ExpectedVerdict verdict) => verdict switch
    {
        ExpectedVerdict.Eligible => "eligible",
        ExpectedVerdict.Ineligible => "ineligible",
        ExpectedVerdict.Undetermined => "undetermined",
        _ => "not-in-force",
    };

    public static ExpectedVerdict Of(Verdict verdict) => verdict switch
    {
        Evaluation.Verdict.Eligible => ExpectedVerdict.Eligible,
        Evaluation.Verdict.Ineligible => ExpectedVerdict.Ineligible,
        _ => ExpectedVerdict.Undetermined,
    };

    public static string Yuan(decimal? value) => value is { } v ? PolicyKit.Facts.Numbers.Format(v) : "null";

    public static string Facts(ImmutableArray<string> facts) => "[" + string.Join(", ", facts) + "]";

    public static void Write(StringBuilder text, CaseResult result, Language language)
    {
        var zh = language == Language.Zh;
        var where = result.SourceName is null ? "" : Path.GetFileName(result.SourceName) + ": ";
        text.Append(result.Passed ? "PASS " : "FAIL ").Append(where).Append(result.Case.Name)
            .Append(CultureInfo.InvariantCulture, $" ({(zh ? "日期" : "as of")} {LocalDatePattern.Iso.Format(result.Case.AsOf)})").Append('\n');
        foreach (var group in result.Mismatches.GroupBy(m => m.PolicyId))
        {
            var decision = group.Key is null ? null : result.Report.Find(group.Key);
            var title = group.Key is null ? null : result.Report.Catalog.FindPolicy(group.Key)?.Title.In(language);
            text.Append("  ").Append(group.Key is null ? (zh ? "合计" : "totals") : $"{group.Key} {title}").Append('\n');
            foreach (var m in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {m.Field}: {(zh ? "预期" : "expected")} {m.Expected}, {(zh ? "实际" : "actual")} {m.Actual}\n");
            }

            if (decision is not null)
            {
                text.Append("    ").Append(zh ? "理由：" : "reasons:").Append('\n');
                text.Append(DecisionText.Reasons(decision.Reasons, language, "      "));
                text.Append("    ").Append(zh ? "涉及的事实：" : "facts read:").Append('\n');
                text.Append(DecisionText.Facts(decision.Reasons, "      "));
            }
            else if (group.Key is not null)
            {
                text.Append("    ").Append(zh ? "该政策在此日期不施行，没有决定。" : "the policy is not in force on this date; there is no decision.").Append('\n');
            }
        }
    }
}
