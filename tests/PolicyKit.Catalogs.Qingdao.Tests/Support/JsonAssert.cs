using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyKit.Catalogs.Qingdao.Tests.Support;

/// <summary>Compares JSON by meaning (property order and layout ignored, numbers by value).</summary>
internal static class JsonAssert
{
    public static void Equivalent(JsonElement actual, string expected, string because = "")
    {
        var actualNode = JsonNode.Parse(actual.GetRawText());
        var expectedNode = JsonNode.Parse(expected);
        JsonNode.DeepEquals(actualNode, expectedNode).Should().BeTrue($"{actual.GetRawText()} should equal {expected} {because}");
    }
}
