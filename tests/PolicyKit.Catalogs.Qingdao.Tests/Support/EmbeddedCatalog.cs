using System.Text.Json;

namespace PolicyKit.Catalogs.Qingdao.Tests.Support;

/// <summary>
/// The embedded catalog and sample profile as raw JSON, read from the shipped assembly's resources with
/// <see cref="JsonDocument"/>: these tests do not need the catalog reader.
/// </summary>
internal static class EmbeddedCatalog
{
    private static readonly Lazy<JsonDocument> _catalog = new(() => Parse("qingdao-reference.json"));

    /// <summary>The catalog's root element.</summary>
    public static JsonElement Root => _catalog.Value.RootElement;

    /// <summary>The catalog's bytes as shipped.</summary>
    public static byte[] Bytes(string fileName)
    {
        using var stream = Open(fileName);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The policies, by id.</summary>
    public static IEnumerable<JsonElement> Policies => Root.GetProperty("policies").EnumerateArray();

    /// <summary>The lists.</summary>
    public static IEnumerable<JsonElement> Lists => Root.GetProperty("lists").EnumerateArray();

    /// <summary>The policy with id <paramref name="id"/>.</summary>
    public static JsonElement Policy(string id) => Policies.Single(p => p.GetProperty("id").GetString() == id);

    /// <summary>The list with id <paramref name="id"/>.</summary>
    public static JsonElement List(string id) => Lists.Single(p => p.GetProperty("id").GetString() == id);

    /// <summary>Every policy id, as theory data.</summary>
    public static TheoryData<string> PolicyIds()
    {
        var data = new TheoryData<string>();
        foreach (var policy in Policies)
        {
            data.Add(policy.GetProperty("id").GetString()!);
        }

        return data;
    }

    private static JsonDocument Parse(string fileName)
    {
        using var stream = Open(fileName);
        return JsonDocument.Parse(stream);
    }

    private static Stream Open(string fileName)
    {
        var assembly = typeof(QingdaoCatalogs).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        name.Should().NotBeNull($"'{fileName}' should be embedded in {assembly.GetName().Name}");
        return assembly.GetManifestResourceStream(name!)!;
    }
}
