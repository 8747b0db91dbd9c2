using System.Text.Json.Nodes;

namespace PolicyKit.AspNetCore;

/// <summary>
/// The OpenAPI 3.0 document of the endpoints, written by hand (<c>openapi.json</c>, embedded) so its
/// schemas describe the JSON PolicyKit's writers produce rather than the C# types behind them; the
/// paths are moved under the prefix the host chose.
/// </summary>
internal static class OpenApiDocument
{
    public static byte[] For(string prefix)
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("PolicyKit.AspNetCore.openapi.json")
            ?? throw new InvalidOperationException("the embedded openapi.json is missing.");
        var root = JsonNode.Parse(stream)!.AsObject();
        var paths = root["paths"]!.AsObject();
        var moved = new JsonObject();
        foreach (var (path, item) in paths.ToList())
        {
            paths.Remove(path);
            moved[(prefix == "/" ? "" : prefix) + path] = item;
        }

        root["paths"] = moved;
        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
