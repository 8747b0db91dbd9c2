using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using PolicyKit.Formats;
using PolicyKit.Model;
using PolicyKit.Sources;
using PolicyKit.Validation;

namespace PolicyKit.Testing.Cases;

/// <summary>Reads a case file strictly, failing at the offending value with its path.</summary>
internal static class CaseJsonReader
{
    private static readonly string[] FileNames = ["$schema", "catalog", "asOf", "cases"];
    private static readonly string[] CaseNames = ["name", "asOf", "profile", "expect", "totals"];
    private static readonly string[] ExpectationNames = ["verdict", "amount", "upTo", "missing"];
    private static readonly string[] TotalsNames = ["amount", "upTo"];

    private static readonly (string Name, ExpectedVerdict Value)[] Verdicts =
    [
        ("eligible", ExpectedVerdict.Eligible),
        ("ineligible", ExpectedVerdict.Ineligible),
        ("undetermined", ExpectedVerdict.Undetermined),
        ("not-in-force", ExpectedVerdict.NotInForce),
    ];

    public static CaseFile Read(JsonSource source, CatalogReadOptions options, Func<string?, PolicyCatalog?> catalogFor)
    {
        var root = JsonTree.Parse(source, options);
        var top = new JsonFields(source, root, "a case file", FileNames);
        top.OptionalString("$schema");
        var reference = top.OptionalString("catalog");
        var catalog = catalogFor(reference) ?? throw (reference is null
            ? source.Fail(root, "the case file names no catalog (\"catalog\": an id or a file) and none was given.")
            : source.Fail(top.Required("catalog"), $"'{reference}' is neither a known catalog id nor a catalog file (paths are relative to the case file)."));
        var defaultAsOf = top.OptionalDate("asOf");
        var cases = new List<TestCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in source.Array(top.Required("cases")))
        {
            var c = Case(source, node, catalog, defaultAsOf);
            if (!names.Add(c.Name))
            {
                throw source.Fail(node, $"a case named '{c.Name}' comes earlier in the file; case names must be unique.");
            }

            cases.Add(c);
        }

        return cases.Count == 0
            ? throw source.Fail(top.Required("cases"), "the file has no cases.")
            : new CaseFile(source.Name, catalog, cases);
    }

    private static TestCase Case(JsonSource source, JsonTree node, PolicyCatalog catalog, LocalDate? defaultAsOf)
    {
        var fields = new JsonFields(source, node, "a case", CaseNames);
        var name = fields.RequiredString("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw source.Fail(fields.Required("name"), "the case's name must not be empty.");
        }

        var asOf = fields.OptionalDate("asOf") ?? defaultAsOf
            ?? throw source.Fail(node, $"case '{name}' needs 'asOf' (or the file a default \"asOf\").");
        var profile = ProfileJsonReader.Read(source, fields.Required("profile"), catalog.Schema);
        var expect = fields.Required("expect");
        if (expect.Kind != JsonValueKind.Object)
        {
            throw source.Fail(expect, $"expected the expectations (an object of policy id: expectation), found {expect.Describe()}.");
        }

        var expectations = ImmutableArray.CreateBuilder<PolicyExpectation>();
        foreach (var property in expect.Properties)
        {
            if (catalog.FindPolicy(property.Name) is null)
            {
                var near = NearestName.Find(property.Name, catalog.Policies.Select(p => p.Id));
                throw source.Fail(JsonTree.Child(expect.Path, property.Name), property.NameOffset,
                    $"catalog {catalog.Id} has no policy '{property.Name}'" + (near is null ? "." : $"; did you mean '{near}'?"));
            }

            expectations.Add(Expectation(source, property.Name, property.Value, catalog));
        }

        var totals = fields.Optional("totals") is { } t ? Totals(source, t) : null;
        return source.Make(node, () => new TestCase(name, asOf, profile, expectations.ToImmutable(), totals));
    }

    private static PolicyExpectation Expectation(JsonSource source, string policyId, JsonTree node, PolicyCatalog catalog)
    {
        // A bare verdict is the short form: "laoshan-unicorn-award": "eligible".
        if (node.Kind == JsonValueKind.String)
        {
            return new PolicyExpectation(policyId) { Verdict = source.Name(node, Verdicts) };
        }

        var fields = new JsonFields(source, node, $"the expectation for {policyId}", ExpectationNames);
        if (node.Properties.Count == 0)
        {
            throw source.Fail(node, $"the expectation for {policyId} checks nothing; give verdict, amount, upTo or missing.");
        }

        ImmutableArray<string>? missing = null;
        if (fields.Optional("missing") is { } m)
        {
            var facts = ImmutableArray.CreateBuilder<string>();
            foreach (var item in source.Array(m))
            {
                var id = source.String(item);
                if (!catalog.Schema.TryGet(id, out _, out _))
                {
                    var near = NearestName.Find(id, catalog.Schema.Facts.Select(f => f.Id));
                    throw source.Fail(item, $"unknown fact '{id}'" + (near is null ? "." : $"; did you mean '{near}'?"));
                }

                facts.Add(id);
            }

            missing = [.. facts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }

        return new PolicyExpectation(policyId)
        {
            Verdict = fields.Optional("verdict") is { } v ? source.Name(v, Verdicts) : null,
            ChecksAmount = node.Find("amount") is not null,
            Amount = fields.Optional("amount") is { } a ? source.Number(a) : null,
            ChecksUpTo = node.Find("upTo") is not null,
            UpTo = fields.Optional("upTo") is { } u ? source.Number(u) : null,
            MissingFacts = missing,
        };
    }

    private static ExpectedTotals Totals(JsonSource source, JsonTree node)
    {
        var fields = new JsonFields(source, node, "the expected totals", TotalsNames);
        return new ExpectedTotals
        {
            ChecksAmount = fields.Optional("amount") is not null,
            Amount = fields.Optional("amount") is { } a ? source.Number(a) : 0m,
            ChecksUpTo = node.Find("upTo") is not null,
            UpTo = fields.Optional("upTo") is { } u ? source.Number(u) : null,
        };
    }
}
