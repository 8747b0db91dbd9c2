using PolicyKit.Jurisdictions;

namespace PolicyKit.Tests.Jurisdictions;

public class JurisdictionCodeTests
{
    [Theory]
    [InlineData("370212", "370212", true)]
    [InlineData("370212", "370200", true)]
    [InlineData("370212", "370000", true)]
    [InlineData("370212", "100000", true)]
    [InlineData("370200", "370212", false)]
    [InlineData("370212", "370213", false)]
    [InlineData("370213001", "370213", true)]
    [InlineData("370213001", "370200", true)]
    [InlineData("370212", "370213001", false)]
    [InlineData("380212", "370000", false)]
    public void IsWithin_FollowsTheCodeHierarchy(string inner, string outer, bool expected)
    {
        JurisdictionCode.Parse(inner).IsWithin(JurisdictionCode.Parse(outer)).Should().Be(expected);
    }

    [Theory]
    [InlineData("370000", JurisdictionLevel.Provincial)]
    [InlineData("370200", JurisdictionLevel.Municipal)]
    [InlineData("370212", JurisdictionLevel.District)]
    [InlineData("370213001", JurisdictionLevel.Street)]
    public void Level_IsReadFromTheDigits(string code, JurisdictionLevel level)
    {
        JurisdictionCode.Parse(code).Level.Should().Be(level);
    }

    [Theory]
    [InlineData("37021")]
    [InlineData("3702120")]
    [InlineData("37021x")]
    [InlineData("")]
    public void Parse_NotSixOrNineDigits_Throws(string text)
    {
        var act = () => JurisdictionCode.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a jurisdiction code*");
    }
}
