using FluentAssertions;
using NodaTime;
using PolicyKit.Text;
using Xunit;

namespace PolicyKit.Tests.Texts;

public sealed class AmountsAndDatesTests
{
    [Theory]
    [InlineData("3000000", "300万元", "3,000,000 yuan")]
    [InlineData("150000000", "1.5亿元", "150,000,000 yuan")]
    [InlineData("2350.5", "2,350.5元", "2,350.5 yuan")]
    [InlineData("12345", "1.2345万元", "12,345 yuan")]
    [InlineData("12345.67", "12,345.67元", "12,345.67 yuan")]
    [InlineData("10000", "1万元", "10,000 yuan")]
    [InlineData("9999.99", "9,999.99元", "9,999.99 yuan")]
    [InlineData("0", "0元", "0 yuan")]
    [InlineData("500000.00", "50万元", "500,000 yuan")]
    [InlineData("-20000", "-2万元", "-20,000 yuan")]
    [InlineData("123456789", "12,345.6789万元", "123,456,789 yuan")]
    public void Yuan_is_written_as_people_write_it(string amount, string zh, string en)
    {
        var yuan = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Amounts.Yuan(yuan, Language.Zh).Should().Be(zh);
        Amounts.Yuan(yuan, Language.En).Should().Be(en);
        Amounts.Yuan(yuan).Should().Be(new LocalizedText(zh, en));
    }

    [Fact]
    public void Days_and_periods_read_naturally()
    {
        var day = new LocalDate(2023, 6, 30);

        Dates.Day(day, Language.Zh).Should().Be("2023年6月30日");
        Dates.Day(day, Language.En).Should().Be("30 June 2023");
        Dates.Period(new DateInterval(new LocalDate(2023, 1, 1), day), Language.Zh).Should().Be("2023年1月1日至2023年6月30日");
        Dates.Period(new DateInterval(new LocalDate(2023, 1, 1), day), Language.En).Should().Be("1 January 2023 to 30 June 2023");
    }
}
