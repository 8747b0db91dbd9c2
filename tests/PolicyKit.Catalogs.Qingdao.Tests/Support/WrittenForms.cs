using System.Globalization;

namespace PolicyKit.Catalogs.Qingdao.Tests.Support;

/// <summary>The ways a Chinese document writes a number: 500000 yuan as 50万元, 0.5 as 50%, 50 mu as 50亩.</summary>
internal static class WrittenForms
{
    /// <summary>Yuan as 元, 万元 or 亿元.</summary>
    public static IEnumerable<string> Yuan(decimal yuan)
    {
        yield return Plain(yuan) + "元";
        if (yuan % 10_000m == 0m)
        {
            yield return Plain(yuan / 10_000m) + "万元";
        }

        if (yuan % 100_000_000m == 0m)
        {
            yield return Plain(yuan / 100_000_000m) + "亿元";
        }
    }

    /// <summary>A fraction as a percentage.</summary>
    public static string Percent(decimal share) => Plain(share * 100m) + "%";

    /// <summary>Every form a number might take: yuan, percent, mu, persons.</summary>
    public static IEnumerable<string> Any(decimal value) =>
        Yuan(value).Append(Percent(value)).Append(Plain(value) + "亩").Append(Plain(value) + "人");

    /// <summary>The number without trailing zeros, culture-free.</summary>
    public static string Plain(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
