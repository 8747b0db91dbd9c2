using System.Text.Json;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>Reads a profile, <c>{ "id"?, "facts": { "&lt;fact id&gt;": value } }</c>, strictly against a schema.</summary>
internal static class ProfileJsonReader
{
    internal static readonly string[] ProfileNames = ["$schema", "id", "facts"];

    public static EnterpriseProfile Read(JsonSource source, CatalogReadOptions options, FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Read(source, JsonTree.Parse(source, options), schema);
    }

    /// <summary>Reads a profile from a node of a larger document (a case file's <c>profile</c>).</summary>
    public static EnterpriseProfile Read(JsonSource source, JsonTree root, FactSchema schema)
    {
        var top = new JsonFields(source, root, "a profile", ProfileNames);
        top.OptionalString("$schema");
        var builder = EnterpriseProfile.CreateBuilder(schema).WithId(top.OptionalString("id"));
        var facts = top.Required("facts");
        if (facts.Kind != JsonValueKind.Object)
        {
            throw source.Fail(facts, $"expected the facts (an object of fact id: value), found {facts.Describe()}.");
        }

        foreach (var property in facts.Properties)
        {
            if (!schema.TryGet(property.Name, out var fact, out _))
            {
                var near = Validation.NearestName.Find(property.Name, schema.Facts.Select(f => f.Id));
                throw source.Fail(JsonTree.Child(facts.Path, property.Name), property.NameOffset,
                    $"unknown fact '{property.Name}'" + (near is null ? "; it is neither a standard fact nor declared by the catalog." : $"; did you mean '{near}'?"));
            }

            var value = FactValueJsonReader.Profile(source, property.Value, fact);
            source.Make(property.Value, () => builder.Set(fact.Id, value));
        }

        return builder.Build();
    }
}
