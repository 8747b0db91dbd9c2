using System.Text.Json;
using PolicyKit.Profiles;

namespace PolicyKit.Canonical;

/// <summary>
/// Writes a profile as <c>{ "id", "facts": { ... } }</c> (specification §4), facts sorted by id so
/// that the output is canonical.
/// </summary>
internal static class ProfileJsonWriter
{
    public static void Write(Utf8JsonWriter w, EnterpriseProfile profile, bool includeId)
    {
        w.WriteStartObject();
        if (includeId && profile.Id is not null)
        {
            w.WriteString("id", profile.Id);
        }

        w.WriteStartObject("facts");
        foreach (var (fact, value) in profile.KnownFacts.OrderBy(p => p.Key.Id, StringComparer.Ordinal))
        {
            w.WritePropertyName(fact.Id);
            w.WriteFactValue(value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
