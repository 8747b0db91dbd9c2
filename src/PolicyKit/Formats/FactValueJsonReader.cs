using System.Text.Json;
using NodaTime.Text;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Formats;

/// <summary>Reads fact values: strictly for profiles, leniently (by token kind) for catalog comparisons.</summary>
internal static class FactValueJsonReader
{
    /// <summary>
    /// A catalog comparison's constant, parsed by the fact's type when it fits, else by its JSON
    /// token kind (string: text, number: decimal, true/false: bool) so that validation reports
    /// the mismatch (PK4001) or the unknown fact (PK2001) with every other finding.
    /// </summary>
    public static FactValue Comparison(JsonSource source, JsonTree node, FactDefinition? fact)
    {
        if (node.Kind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
        {
            throw source.Fail(node, $"a comparison needs one value (a string, number, true or false), found {node.Describe()}.");
        }

        if (fact is not null && Typed(source, node, fact) is { } typed)
        {
            return typed;
        }

        return node.Kind switch
        {
            JsonValueKind.String => FactValue.Text(node.String!),
            JsonValueKind.Number => FactValue.Decimal(source.Number(node)),
            _ => FactValue.Bool(node.Kind == JsonValueKind.True),
        };
    }

    private static FactValue? Typed(JsonSource source, JsonTree node, FactDefinition fact)
    {
        switch (fact.Type)
        {
            case FactType.Bool when node.Kind is JsonValueKind.True or JsonValueKind.False:
                return FactValue.Bool(node.Kind == JsonValueKind.True);
            case FactType.Integer when node.Kind == JsonValueKind.Number:
                var number = source.Number(node);
                return number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue ? FactValue.Integer((long)number) : null;
            case FactType.Decimal when node.Kind == JsonValueKind.Number:
                return FactValue.Decimal(source.Number(node));
            case FactType.Money when node.Kind == JsonValueKind.Number:
                return FactValue.Money(source.Number(node));
            case FactType.Date when node.Kind == JsonValueKind.String:
                var date = LocalDatePattern.Iso.Parse(node.String!);
                return date.Success && node.String!.Length == 10 ? FactValue.Date(date.Value) : null;
            case FactType.Text when node.Kind == JsonValueKind.String:
                return FactValue.Text(node.String!);
            case FactType.Jurisdiction when node.Kind == JsonValueKind.String:
                return JurisdictionCode.TryParse(node.String, out var code) ? FactValue.Jurisdiction(code) : null;
            case FactType.Code when node.Kind == JsonValueKind.String:
                return FactValue.Code(node.String!);
            default:
                return null;
        }
    }

    /// <summary>A profile's value of <paramref name="fact"/>: exactly its type, codes in its set; null is unknown.</summary>
    public static FactValue Profile(JsonSource source, JsonTree node, FactDefinition fact)
    {
        if (node.Kind == JsonValueKind.Null)
        {
            return FactValue.Unknown;
        }

        var value = fact.Type switch
        {
            FactType.Bool => FactValue.Bool(source.Bool(node)),
            FactType.Integer => FactValue.Integer(source.Integer(node)),
            FactType.Decimal => FactValue.Decimal(source.Number(node)),
            FactType.Money => FactValue.Money(NotNegative(source, node, fact)),
            FactType.Date => FactValue.Date(source.Date(node)),
            FactType.Text => FactValue.Text(source.String(node)),
            FactType.Jurisdiction => FactValue.Jurisdiction(source.Jurisdiction(node)),
            FactType.Code => FactValue.Code(Code(source, node, fact)),
            FactType.CodeSet => FactValue.CodeSet(source.Array(node).Select(item => Code(source, item, fact)).ToList()),
            _ => FactValue.Certifications(source.Array(node).Select(item => Certification(source, item, fact)).ToList()),
        };
        return value;
    }

    private static decimal NotNegative(JsonSource source, JsonTree node, FactDefinition fact)
    {
        var number = source.Number(node);
        return Numbers.Refusal(fact, number) is { } reason ? throw source.Fail(node, reason) : number;
    }

    private static string Code(JsonSource source, JsonTree node, FactDefinition fact)
    {
        var code = source.String(node);
        if (!fact.Accepts(code))
        {
            var expected = fact.IsOpen ? "a code of lower-case letters, digits and hyphens" : "one of " + string.Join(", ", fact.Codes);
            throw source.Fail(node, $"'{code}' is not a code of fact '{fact.Id}'; expected {expected}.");
        }

        return code;
    }

    private static readonly string[] CertificationNames = ["kind", "recognizedOn", "expiresOn"];

    private static Certification Certification(JsonSource source, JsonTree node, FactDefinition fact)
    {
        var fields = new JsonFields(source, node, "a certification", CertificationNames);
        var kindNode = fields.Required("kind");
        var kind = Code(source, kindNode, fact);
        var recognizedOn = source.Date(fields.Required("recognizedOn"));
        var expiresOn = fields.OptionalDate("expiresOn");
        if (expiresOn is { } expires && expires < recognizedOn)
        {
            throw source.Fail(fields.Required("expiresOn"), $"the certification expires ({LocalDatePattern.Iso.Format(expires)}) before it is recognised ({LocalDatePattern.Iso.Format(recognizedOn)}).");
        }

        return new Certification(kind, recognizedOn, expiresOn);
    }
}
