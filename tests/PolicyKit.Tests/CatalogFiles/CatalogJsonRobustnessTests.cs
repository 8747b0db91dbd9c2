using System.Text;
using PolicyKit.CatalogFiles;
using PolicyKit.Formats;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.CatalogFiles;

/// <summary>Damaged input never escapes as another exception type and never half-loads.</summary>
public class CatalogJsonRobustnessTests
{
    private static readonly byte[] Example = File.ReadAllBytes(Path.Combine(Repository.Root, "docs", "examples", "laoshan-2023.catalog.json"));

    private static Exception? Outcome(byte[] bytes)
    {
        try
        {
            CatalogJson.Read(new MemoryStream(bytes)).Id.Should().NotBeEmpty();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [Fact]
    public void Read_EveryTruncation_ThrowsOnlyCatalogFormatException()
    {
        var others = new List<string>();
        var failures = 0;
        for (var length = 0; length < Example.Length; length += 3)
        {
            var e = Outcome(Example[..length]);
            failures += e is null ? 0 : 1;
            if (e is not null and not CatalogFormatException)
            {
                others.Add($"{length}: {e.GetType().Name}: {e.Message}");
            }
        }

        others.Should().BeEmpty();
        failures.Should().BeGreaterThan(Example.Length / 3 - 2, "a truncated catalog is never read");
    }

    [Fact]
    public void Read_SingleByteDamage_ThrowsOnlyCatalogFormatExceptionOrReads()
    {
        var others = new List<string>();
        foreach (var replacement in "\"}]1x-,:".Select(c => (byte)c))
        {
            for (var i = 0; i < Example.Length; i += 5)
            {
                var damaged = (byte[])Example.Clone();
                damaged[i] = replacement;
                if (Outcome(damaged) is { } e and not CatalogFormatException)
                {
                    others.Add($"{i}={(char)replacement}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        others.Should().BeEmpty();
    }

    [Fact]
    public void Read_InvalidUtf8InString_ThrowsCatalogFormatException()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "id": "m?", "version": "1" }""");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        Outcome(bytes).Should().BeOfType<CatalogFormatException>();
    }
}
