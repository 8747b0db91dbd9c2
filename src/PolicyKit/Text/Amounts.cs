using System.Globalization;

namespace PolicyKit.Text;

/// <summary>
/// Sums of money as people write them: in Chinese with 万 and 亿 where the figure stays exact
/// (300万元, 1.5亿元, 2,350.5元), in English with digit grouping (3,000,000 yuan).
/// </summary>
/// <remarks>
/// The text never rounds: a figure is written in 万 or 亿 only when it has at most four decimals
/// there, so that 12,345.67 stays 12,345.67元 rather than 1.23万元. Culture-free.
/// </remarks>
public static class Amounts
{
    private const decimal TenThousand = 10_000m;
    private const decimal HundredMillion = 100_000_000m;

    /// <summary>The amount in yuan, with its unit, in <paramref name="language"/>.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <param name="language">The language of the text.</param>
    /// <returns>For example <c>300万元</c> or <c>3,000,000 yuan</c>.</returns>
    public static string Yuan(decimal yuan, Language language) =>
        language == Language.En ? Grouped(yuan) + " yuan" : Zh(yuan);

    /// <summary>The amount in yuan in both languages.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>For example 300万元 and 3,000,000 yuan.</returns>
    public static LocalizedText Yuan(decimal yuan) => new(Zh(yuan), Grouped(yuan) + " yuan");

    /// <summary>A number with digit grouping and no trailing zeros: <c>2,350.5</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The grouped figure, culture-free.</returns>
    public static string Grouped(decimal value) =>
        Normalize(value).ToString("#,0.############################", CultureInfo.InvariantCulture);

    private static string Zh(decimal yuan)
    {
        var size = Math.Abs(yuan);
        if (size >= HundredMillion && FitsIn(yuan / HundredMillion))
        {
            return Grouped(yuan / HundredMillion) + "亿元";
        }

        if (size >= TenThousand && FitsIn(yuan / TenThousand))
        {
            return Grouped(yuan / TenThousand) + "万元";
        }

        return Grouped(yuan) + "元";
    }

    // At most four decimals: 1.2345万元 is still how a person writes 12,345 yuan.
    private static bool FitsIn(decimal scaled) => decimal.Round(scaled, 4) == scaled;

    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
