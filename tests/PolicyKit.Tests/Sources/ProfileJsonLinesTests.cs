using System.Text;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Sources;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>The fast JSON Lines path reads what the strict per-line reader reads, and fails as it does.</summary>
public class ProfileJsonLinesTests
{
    private static readonly FactSchema Schema = ProfileSources.Schema;

    private static string Lines(IEnumerable<global::PolicyKit.Profiles.EnterpriseProfile> profiles) =>
        string.Concat(profiles.Select(p => ProfileJson.Write(p) + "\n"));

    [Fact]
    public void ReadLines_Stream_GeneratedPopulation_EqualsTheStrictReaderLineByLine()
    {
        var profiles = ProfileSources.Generate(3_000, unknownShare: 0.2);
        var text = Lines(profiles);
        using var stream = new MemoryStream([.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(text)]);

        var read = ProfileJson.ReadLines(stream, Schema).ToList();

        ProfileSources.ShouldEqual(read, profiles);
        var strict = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((l, i) => ProfileJson.ReadLine(l, Schema, i + 1)).ToList();
        ProfileSources.ShouldEqual(read, strict);
    }

    [Fact]
    public void ReadLines_ShapesTheFastPassLeavesOut_AreReadByTheStrictReader()
    {
        var text = "{\"facts\":{\"enterprise.employees\":5.0,\"enterprise.scale\":\"above\\u002ddesignated\"},\"id\":\"x\"}\r\n"
            + "   \r\n"
            + "{ \"$schema\": \"p.json\", \"facts\": { \"enterprise.industries\": [\"finance\", \"finance\"], \"enterprise.certifications\": [ { \"recognizedOn\": \"2023-05-10\", \"kind\": \"unicorn\" } ] } }";

        var read = ProfileJson.ReadLines(new StringReader(text), Schema).ToList();

        read.Should().HaveCount(2);
        read[0].Id.Should().Be("x");
        read[0].Get(StandardFacts.Employees).AsInteger().Should().Be(5);
        read[0].Get(StandardFacts.Scale).AsString().Should().Be("above-designated");
        read[1].Get(StandardFacts.Industries).AsCodeSet().Should().Equal("finance");
        read[1].Get(StandardFacts.Certifications).AsCertifications().Should().Equal(new Certification("unicorn", new(2023, 5, 10)));
    }

    [Fact]
    public void ReadLines_FactsInAnyOrder_ReadAsTheStrictReaderReadsThem()
    {
        const string line = "{\"facts\":{\"project.siteArea\":12.5,\"enterprise.employees\":7,\"enterprise.annualOutput\":null,\"enterprise.district\":\"370212\",\"enterprise.industries\":[\"finance\",\"biomedicine\"]},\"id\":\"z\"}";

        var read = ProfileJson.ReadLines(new StringReader(line + "\n" + line), Schema).ToList();

        read.Should().HaveCount(2);
        read.Should().AllSatisfy(p => p.ContentEquals(ProfileJson.ReadLine(line, Schema)).Should().BeTrue());
        read[1].Get(StandardFacts.Industries).AsCodeSet().Should().Equal("biomedicine", "finance");
        read[0].Get(StandardFacts.ProjectSiteArea).AsNumber().Should().Be(12.5m);
    }

