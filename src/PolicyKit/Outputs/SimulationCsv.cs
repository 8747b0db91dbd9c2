using System.Globalization;
using System.Text;
using NodaTime.Text;
using PolicyKit.Simulation;

namespace PolicyKit.Outputs;

/// <summary>
/// Writes a <see cref="SimulationResult"/> as CSV: one row per policy, then a <c>(totals)</c> row;
/// baseline columns are empty without a baseline. Culture-free, comma-separated, RFC 4180 quoting.
/// </summary>
public static class SimulationCsv
{
    private const string Header = "asOf,catalog,policyId,eligible,ineligible,undetermined,amount,upTo,unbounded,baselinePolicyId,baselineEligible,baselineIneligible,baselineUndetermined,baselineAmount,baselineUpTo,gained,lost,firmsWithAward,baselineFirmsWithAward";

    /// <summary>The result as CSV text, with a header line.</summary>
    public static string Write(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder().Append(Header).Append('\n');
        var asOf = LocalDatePattern.Iso.Format(result.AsOf);
        var catalog = result.Catalog.Id + "@" + result.Catalog.Version;
        foreach (var row in result.Policies)
        {
            var d = row.Figures;
            var b = row.Baseline;
            Line(text, asOf, catalog, row.PolicyId, N(d?.Eligible), N(d?.Ineligible), N(d?.Undetermined), M(d?.Amount), M(d?.UpTo), N(d?.Unbounded),
                row.BaselinePolicyId ?? "", N(b?.Eligible), N(b?.Ineligible), N(b?.Undetermined), M(b?.Amount), M(b?.UpTo), N(row.Gained), N(row.Lost), "", "");
        }

        var t = result.Totals;
        var bt = result.BaselineTotals;
        Line(text, asOf, catalog, "(totals)", "", "", "", M(t.Amount), M(t.UpTo), N(t.Unbounded), "", "", "", "", M(bt?.Amount), M(bt?.UpTo), "", "", N(t.FirmsWithAward), N(bt?.FirmsWithAward));
        return text.ToString();
    }

    private static void Line(StringBuilder text, params string[] cells) =>
        text.AppendJoin(',', cells.Select(Quote)).Append('\n');

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string M(decimal? value) => value is { } v ? Facts.Numbers.Format(v) : "";
}
