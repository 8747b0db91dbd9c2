using System.Collections.Immutable;
using System.Text.Json;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Predicates;

namespace PolicyKit.CatalogFiles;

/// <summary>Reads eligibility predicates in catalog JSON (specification §4).</summary>
internal sealed class PredicateJsonReader(JsonSource source, IReadOnlyDictionary<string, FactDefinition> facts)
{
    /// <summary>The predicate forms, for messages.</summary>
    public const string Forms = "all, any, not, always, never, has, or fact with one of eq, ne, lt, le, gt, ge, in, within";

    private static readonly string[] Operators = ["eq", "ne", "lt", "le", "gt", "ge", "in", "within"];
    private static readonly string[] HasNames = ["has", "fact", "recognizedWithin"];

    public Predicate Read(JsonTree node)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            throw source.Fail(node, $"expected a predicate (an object: {Forms}), found {node.Describe()}.");
        }

        if (node.Properties.Count == 0)
        {
            throw source.Fail(node, $"an empty object is not a predicate; expected {Forms}.");
        }

        var first = node.Properties[0].Name;
        if (node.Find("has") is not null)
        {
            return Has(node);
        }

        if (node.Find("fact") is not null)
        {
            return Comparison(node);
        }

        switch (first)
        {
            case "all" or "any":
                Single(node, first);
                var children = source.Array(node.Properties[0].Value);
                var operands = children.Select(Read).ToImmutableArray();
                return first == "all" ? new AllPredicate(operands) : new AnyPredicate(operands);
            case "not":
                Single(node, first);
                return new NotPredicate(Read(node.Properties[0].Value));
            case "always" or "never":
                Single(node, first);
                var flag = node.Properties[0].Value;
                if (flag.Kind != JsonValueKind.True)
                {
                    throw source.Fail(flag, $"write {{ \"{first}\": true }}; found {flag.Describe()}.");
                }

                return first == "always" ? Predicate.Always : Predicate.Never;
            default:
                var property = node.Properties[0];
                throw source.Fail(node.Path, property.NameOffset, $"unknown predicate form '{first}'; expected {Forms}.");
        }
    }

    private void Single(JsonTree node, string form)
    {
        if (node.Properties.Count > 1)
        {
            var extra = node.Properties[1];
            throw source.Fail(node.Path, extra.NameOffset, $"unexpected property '{extra.Name}' beside '{form}'; a predicate object has one form.");
        }
    }

    private HasPredicate Has(JsonTree node)
    {
        var fields = new JsonFields(source, node, "a 'has' predicate", HasNames);
        var kind = fields.RequiredString("has");
        var factId = fields.OptionalString("fact");
        var period = fields.Optional("recognizedWithin") is { } p ? source.Interval(p) : null;
        return source.Make(fields.Required("has"), () => new HasPredicate(kind, period, factId));
    }

    private Predicate Comparison(JsonTree node)
    {
        var factNode = node.Find("fact")!.Value;
        var factId = source.String(factNode);
        if (string.IsNullOrWhiteSpace(factId))
        {
            throw source.Fail(factNode, "the fact id must not be empty.");
        }

        JsonTreeProperty? op = null;
        foreach (var property in node.Properties)
        {
            if (property.Name == "fact")
            {
                continue;
            }

            if (!Operators.Contains(property.Name))
            {
                throw source.Fail(node.Path, property.NameOffset, $"unknown operator '{property.Name}' in a comparison of '{factId}'; expected one of {string.Join(", ", Operators)}.");
            }

            if (op is not null)
            {
                throw source.Fail(node.Path, property.NameOffset, $"a comparison has one operator; found '{op.Name}' and '{property.Name}'. Combine two conditions with all.");
            }

            op = property;
        }

        if (op is null)
        {
            throw source.Fail(node, $"the condition on '{factId}' has no operator; expected one of {string.Join(", ", Operators)}.");
        }

        var value = op.Value;
        switch (op.Name)
        {
            case "in":
                var codes = source.Array(value).Select(source.String).ToImmutableArray();
                return new InPredicate(factId, codes);
            case "within":
                return new WithinPredicate(factId, source.Jurisdiction(value));
            default:
                var comparison = (ComparisonOperator)Array.IndexOf(ComparisonPredicate.OperatorNames, op.Name);
                facts.TryGetValue(factId, out var fact);
                return new ComparisonPredicate(factId, comparison, FactValueJsonReader.Comparison(source, value, fact));
        }
    }
}
