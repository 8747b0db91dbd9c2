using System.Text.Json;
using PolicyKit.Catalogs.Qingdao.Tests.Support;

namespace PolicyKit.Catalogs.Qingdao.Tests.Sources;

/// <summary>
/// Every item of the embedded catalog cites its sources verbatim, and every figure it uses is written in
/// a cited quote. Reads the JSON with <see cref="JsonDocument"/>: no catalog reader needed.
/// </summary>
public sealed class CitationTests
{
    public static TheoryData<string> PolicyIds => EmbeddedCatalog.PolicyIds();

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void Policy_Always_HasCitationsAndABilingualNote(string policyId)
    {
        var policy = EmbeddedCatalog.Policy(policyId);

        policy.GetProperty("citations").GetArrayLength().Should().BeGreaterThan(0, "every item cites at least one source document");
        var note = policy.GetProperty("note");
        note.GetProperty("zh").GetString().Should().Contain("未载明", "the note says what the documents leave open");
        note.GetProperty("en").GetString().Should().Contain("Not stated");
    }

    [SeedsTheory]
    [MemberData(nameof(PolicyIds))]
    public void Citation_Quote_AppearsVerbatimInTheCitedDocument(string policyId)
    {
        foreach (var citation in EmbeddedCatalog.Policy(policyId).GetProperty("citations").EnumerateArray())
        {
            var document = citation.GetProperty("document").GetString()!;
            SeedDocuments.ShouldQuote(document, citation.GetProperty("quote").GetString(), $"policy '{policyId}' quotes {document}");
        }
    }

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void Citation_Document_IsASeedFileName(string policyId)
    {
        foreach (var citation in EmbeddedCatalog.Policy(policyId).GetProperty("citations").EnumerateArray())
        {
            citation.GetProperty("document").GetString().Should().MatchRegex(@"^\d{3}_[0-9a-f]{16}\.txt$");
        }
    }

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void Figures_InAwardAndEligibility_AreWrittenInACitedQuote(string policyId)
    {
        var policy = EmbeddedCatalog.Policy(policyId);
        var quotes = policy.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("quote").GetString()!).ToList();
        var figures = Numbers(policy.GetProperty("award")).Concat(Numbers(policy.GetProperty("eligibility"))).ToList();

        foreach (var figure in figures)
        {
            var forms = WrittenForms.Any(figure).ToList();
            quotes.Should().Contain(q => forms.Any(f => q.Contains(f, StringComparison.Ordinal)),
                $"the figure {figure} of policy '{policyId}' should be written (as one of {string.Join(", ", forms)}) in a cited quote");
        }
    }

    [Fact]
    public void Figures_OfTheCatalog_AreThoseTheDocumentsState()
    {
        var awards = EmbeddedCatalog.Policies.ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("award"));

        JsonAssert.Equivalent(awards["laoshan-2023-green-base"], """{ "upTo": 500000 }""");
        JsonAssert.Equivalent(awards["laoshan-unicorn-award"], """{ "upTo": 3000000 }""");
        JsonAssert.Equivalent(awards["laoshan-culture-tourism-award"], """{ "upTo": 10000000 }""");
        JsonAssert.Equivalent(awards["qingdao-2023-six-taxes-two-fees"], """{ "taxReduction": { "tax": "resource-tax", "share": 0.5 } }""");
        JsonAssert.Equivalent(awards["qingdao-culture-tourism-award"], """{ "unstated": true }""", "the city's award is money whose amount is not stated");
        JsonAssert.Equivalent(awards["laoshan-industry-upstairs-combined-park"], """{ "none": true }""", "no amount is stated");
        JsonAssert.Equivalent(awards["laoshan-doubling-plan-candidate"], """{ "candidacy": true }""", "a selection of 10 or more firms: a candidacy, no amount stated");
    }

    private static IEnumerable<decimal> Numbers(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                yield return element.GetDecimal();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var n in Numbers(property.Value))
                    {
                        yield return n;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var n in Numbers(item))
                    {
                        yield return n;
                    }
                }

                break;
        }
    }
}
