using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Sources;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

public class ProfileJsonTests
{
    private static readonly FactSchema Schema = SampleCatalogs.Full().Schema;

    private static ProfileFormatException Fails(string facts)
    {
        var act = () => ProfileJson.Read("{ \"facts\": " + facts + " }", Schema, sourceName: "firm.json");
        return act.Should().ThrowExactly<ProfileFormatException>().Which;
    }

    [Fact]
    public void Read_TypedValues_GivesThoseValues()
    {
        var profile = ProfileJson.Read(
            """{ "id": "f1", "facts": { "enterprise.employees": 50, "project.siteArea": 12.50, "enterprise.foundedOn": "2020-02-29", "enterprise.district": "370212", "enterprise.smallLowProfit": true, "enterprise.scale": null } }""",
            Schema);

        profile.Id.Should().Be("f1");
        profile.Get(StandardFacts.Employees).Should().Be(FactValue.Integer(50));
        profile.Get(StandardFacts.ProjectSiteArea).AsNumber().Should().Be(12.5m);
        profile.Get(SampleCatalogs.FoundedOn).AsDate().Should().Be(new NodaTime.LocalDate(2020, 2, 29));
        profile.Get(StandardFacts.District).AsString().Should().Be("370212");
        profile.Get(StandardFacts.SmallLowProfit).AsBool().Should().BeTrue();
        profile.Get(StandardFacts.Scale).IsKnown.Should().BeFalse();
    }

    [Fact]
    public void Read_MoneyWithManyDigits_KeepsExactDecimal()
    {
        var profile = ProfileJson.Read("""{ "facts": { "enterprise.annualOutput": 12345678901234567.89 } }""", Schema);
        profile.Get(StandardFacts.AnnualOutput).AsNumber().Should().Be(12345678901234567.89m);
    }

    [Fact]
    public void Read_WrongType_ThrowsAtFact()
    {
        var e = Fails("""{ "enterprise.employees": "fifty" }""");
        e.Location.Should().Be("facts['enterprise.employees']");
        e.Reason.Should().Be("expected a number, found a string \"fifty\".");
        e.SourceName.Should().Be("firm.json");
    }

    [Fact]
    public void Read_NegativeMoney_IsRefusedAtTheFact()
    {
        // Issue 18 (6), specification §4.4: a money fact is an amount of zero or more yuan.
        var act = () => ProfileJson.Read("""{ "facts": { "project.investment": -1000000 } }""", FactSchema.Standard, sourceName: "firm.json");

        var e = act.Should().ThrowExactly<ProfileFormatException>().Which;
        e.Location.Should().Be("facts['project.investment']");
        e.LineNumber.Should().Be(1);
        e.Reason.Should().Contain("is negative");
    }

    [Fact]
    public void Read_FractionForIntegerFact_Throws()
    {
        Fails("""{ "enterprise.employees": 2.5 }""").Reason.Should().Be("expected a whole number, found 2.5.");
    }

    [Fact]
    public void Read_CodeOutsideClosedSet_Throws()
    {
        Fails("""{ "enterprise.scale": "huge" }""").Reason.Should().Be("'huge' is not a code of fact 'enterprise.scale'; expected one of above-designated, below-designated.");
    }

    [Fact]
    public void Read_BadCodeInOpenSet_ThrowsAtItem()
    {
        var e = Fails("""{ "enterprise.industries": ["finance", "Big Data"] }""");
        e.Location.Should().Be("facts['enterprise.industries'][1]");
        e.Reason.Should().Be("'Big Data' is not a code of fact 'enterprise.industries'; expected a code of lower-case letters, digits and hyphens.");
    }

    [Fact]
    public void Read_UnknownFact_ThrowsWithNearestId()
    {
        Fails("""{ "enterprise.employes": 5 }""").Reason.Should().Be("unknown fact 'enterprise.employes'; did you mean 'enterprise.employees'?");
    }

    [Fact]
    public void Read_CertificationExpiringBeforeRecognition_Throws()
    {
        Fails("""{ "enterprise.certifications": [ { "kind": "unicorn", "recognizedOn": "2023-05-10", "expiresOn": "2023-01-01" } ] }""")
            .Location.Should().Be("facts['enterprise.certifications'][0].expiresOn");
    }

    [Fact]
    public void Read_UnknownTopLevelProperty_Throws()
    {
        var act = () => ProfileJson.Read("""{ "facts": {}, "name": "x" }""", Schema);
        act.Should().ThrowExactly<ProfileFormatException>().Which.Reason.Should().StartWith("unknown property 'name' in a profile");
    }

    [Fact]
    public void Read_MalformedJson_IsWrapped()
    {
        var act = () => ProfileJson.Read("{ \"facts\": { ", Schema);
        act.Should().ThrowExactly<ProfileFormatException>().Which.Reason.Should().StartWith("invalid JSON:");
    }

    [Fact]
    public void ReadLine_Error_ReportsTheFileLine()
    {
        var act = () => ProfileJson.ReadLine("""{ "facts": { "enterprise.employees": true } }""", Schema, lineNumber: 7, sourceName: "firms.jsonl");
        var e = act.Should().ThrowExactly<ProfileFormatException>().Which;
        e.LineNumber.Should().Be(7);
        e.BytePositionInLine.Should().Be(38);
        e.Message.Should().StartWith("firms.jsonl(7,38): facts['enterprise.employees']: expected a number, found true.");
    }

    [Fact]
    public void ReadLines_JsonLines_ReadsEachNonBlankLineInOrder()
    {
        using var reader = new StringReader("{ \"id\": \"a\", \"facts\": {} }\n\n{ \"id\": \"b\", \"facts\": { \"enterprise.employees\": 3 } }\n");
        ProfileJson.ReadLines(reader, Schema).Select(p => p.Id).Should().Equal("a", "b");
    }

    [Fact]
    public void Write_Profile_SortsFactsAndIsCultureFree()
    {
        var profile = global::PolicyKit.Facts.FactSchema.Standard is { } schema
            ? global::PolicyKit.Profiles.EnterpriseProfile.CreateBuilder(schema).Set(StandardFacts.ProjectSiteArea, 12.50m).Set(StandardFacts.Employees, 5).Build()
            : null!;
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            ProfileJson.Write(profile).Should().Be("""{"facts":{"enterprise.employees":5,"project.siteArea":12.5}}""");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
