using PolicyKit.Testing.Cases;
using PolicyKit.Text;
using Xunit.Sdk;

namespace PolicyKit.Testing.FluentAssertions.Tests;

public sealed class CaseResultAssertionsTests
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
            }
          ]
        }
        """;

    private static CaseFile Read(string json) => CaseJson.Read(json, id => id == "made-up" ? Support.Catalog : null, sourceName: "cases.json");

    [Fact]
    public void Pass_PassingCase_Passes()
    {
        var file = Read(Cases);

        CaseRunner.Run(file, file.Cases[0]).Should().Pass();
    }

    [Fact]
    public void Pass_FailingCase_FailsWithTheCaseText()
    {
        var wrong = Read(Cases.Replace("\"vr-scale\": \"undetermined\"", "\"vr-scale\": \"not-in-force\"", StringComparison.Ordinal));
        var result = CaseRunner.Run(wrong, wrong.Cases[0]);

        var message = FluentActions.Invoking(() => result.Should(Language.En).Pass()).Should().Throw<XunitException>().Which.Message;

        message.Should().StartWith("Expected the case to pass, but it did not:\nFAIL cases.json: a Laoshan unicorn");
        message.Should().Contain("verdict: expected not-in-force, actual undetermined").And.Contain("? Industries must include virtual reality (not given): unknown");
    }
}
