using PolicyKit.Formats;
using PolicyKit.Testing.Cases;
using PolicyKit.Text;

namespace PolicyKit.Testing.Tests.Cases;

public sealed class CaseFileTests
{
    private const string Cases = """
        {
          "catalog": "made-up",
          "asOf": "2023-06-30",
          "cases": [
            {
              "name": "a Laoshan unicorn may receive up to 3 million yuan",
              "profile": { "facts": { "enterprise.district": "370212",
                "enterprise.certifications": [ { "kind": "unicorn", "recognizedOn": "2023-05-10", "expiresOn": null } ] } },
              "expect": { "unicorn": { "verdict": "eligible", "amount": null, "upTo": 3000000, "missing": [] }, "vr-scale": "undetermined" },
              "totals": { "amount": 0, "upTo": 3000000 }
            },
            {
              "name": "a firm of unknown district misses it",
              "asOf": "2023-07-01",
              "profile": { "facts": {} },
              "expect": { "unicorn": { "missing": [ "enterprise.district", "enterprise.certifications" ] } }
            }
          ]
        }
        """;

    private static CaseFile Read(string json, string? name = "cases.json") =>
        CaseJson.Read(json, id => id == "made-up" ? Support.Catalog : null, sourceName: name);

    private static string ErrorOf(string json) => FluentActions.Invoking(() => Read(json)).Should().Throw<CaseFormatException>().Which.Message;

    [Fact]
    public void Read_CaseFile_GivesCasesWithDatesProfilesAndExpectations()
    {
        var file = Read(Cases);

        file.Catalog.Should().BeSameAs(Support.Catalog);
        file.Cases.Select(c => c.Name).Should().Equal("a Laoshan unicorn may receive up to 3 million yuan", "a firm of unknown district misses it");
        file.Cases[0].AsOf.Should().Be(Support.Day, "the file's asOf is the default");
        file.Cases[1].AsOf.Should().Be(new NodaTime.LocalDate(2023, 7, 1));
        var unicorn = file.Cases[0].Expectations[0];
        unicorn.Should().BeEquivalentTo(new { PolicyId = "unicorn", Verdict = ExpectedVerdict.Eligible, ChecksAmount = true, Amount = (decimal?)null, ChecksUpTo = true, UpTo = 3_000_000m });
        unicorn.MissingFacts.Should().NotBeNull().And.BeEmpty();
        file.Cases[0].Expectations[1].Should().BeEquivalentTo(new { PolicyId = "vr-scale", Verdict = ExpectedVerdict.Undetermined, ChecksAmount = false, ChecksUpTo = false, MissingFacts = (object?)null });
        file.Cases[1].Expectations[0].MissingFacts.Should().Equal("enterprise.certifications", "enterprise.district");
    }

    [Fact]
    public void Run_AllExpectationsHold_Passes()
    {
        var run = CaseRunner.Run([Read(Cases)]);

        run.Results.Should().OnlyContain(r => r.Passed);
        run.ToText(Language.En).Should().EndWith("2 passed, 0 failed\n");
    }

    [Fact]
    public void Run_WrongExpectations_ReportsEachWithExpectedActualReasonsAndFacts()
    {
        var wrong = Cases.Replace("\"upTo\": 3000000, \"missing\"", "\"upTo\": 500000, \"missing\"", StringComparison.Ordinal)
            .Replace("\"vr-scale\": \"undetermined\"", "\"vr-scale\": \"ineligible\"", StringComparison.Ordinal)
            .Replace("\"totals\": { \"amount\": 0, \"upTo\": 3000000 }", "\"totals\": { \"amount\": 1, \"upTo\": null }", StringComparison.Ordinal);

        var result = CaseRunner.Run([Read(wrong)]);

        result.Failed.Should().Be(1);
        result.Results[0].Mismatches.Should().Equal(
            new CaseMismatch("unicorn", "upTo", "500000", "3000000"),
            new CaseMismatch("vr-scale", "verdict", "ineligible", "undetermined"),
            new CaseMismatch(null, "totals.amount", "1", "0"),
            new CaseMismatch(null, "totals.upTo", "null", "3000000"));
        var text = result.ToText(Language.En);
        text.Should().StartWith("FAIL cases.json: a Laoshan unicorn may receive up to 3 million yuan (as of 2023-06-30)\n  unicorn 独角兽奖励\n    upTo: expected 500000, actual 3000000\n    reasons:\n      ✓ all of the following: met\n");
        text.Should().Contain("  vr-scale vr-scale\n    verdict: expected ineligible, actual undetermined\n");
        text.Should().Contain("    facts read:\n      enterprise.scale = unknown\n      enterprise.industries = unknown\n");
        text.Should().Contain("  totals\n    totals.amount: expected 1, actual 0\n");
        text.Should().Contain("PASS cases.json: a firm of unknown district misses it");
        text.Should().EndWith("1 passed, 1 failed\n");
        result.ToText(Language.Zh).Should().Contain("upTo: 预期 500000, 实际 3000000").And.Contain("理由：").And.Contain("涉及的事实：");
    }