    [Theory]
    [InlineData("{\"facts\":{\"enterprise.employees\":true}}", "facts['enterprise.employees']: expected a number, found true.")]
    [InlineData("{\"facts\":{\"enterprise.employees\":1,\"enterprise.employees\":2}}", "facts['enterprise.employees']: duplicate property 'enterprise.employees'; each property may appear once.")]
    [InlineData("{\"facts\":{\"enterprise.scale\":\"huge\"}}", "facts['enterprise.scale']: 'huge' is not a code of fact 'enterprise.scale'; expected one of above-designated, below-designated.")]
    [InlineData("{\"facts\":{\"enterprise.employes\":1}}", "facts['enterprise.employes']: unknown fact 'enterprise.employes'; did you mean 'enterprise.employees'?")]
    [InlineData("{\"facts\":{}} {\"facts\":{}}", "invalid JSON: '{' is invalid after a single JSON value. Expected end of data.")]
    [InlineData("{\"facts\":{\"enterprise.certifications\":[{\"kind\":\"unicorn\",\"recognizedOn\":\"2023-05-10\",\"expiresOn\":\"2023-01-01\"}]}}",
        "facts['enterprise.certifications'][0].expiresOn: the certification expires (2023-01-01) before it is recognised (2023-05-10).")]
    // Issue 18 (6): a negative investment made a rate pay -50,000; 1e-30 was silently 0.
    [InlineData("{\"facts\":{\"project.investment\":-1000000}}", "facts['project.investment']: -1000000 is negative, but fact 'project.investment' is money, an amount of zero or more yuan; a value that can be negative is declared as a decimal fact.")]
    [InlineData("{\"facts\":{\"enterprise.annualOutput\":1e-30}}", "facts['enterprise.annualOutput']: the number 1e-30 is not 0 but smaller than decimal can hold (28 decimal places); it would read as 0.")]
    public void ReadLines_BadLine_ThrowsTheStrictErrorWithTheFileLine(string bad, string expected)
    {
        var good = Lines(ProfileSources.Generate(4));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(good + "\n" + bad + "\n" + good));

        var act = () => ProfileJson.ReadLines(stream, Schema, sourceName: "firms.jsonl").ToList();

        var e = act.Should().ThrowExactly<ProfileFormatException>().Which;
        e.LineNumber.Should().Be(6);
        e.Message.Should().StartWith("firms.jsonl(6,").And.EndWith(expected);
    }

    [Fact]
    public void ReadLines_LineOverTheLimit_Throws()
    {
        var text = Lines(ProfileSources.Generate(2)) + "{\"id\":\"" + new string('x', 5000) + "\",\"facts\":{}}\n";
        var act = () => ProfileJson.ReadLines(new StringReader(text), Schema, new CatalogReadOptions { MaxBytes = 4096 }, "big.jsonl").ToList();
        var e = act.Should().ThrowExactly<ProfileFormatException>().Which;
        e.LineNumber.Should().Be(3);
        e.Reason.Should().Be("the line is longer than 4096 bytes (CatalogReadOptions.MaxBytes).");
    }

    [Fact]
    public void ReadLines_LongStringWithinLimits_ObeysMaxStringLengthLikeTheStrictReader()
    {
        var line = "{\"facts\":{\"enterprise.name\":\"" + new string('x', 300) + "\"}}";
        var act = () => ProfileJson.ReadLines(new StringReader(line), Schema, new CatalogReadOptions { MaxStringLength = 200 }).ToList();
        act.Should().ThrowExactly<ProfileFormatException>().Which.Reason.Should().StartWith("a string of 300 bytes exceeds the limit of 200");
    }

    [Fact]
    public void ReadLines_InvalidUtf8InAString_IsRefusedWithItsLine()
    {
        // Issue 18 (6): batch decoded its input as text, so invalid UTF-8 became U+FFFD where match and simulate refused it.
        var bytes = Encoding.UTF8.GetBytes("{\"facts\":{}}\n{\"facts\":{\"enterprise.name\":\"a").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}}\n")).ToArray();

        var act = () => ProfileJson.ReadLines(new MemoryStream(bytes), Schema, sourceName: "firms.jsonl").ToList();

        act.Should().ThrowExactly<ProfileFormatException>().Which.LineNumber.Should().Be(2);
    }

    [Fact]
    public void ReadLines_TextWithUnpairedSurrogate_ThrowsTheFormatException()
    {
        var act = () => ProfileJson.ReadLines(new StringReader("{\"facts\":{\"enterprise.name\":\"a\ud800\"}}"), Schema).ToList();
        act.Should().ThrowExactly<ProfileFormatException>().Which.Reason.Should().Be("the text holds an unpaired surrogate: it is not valid Unicode.");
    }
}
