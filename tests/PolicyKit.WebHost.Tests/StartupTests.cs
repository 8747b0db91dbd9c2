using PolicyKit.Formats;

namespace PolicyKit.WebHost.Tests;

/// <summary>A host with a bad catalog must fail while starting, with the catalog's own error.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"policykit-bad-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task MalformedCatalogFile_FailsAtStartUp_WithItsLocation()
    {
        await File.WriteAllTextAsync(_file, """{ "id": "broken", "version": 1 }""");

        var start = () => PolicyApi.StartAsync(kit => kit.AddCatalogFile(_file));

        (await start.Should().ThrowAsync<CatalogFormatException>()).Which.Message.Should().Contain(Path.GetFileName(_file));
    }
}