    [Theory]
    [InlineData("""{ "catalog": "made-up", "asOf": "2023-06-30", "cases": [ { "name": "a", "profile": { "facts": {} }, "expect": {} }, { "name": "a", "profile": { "facts": {} }, "expect": {} } ] }""", "cases.json(1,117): cases[1]: a case named 'a' comes earlier in the file")]
    [InlineData("""{ "catalog": "made-up", "asOf": "2023-06-30", "cases": [ { "name": "a", "profile": { "facts": {} }, "expect": { "unicorn": { "missing": [ "enterprise.district", "enterprise.distrct" ] } } } ] }""", "cases[0].expect.unicorn.missing[1]: unknown fact 'enterprise.distrct'; did you mean 'enterprise.district'?")]
    [InlineData("""{ "catalog": "made-up", "asOf": "2023-06-30", "cases": [ { "name": "a", "profile": { "facts": {} }, "expect": { "unicorn": {} } } ] }""", "cases[0].expect.unicorn: the expectation for unicorn checks nothing")]
    [InlineData("""{ "catalog": "made-up", "asOf": "2023-06-30", "cases": [ { "name": "a", "profile": { "facts": {} }, "expect": { "unicorn": { "verdict": "eligible", "amout": 1 } } } ] }""", "unknown property 'amout' in the expectation for unicorn; expected verdict, amount, upTo or missing.")]
    [InlineData("""{ "catalog": "made-up", "asOf": "2023-06-30", "cases": [ { "name": "a", "profile": { "facts": {} }, "expect": { "unicorn": { "upTo": "lots" } } } ] }""", "cases[0].expect.unicorn.upTo: expected a number, found a string \"lots\".")]
    [InlineData("""{ "catalog": "made-up", "asOf": "2023-06-30", "cases": [] }""", "cases: the file has no cases.")]
    [InlineData("""{ "catalog": "made-up", "asOf": "2023-6-30", "cases": [] }""", "asOf: '2023-6-30' is not a date")]
    [InlineData("""{ "catalog": "made-up", "asOf": "2023-06-30", "cases": [ { "name": " ", "profile": { "facts": {} }, "expect": {} } ] }""", "cases[0].name: the case's name must not be empty.")]
    public void Read_BadCaseFile_NamesFileCaseAndPath(string json, string expected) => ErrorOf(json).Should().Contain(expected).And.StartWith("cases.json");

    [Fact]
    public void CaseSource_FolderOfFiles_GivesOneRowPerCaseAndRunsEachByName()
    {
        var dir = Directory.CreateTempSubdirectory("policykit-cases-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "b.json"), Cases);
            File.WriteAllText(Path.Combine(dir, "a.json"), Cases.Replace("a firm of unknown district misses it", "another name", StringComparison.Ordinal));
            var source = new Testing.Cases.CaseSource(dir, id => id == "made-up" ? Support.Catalog : null);

            source.Names.Select(r => (string)r.Single()).Should().Equal(
                "a.json: a Laoshan unicorn may receive up to 3 million yuan", "a.json: another name",
                "b.json: a Laoshan unicorn may receive up to 3 million yuan", "b.json: a firm of unknown district misses it");
            var run = source.Run("b.json: a firm of unknown district misses it");
            run.Passed.Should().BeTrue(run.ToText(Language.En));
            source.RunAll().Summary.Should().Be("4 passed, 0 failed");
            FluentActions.Invoking(() => source.Run("c.json: nothing")).Should().Throw<KeyNotFoundException>().WithMessage("*no case named 'c.json: nothing'*");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
