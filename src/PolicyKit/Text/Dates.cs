using System.Globalization;
using NodaTime;

namespace PolicyKit.Text;

/// <summary>Calendar days as people write them: 2023年6月30日, 30 June 2023.</summary>
public static class Dates
{
    /// <summary>The day in <paramref name="language"/>.</summary>
    /// <param name="date">The day.</param>
    /// <param name="language">The language of the text.</param>
    /// <returns>For example <c>2023年6月30日</c> or <c>30 June 2023</c>.</returns>
    public static string Day(LocalDate date, Language language) => language == Language.En
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month)} {date.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>The day in both languages.</summary>
    /// <param name="date">The day.</param>
    /// <returns>For example 2023年6月30日 and 30 June 2023.</returns>
    public static LocalizedText Day(LocalDate date) => new(Day(date, Language.Zh), Day(date, Language.En));

    /// <summary>A period of days in <paramref name="language"/>: 2023年1月1日至2023年12月31日.</summary>
    /// <param name="period">The period, both ends inclusive.</param>
    /// <param name="language">The language of the text.</param>
    /// <returns>For example <c>2023年1月1日至2023年12月31日</c> or <c>1 January 2023 to 31 December 2023</c>.</returns>
    public static string Period(DateInterval period, Language language)
    {
        ArgumentNullException.ThrowIfNull(period);
        return language == Language.En
            ? $"{Day(period.Start, language)} to {Day(period.End, language)}"
            : $"{Day(period.Start, language)}至{Day(period.End, language)}";
    }
}
