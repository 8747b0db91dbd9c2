using System.Globalization;
using System.Net;
using System.Text;
using PolicyKit.Model;
using PolicyKit.Simulation;
using PolicyKit.Text;

namespace PolicyKit.Cli.Output;

/// <summary>
/// An SVG bar chart of a simulation (specification §10): per policy the summed amount (solid) over the
/// summed up-to (pale), the draft in blue and, when given, the baseline in orange just below it.
/// Plain SVG with its own legend and scale, readable in any browser.
/// </summary>
internal static class SimulationChart
{
    private const int Left = 330;
    private const int BarWidth = 560;
    private const int RightMargin = 150;
    private const int Top = 78;
    private const string Font = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif";

    public static string Svg(SimulationResult result, PolicyCatalog catalog, PolicyCatalog? baseline, Language language)
    {
        var zh = language == Language.Zh;
        var withBaseline = result.Baseline is not null;
        var rowHeight = withBaseline ? 34 : 24;
        var rows = result.Policies;
        var height = Top + (rows.Length * rowHeight) + 60;
        var width = Left + BarWidth + RightMargin;
        var max = rows.SelectMany(r => new[] { r.Figures?.UpTo ?? 0m, r.Figures?.Amount ?? 0m, r.Baseline?.UpTo ?? 0m, r.Baseline?.Amount ?? 0m }).DefaultIfEmpty(0m).Max();
        var scale = Nice(max);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{Font}" font-size="12">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="white"/>""").Append('\n');
        var title = zh
            ? $"{result.Catalog.Id} {result.Catalog.Version}：{result.Population:N0} 家企业，{Iso(result)}"
            : $"{result.Catalog.Id} {result.Catalog.Version}: {result.Population:N0} firms, as of {Iso(result)}";
        Text(svg, 12, 22, title, 15, "bold");
        var legendY = 46;
        Legend(svg, 12, legendY, "#1f5fa8", zh ? "草案 确定金额" : "draft amount");
        Legend(svg, 150, legendY, "#a9c8ec", zh ? "草案 最高可达" : "draft up to");
        if (withBaseline)
        {
            Legend(svg, 290, legendY, "#c8641e", zh ? $"基准 {result.Baseline!.Id} 确定金额" : $"baseline {result.Baseline!.Id} amount");
            Legend(svg, 560, legendY, "#f3c9a6", zh ? "基准 最高可达" : "baseline up to");
        }

        for (var tick = 0; tick <= 4; tick++)
        {
            var x = Left + (BarWidth * tick / 4);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x}" y1="{Top - 6}" x2="{x}" y2="{height - 44}" stroke="#dddddd"/>""").Append('\n');
            Text(svg, x - 20, height - 28, Yuan(scale * tick / 4, zh), 11, null);
        }

        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var y = Top + (i * rowHeight);
            var policy = catalog.FindPolicy(row.PolicyId) ?? baseline?.FindPolicy(row.PolicyId);
            var label = Shorten(policy?.Title.In(language) ?? row.PolicyId, 22);
            Text(svg, 12, y + 13, label, 12, null);
            Bars(svg, y + 2, row.Figures, scale, "#a9c8ec", "#1f5fa8", zh);
            if (withBaseline)
            {
                Bars(svg, y + 16, row.Baseline, scale, "#f3c9a6", "#c8641e", zh);
            }
        }

        var totals = zh
            ? $"合计（叠加与就高后）：确定 {Yuan(result.Totals.Amount, zh)}，最高 {Yuan(result.Totals.UpTo, zh)}，最高额大于 0 的企业 {result.Totals.FirmsWithAward:N0} 家"
            : $"totals after stacking and exclusive groups: {Yuan(result.Totals.Amount, zh)} certain, up to {Yuan(result.Totals.UpTo, zh)}, {result.Totals.FirmsWithAward:N0} firms with an up-to above 0";
        if (result.AmountDelta is { } delta)
        {
            var upToDelta = result.UpToDelta!.Value;
            totals += zh ? $"；较基准：确定 {Signed(delta, zh)}，最高 {Signed(upToDelta, zh)}" : $"; vs baseline: {Signed(delta, zh)} certain, {Signed(upToDelta, zh)} up to";
        }

        Text(svg, 12, height - 8, totals, 12, "bold");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Bars(StringBuilder svg, int y, PolicyFigures? figures, decimal scale, string pale, string solid, bool zh)
    {
        if (figures is null)
        {
            Text(svg, Left + 4, y + 10, zh ? "（不在此目录中）" : "(not in this catalog)", 11, null);
            return;
        }

        var upTo = Width(figures.UpTo, scale);
        var amount = Width(figures.Amount, scale);
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Left}" y="{y}" width="{upTo:0.#}" height="12" fill="{pale}"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Left}" y="{y}" width="{amount:0.#}" height="12" fill="{solid}"/>""").Append('\n');
        Text(svg, Left + (int)Math.Max(upTo, amount) + 6, y + 10, $"{Yuan(figures.Amount, zh)} / {Yuan(figures.UpTo, zh)}", 10, null);
    }

    private static double Width(decimal value, decimal scale) => scale <= 0m ? 0 : Math.Max(0, (double)(value / scale) * BarWidth);

    private static void Legend(StringBuilder svg, int x, int y, string color, string text)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{y - 10}" width="14" height="12" fill="{color}"/>""").Append('\n');
        Text(svg, x + 20, y, text, 12, null);
    }

    private static void Text(StringBuilder svg, int x, int y, string text, int size, string? weight) =>
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x}" y="{y}" font-size="{size}"{(weight is null ? "" : $" font-weight=\"{weight}\"")}>{WebUtility.HtmlEncode(text)}</text>""").Append('\n');

    /// <summary>A round axis maximum at or above <paramref name="max"/>: 1, 2 or 5 times a power of ten.</summary>
    private static decimal Nice(decimal max)
    {
        if (max <= 0m)
        {
            return 1m;
        }

        var power = 1m;
        while (power * 10m <= max)
        {
            power *= 10m;
        }

        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (power * step >= max)
            {
                return power * step;
            }
        }

        return power * 10m;
    }

    private static string Yuan(decimal yuan, bool zh)
    {
        var (unit, name) = zh
            ? (Math.Abs(yuan) >= 100_000_000m ? (100_000_000m, " 亿元") : Math.Abs(yuan) >= 10_000m ? (10_000m, " 万元") : (1m, " 元"))
            : (Math.Abs(yuan) >= 1_000_000m ? (1_000_000m, "M yuan") : Math.Abs(yuan) >= 1_000m ? (1_000m, "k yuan") : (1m, " yuan"));
        return (yuan / unit).ToString("0.##", CultureInfo.InvariantCulture) + name;
    }

    private static string Signed(decimal yuan, bool zh) => (yuan >= 0m ? "+" : "") + Yuan(yuan, zh);

    private static string Shorten(string text, int width)
    {
        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = DisplayWidth(rune.Value);
            if (used + w > width * 2 - 2)
            {
                return result.Append('…').ToString();
            }

            result.Append(rune.ToString());
            used += w;
        }

        return result.ToString();
    }

    /// <summary>How many half-width units a character takes in the chart's labels (East Asian Wide and Fullwidth take two).</summary>
    private static int DisplayWidth(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x20000 and <= 0x3FFFD ? 2 : 1;

    private static string Iso(SimulationResult result) => NodaTime.Text.LocalDatePattern.Iso.Format(result.AsOf);
}
