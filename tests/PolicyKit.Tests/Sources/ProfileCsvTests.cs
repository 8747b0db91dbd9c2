using System.Text;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;
using PolicyKit.Sources;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

public class ProfileCsvTests
{
    private static readonly FactSchema Schema = ProfileSources.Schema;

    private static ProfileFormatException Fails(string csv, CatalogReadOptions? options = null)
    {
        var act = () => ProfileCsv.Read(csv, Schema, options, sourceName: "firms.csv");
        return act.Should().ThrowExactly<ProfileFormatException>().Which;
    }

    [Fact]
    public void WriteThenRead_GeneratedPopulation_GivesEqualProfiles()
    {
        var profiles = ProfileSources.Generate(2_000);
        var csv = ProfileCsv.Write(profiles, Schema);

        ProfileSources.ShouldEqual(ProfileCsv.Read(csv, Schema), profiles);
    }

    [Fact]
    public void WriteThenRead_Stream_WithAndWithoutBom_GivesEqualProfiles()
    {
        var profiles = ProfileSources.Generate(300, seed: 3, unknownShare: 0.3);
        using var plain = new MemoryStream();
        ProfileCsv.Write(profiles, plain, Schema);
        var bytes = plain.ToArray();
        bytes.AsSpan(0, 3).SequenceEqual("\uFEFF"u8).Should().BeFalse();

        foreach (var input in new[] { bytes, [.. "\uFEFF"u8, .. bytes] })
        {
            using var stream = new MemoryStream(input);
            ProfileSources.ShouldEqual([.. ProfileCsv.ReadRows(stream, Schema)], profiles);
        }
    }

    [Fact]
    public void Read_HandWrittenFile_GivesTheseValues()
    {
        var csv = "id,enterprise.employees,enterprise.industries,enterprise.certifications,enterprise.name,enterprise.smallLowProfit,synthetic.foundedOn,enterprise.annualOutput\n"
            + "f1,50,finance|artificial-intelligence,unicorn:2023-05-10:|gazelle:2022-01-01:2024-12-31,\"Laoshan \"\"Blue\"\", Ltd\",TRUE,2020-02-29,12345678901234567.89\n"
            + "\n"
            + ",,,,\"\",,,\r\n";

        var rows = ProfileCsv.Read(csv, Schema);

        rows.Should().HaveCount(2);
        var f1 = rows[0];
        f1.Id.Should().Be("f1");
        f1.Get(StandardFacts.Employees).AsInteger().Should().Be(50);
        f1.Get(StandardFacts.Industries).AsCodeSet().Should().Equal("artificial-intelligence", "finance");
        f1.Get(StandardFacts.Certifications).AsCertifications().Should().Equal(
            new Certification("unicorn", new(2023, 5, 10)), new Certification("gazelle", new(2022, 1, 1), new(2024, 12, 31)));
        f1.Get(StandardFacts.Name).AsString().Should().Be("Laoshan \"Blue\", Ltd");
        f1.Get(StandardFacts.SmallLowProfit).AsBool().Should().BeTrue();
        f1.Get("synthetic.foundedOn").AsDate().Should().Be(new NodaTime.LocalDate(2020, 2, 29));
        f1.Get(StandardFacts.AnnualOutput).AsNumber().Should().Be(12345678901234567.89m);

        rows[1].Id.Should().BeNull();
        rows[1].KnownFacts.Select(p => p.Key.Id).Should().Equal("enterprise.name");
        rows[1].Get(StandardFacts.Name).AsString().Should().BeEmpty();
    }

    [Fact]
    public void Read_QuotedCellWithLineBreaks_CountsLinesForLaterErrors()
    {
        var e = Fails("enterprise.name,enterprise.employees\n\"a\nb\nc\",1\nx,many\n");
        e.LineNumber.Should().Be(5);
        e.BytePositionInLine.Should().Be(3);
    }

