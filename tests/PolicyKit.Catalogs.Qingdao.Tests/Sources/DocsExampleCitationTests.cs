using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyKit.Catalogs.Qingdao.Tests.Support;

namespace PolicyKit.Catalogs.Qingdao.Tests.Sources;

/// <summary>
/// The docs' examples say no more than their sources, as the reference catalog does (<see cref="CitationTests"/>):
/// every citation in <c>docs/examples/*.json</c> and in the <c>```json catalog</c> blocks of <c>docs/*.md</c>
/// quotes its seed document verbatim, and an example item that cites nothing sits in a list marked fictional.
/// </summary>
public sealed partial class DocsExampleCitationTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Sources())
        {
            data.Add(name);
        }

        return data;
    }

    [SeedsTheory]
    [MemberData(nameof(Examples))]
    public void Citation_Quote_AppearsVerbatimInTheCitedDocument(string example)
    {
        using var json = JsonDocument.Parse(Sources().Single(s => s.Name == example).Json);
        foreach (var citation in Citations(json.RootElement))
        {
            var document = citation.GetProperty("document").GetString()!;
            document.Should().MatchRegex(@"^\d{3}_[0-9a-f]{16}\.txt$", $"{example} cites seeds by file name");
            SeedDocuments.ShouldQuote(document, citation.GetProperty("quote").GetString(), $"{example} quotes {document}");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Item_WithoutCitations_IsInAListMarkedFictional(string example)
    {
        using var json = JsonDocument.Parse(Sources().Single(s => s.Name == example).Json);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("policies", out var policies))
        {
            return;
        }

        var lists = root.TryGetProperty("lists", out var l)
            ? l.EnumerateArray().ToDictionary(x => x.GetProperty("id").GetString()!, x => x.GetProperty("title").GetProperty("zh").GetString()!)
            : [];
        foreach (var policy in policies.EnumerateArray())
        {
            if (policy.TryGetProperty("citations", out var cited) && cited.GetArrayLength() > 0)
            {
                continue;
            }

            var list = policy.GetProperty("list").GetString()!;
            lists.GetValueOrDefault(list, "").Should().Contain("虚构", $"item '{policy.GetProperty("id").GetString()}' of {example} cites no source, so its list says it is fictional");
        }
    }

    [Fact]
    public void Examples_AreFound()
    {
        Sources().Should().Contain(s => s.Name == "examples/laoshan-2023.catalog.json");
        Sources().Should().Contain(s => s.Name.StartsWith("catalog-format.md#", StringComparison.Ordinal));
    }

    /// <summary>Every example file and every catalog block of the markdown pages, by name.</summary>
    private static IEnumerable<(string Name, string Json)> Sources()
    {
        var docs = Docs();
        foreach (var file in Directory.GetFiles(Path.Combine(docs, "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            yield return ("examples/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        foreach (var page in Directory.GetFiles(docs, "*.md").Order(StringComparer.Ordinal))
        {
            var blocks = CatalogBlock().Matches(File.ReadAllText(page));
            for (var i = 0; i < blocks.Count; i++)
            {
                yield return ($"{Path.GetFileName(page)}#{i}", blocks[i].Groups[1].Value);
            }
        }
    }

    /// <summary>The elements of every <c>citations</c> array anywhere in <paramref name="element"/>.</summary>
    private static IEnumerable<JsonElement> Citations(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "citations" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var citation in property.Value.EnumerateArray())
                        {
                            yield return citation;
                        }
                    }
                    else
                    {
                        foreach (var nested in Citations(property.Value))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var nested in Citations(item))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }

    /// <summary>The repository's docs folder, found above the test binaries.</summary>
    private static string Docs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "examples");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "docs");
            }
        }

        throw new DirectoryNotFoundException("no docs/examples folder above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"```json catalog\r?\n(.*?)\r?\n```", RegexOptions.Singleline)]
    private static partial Regex CatalogBlock();
}
