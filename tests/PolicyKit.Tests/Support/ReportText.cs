using System.Globalization;
using System.Text;
using PolicyKit.Evaluation;

namespace PolicyKit.Tests.Support;

/// <summary>Everything a report says, as text, so two reports can be compared in full.</summary>
internal static class ReportText
{
    public static string Of(DecisionReport report)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"{report.CatalogId} {report.CatalogVersion} {report.AsOf} {report.DeterminationId}\n");
        s.Append(CultureInfo.InvariantCulture, $"totals {report.Totals}\n");
        foreach (var c in report.Classifications)
        {
            s.Append(CultureInfo.InvariantCulture, $"class {c}\n");
        }

        foreach (var d in report.Decisions)
        {
            s.Append(CultureInfo.InvariantCulture, $"decision {d.PolicyId} {d.Verdict} counted={d.Counted} missing=[{string.Join(",", d.MissingFacts)}]\n");
            if (d.Award is { } a)
            {
                s.Append(CultureInfo.InvariantCulture, $"  award {a.Amount} {a.UpTo} {a.Capped} {a.IsMonetary} {a.Text}\n");
                foreach (var m in a.Modifiers)
                {
                    s.Append(CultureInfo.InvariantCulture, $"  modifier {m}\n");
                }
            }

            Append(s, d.Reasons, "  ");
        }

        return s.ToString();
    }

    private static void Append(StringBuilder s, ReasonNode node, string indent)
    {
        s.Append(CultureInfo.InvariantCulture, $"{indent}{node.Path} {node.Kind} {node.Outcome} {node.FactId} {node.Seen} {node.Needed} | {node.Text.Zh} | {node.Text.En}\n");
        foreach (var child in node.Children)
        {
            Append(s, child, indent + "  ");
        }
    }
}