    [Theory]
    [InlineData("enterprise.employees\n12\nabc\n", 3, 1, "enterprise.employees", "column 1: expected a whole number, found 'abc'.")]
    [InlineData("id,enterprise.employees\na,1.5\n", 2, 3, "enterprise.employees", "column 2: expected a whole number, found '1.5'.")]
    [InlineData("id,enterprise.annualOutput\na,1e400\n", 2, 3, "enterprise.annualOutput", "column 2: expected a number such as 1234.56, found '1e400'.")]
    [InlineData("id,enterprise.annualOutput\na,\"1,000\"\n", 2, 3, "enterprise.annualOutput", "column 2: expected a number such as 1234.56, found '1,000'.")]
    [InlineData("id,enterprise.smallLowProfit\na,yes\n", 2, 3, "enterprise.smallLowProfit", "column 2: expected true or false, found 'yes'.")]
    [InlineData("id,synthetic.foundedOn\na,2023-02-29\n", 2, 3, "synthetic.foundedOn", "column 2: '2023-02-29' is not a date; expected yyyy-MM-dd, e.g. 2023-01-01.")]
    [InlineData("id,enterprise.district\na,37021\n", 2, 3, "enterprise.district", "column 2: '37021' is not a jurisdiction code; expected six digits (GB/T 2260, e.g. 370212) or nine for a street.")]
    [InlineData("id,enterprise.scale\na,huge\n", 2, 3, "enterprise.scale", "column 2: 'huge' is not a code of fact 'enterprise.scale'; expected one of above-designated, below-designated.")]
    [InlineData("id,enterprise.industries\na,finance||biomedicine\n", 2, 3, "enterprise.industries", "column 2: an empty code in 'finance||biomedicine'; write code sets as a|b.")]
    [InlineData("id,enterprise.industries\na,Big Data\n", 2, 3, "enterprise.industries", "column 2: 'Big Data' is not a code of fact 'enterprise.industries'; expected a code of lower-case letters, digits and hyphens.")]
    [InlineData("id,enterprise.certifications\na,unicorn\n", 2, 3, "enterprise.certifications", "column 2: 'unicorn' is not a certification; expected kind:recognizedOn:expiresOn, e.g. unicorn:2023-05-10:2026-05-09 (expiresOn may be empty).")]
    [InlineData("id,enterprise.certifications\na,unicorn:2023-13-01:\n", 2, 3, "enterprise.certifications", "column 2: '2023-13-01' is not a date (recognizedOn of 'unicorn:2023-13-01:'); expected yyyy-MM-dd, e.g. 2023-01-01.")]
    [InlineData("id,enterprise.certifications\na,unicorn:2023-05-10:2023-01-01\n", 2, 3, "enterprise.certifications", "column 2: the certification 'unicorn:2023-05-10:2023-01-01' expires before it is recognised.")]
    [InlineData("id,enterprise.employees\na,1,2\n", 2, 3, "", "the row has 3 cells but the header has 2 columns.")]
    [InlineData("id,enterprise.employees\na\n", 2, 1, "", "the row has 1 cells but the header has 2 columns.")]
    [InlineData("id,enterprise.employees\na,1\"2\n", 2, 4, "", "a quote inside an unquoted cell; quote the whole cell and double the quote (\"a \"\"b\"\"\").")]
    [InlineData("id,enterprise.employees\n\"a\"x,1\n", 2, 4, "", "after a closing quote, expected a comma or the end of the line; double a quote inside a quoted cell (\"\").")]
    [InlineData("id,enterprise.employees\na,1\n\"b,2\n", 3, 1, "", "a quoted cell is never closed: the input ends inside it.")]
    [InlineData("id,enterprise.employes\n", 1, 4, "enterprise.employes", "column 2: unknown fact 'enterprise.employes'; did you mean 'enterprise.employees'?")]
    [InlineData("enterprise.employees,id,enterprise.employees\n", 1, 25, "enterprise.employees", "column 3 repeats 'enterprise.employees'; each fact has one column.")]
    [InlineData("", 1, 1, "", "the file is empty; expected a header of fact ids (and optionally id).")]
    [InlineData("id,enterprise.annualOutput\na,1e-30\n", 2, 3, "enterprise.annualOutput", "column 2: '1e-30' is not 0 but smaller than decimal can hold (28 decimal places); it would read as 0.")]
    [InlineData("id,project.investment\na,-1000000\n", 2, 3, "project.investment", "column 2: -1000000 is negative, but fact 'project.investment' is money, an amount of zero or more yuan; a value that can be negative is declared as a decimal fact.")]
    public void Read_BadInput_ThrowsWithLineColumnAndFact(string csv, long line, long position, string path, string reason)
    {
        var e = Fails(csv);
        e.SourceName.Should().Be("firms.csv");
        e.LineNumber.Should().Be(line);
        e.BytePositionInLine.Should().Be(position);
        e.Location.Should().Be(path);
        e.Reason.Should().Be(reason);
        e.Message.Should().StartWith($"firms.csv({line},{position}): ");
    }

    [Fact]
    public void Read_ControlCharactersInAHeader_AreEscapedInTheMessage()
    {
        // Issue 18 (6): an ESC sequence in a CSV header reached the terminal through the error message.
        var e = Fails("id,\u001b[2Jenterprise.employees\n");

        e.Message.Should().NotContain("\u001b").And.Contain("\\u001B[2Jenterprise.employees");
    }

    [Fact]
    public void Read_HugeCell_IsRejectedWithItsSize()
    {
        var csv = "id,enterprise.name\na," + new string('x', 70_000) + "\n";
        var e = Fails(csv);
        e.LineNumber.Should().Be(2);
        e.Reason.Should().Be("cell 2 is 70000 bytes, over the limit of 65536 (CatalogReadOptions.MaxStringLength).");
    }

    [Fact]
    public void Read_UnclosedQuoteOverManyLines_StopsAtTheRecordLimit()
    {
        var csv = "id,enterprise.name\na,\"" + string.Concat(Enumerable.Repeat("line\n", 100_000)) + "\n";
        var e = Fails(csv, new CatalogReadOptions { MaxStringLength = 1000 });
        e.LineNumber.Should().Be(2);
        e.Reason.Should().Be("a record longer than 2008 bytes; is a quote left open?");
    }

    [Fact]
    public void Read_RecordOverItsLimit_IsRejected()
    {
        var cells = string.Join(",", Enumerable.Repeat(new string('x', 900), 3));
        var e = Fails("id,enterprise.name\na,b\n" + cells + "\n", new CatalogReadOptions { MaxStringLength = 1000 });
        e.LineNumber.Should().Be(3);
        e.Reason.Should().Be("a record longer than 2008 bytes.");
    }

    [Fact]
    public void ReadRows_BadRowAfterGoodOnes_YieldsTheGoodOnesThenThrows()
    {
        var rows = new List<EnterpriseProfile>();
        var act = () =>
        {
            foreach (var row in ProfileCsv.ReadRows(new StringReader("id,enterprise.employees\na,1\nb,2\nc,x\n"), Schema))
            {
                rows.Add(row);
            }
        };

        act.Should().ThrowExactly<ProfileFormatException>().Which.LineNumber.Should().Be(4);
        rows.Select(r => r.Id).Should().Equal("a", "b");
    }

    [Fact]
    public void ReadAll_BadRow_ReturnsNothingButTheException()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("id,enterprise.employees\na,1\nb,x\n"));
        var act = () => ProfileCsv.ReadAll(stream, Schema, sourceName: "firms.csv");
        act.Should().ThrowExactly<ProfileFormatException>().Which.Message.Should().StartWith("firms.csv(3,3): enterprise.employees: column 2:");
    }

    [Fact]
    public void ReadRows_Cancelled_Stops()
    {
        var csv = ProfileCsv.Write(ProfileSources.Generate(3_000), Schema);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var act = () => ProfileCsv.ReadRows(new StringReader(csv), Schema, cancellationToken: cancel.Token).Count();
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Write_QuotesOnlyWhatNeedsIt_AndMarksEmptyText()
    {
        var profile = EnterpriseProfile.CreateBuilder(Schema).WithId("f,1")
            .Set(StandardFacts.Name, "say \"hi\"").Set(StandardFacts.Uscc, "").Set(StandardFacts.Employees, 5)
            .Set(StandardFacts.ProjectSiteArea, 12.50m)
            .Set(StandardFacts.Certifications, [new Certification("unicorn", new(2023, 5, 10))]).Build();

        var csv = ProfileCsv.Write([profile], Schema);

        var lines = csv.Split("\r\n");
        lines[0].Should().StartWith("id,enterprise.uscc,enterprise.name,enterprise.district,");
        lines[1].Should().StartWith("\"f,1\",\"\",\"say \"\"hi\"\"\",,");
        lines[1].Should().Contain(",5,").And.Contain(",unicorn:2023-05-10:,").And.Contain(",12.5,");
        lines[2].Should().BeEmpty();
    }

    [Fact]
    public void Read_DocsExample_ReadsTwoFirms()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "catalog-format.md"));
        var block = System.Text.RegularExpressions.Regex.Match(page, "```csv population\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
        block.Success.Should().BeTrue("docs/catalog-format.md shows a CSV population");

        var rows = ProfileCsv.Read(block.Groups[1].Value, FactSchema.Standard, sourceName: "catalog-format.md");

        rows.Select(r => r.Id).Should().Equal("firm-0001", "firm-0002");
        rows[0].Get(StandardFacts.Name).AsString().Should().Be("Laoshan \"Blue\" Ltd, Qingdao");
        rows[0].Get(StandardFacts.Certifications).AsCertifications().Should().Equal(new Certification("unicorn", new(2023, 5, 10)));
        rows[1].KnownFacts.Select(p => p.Key.Id).Should().Equal("enterprise.district", "enterprise.certifications");
    }
}
