// ============================================================================================
// TEMPORARY FILE: DELETE IT when PolicyKit.Serialization.CatalogJson and ProfileJson land in
// src/PolicyKit (the strict reader being written in another worktree). Delete as well the
// conditional <Compile Remove> ItemGroup in PolicyKit.Catalogs.Qingdao.csproj.
//
// It exists only so that QingdaoCatalogs, which is written against the public reader's API
// (CatalogJson.Read(stream, sourceName: ...), ProfileJson.Read(stream, schema)), compiles and its
// tests run today. It is internal, reads only the catalog format CatalogJsonWriter writes, and is
// not the reader of record: no diagnostics with line numbers, no schema checks beyond what this
// catalog needs. When the real reader lands, the compiler reports CS0436 for these two classes
// unless the csproj condition has already dropped this file.
// ============================================================================================
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PolicyKit.Awards;
using PolicyKit.Classifications;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Text;

namespace PolicyKit.Serialization;

/// <summary>TEMPORARY stand-in for the public catalog reader; see the file header.</summary>
internal static class CatalogJson
{
    /// <summary>Reads a catalog written in the JSON of DESIGN §4.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a catalog this shim understands.</exception>
    public static PolicyCatalog Read(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var source = sourceName ?? "catalog";
        using var document = ShimJson.Parse(stream, source);
        var root = document.RootElement;
        var r = new ShimJson(source);
        var builder = PolicyCatalog.CreateBuilder(r.String(root, "id", "$"), r.String(root, "version", "$"));
        var facts = new List<FactDefinition>();
        foreach (var (fact, i) in r.Array(root, "facts", "$").Select((f, i) => (f, i)))
        {
            facts.Add(r.Fact(fact, $"$.facts[{i}]"));
        }

        facts.ForEach(f => builder.AddFact(f));
        var schema = FactSchema.Create(facts);
        foreach (var (list, i) in r.Array(root, "lists", "$").Select((l, i) => (l, i)))
        {
            builder.AddList(r.List(list, $"$.lists[{i}]"));
        }

        foreach (var (policy, i) in r.Array(root, "policies", "$").Select((p, i) => (p, i)))
        {
            builder.AddPolicy(r.Policy(policy, schema, $"$.policies[{i}]"));
        }

        foreach (var (modifier, i) in r.Array(root, "modifiers", "$").Select((m, i) => (m, i)))
        {
            var at = $"$.modifiers[{i}]";
            var ratios = r.Object(modifier, "ratios", at).EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetDecimal()));
            builder.AddModifier(new PayoutModifier(
                r.String(modifier, "id", at),
                r.Jurisdiction(modifier, "jurisdiction", at),
                r.FundingKind(modifier, at),
                r.String(modifier, "fact", at),
                ratios));
        }

        foreach (var (classification, i) in r.Array(root, "classifications", "$").Select((c, i) => (c, i)))
        {
            var at = $"$.classifications[{i}]";
            var tiers = r.Array(classification, "tiers", at).Select((t, j) =>
            {
                var inclusive = t.TryGetProperty("ge", out var ge);
                var threshold = inclusive ? ge : t.TryGetProperty("gt", out var gt) ? gt : throw r.Error($"{at}.tiers[{j}]", "a tier needs 'gt' or 'ge'");
                return new ClassificationTier(r.String(t, "id", $"{at}.tiers[{j}]"), r.Text(t, "title", $"{at}.tiers[{j}]")!, threshold.GetDecimal(), inclusive);
            });
            builder.AddClassification(new Classification(r.String(classification, "id", at), r.Text(classification, "title", at)!, r.String(classification, "fact", at), tiers));
        }

        return builder.Build();
    }
}

/// <summary>TEMPORARY stand-in for the public profile reader; see the file header.</summary>
internal static class ProfileJson
{
    /// <summary>Reads a profile <c>{ "id", "facts": { ... } }</c> over <paramref name="schema"/>.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a profile of <paramref name="schema"/>.</exception>
    public static EnterpriseProfile Read(Stream stream, FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(schema);
        const string Source = "profile";
        using var document = ShimJson.Parse(stream, Source);
        var root = document.RootElement;
        var r = new ShimJson(Source);
        var builder = EnterpriseProfile.CreateBuilder(schema);
        if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            builder.WithId(id.GetString());
        }

        foreach (var property in r.Object(root, "facts", "$").EnumerateObject())
        {
            var at = $"$.facts['{property.Name}']";
            if (!schema.TryGet(property.Name, out var fact, out _))
            {
                throw r.Error(at, $"unknown fact '{property.Name}'");
            }

            builder.Set(fact.Id, property.Value.ValueKind == JsonValueKind.Null ? FactValue.Unknown : r.Value(fact, property.Value, at));
        }

        return builder.Build();
    }
}

/// <summary>The shared parsing of the temporary shim.</summary>
internal sealed class ShimJson(string source)
{
    private static readonly string[] Operators = ["eq", "ne", "lt", "le", "gt", "ge"];

    public static JsonDocument Parse(Stream stream, string source)
    {
        try
        {
            return JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid JSON ({e.Message}).", e);
        }
    }

    public InvalidDataException Error(string path, string message) => new($"{source}: {path}: {message}.");

    public JsonElement Required(JsonElement element, string name, string at) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : throw Error(at, $"missing '{name}'");

    public string String(JsonElement element, string name, string at)
    {
        var value = Required(element, name, at);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error($"{at}.{name}", "expected a string");
    }

    public string? OptionalString(JsonElement element, string name, string at)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error($"{at}.{name}", "expected a string or null");
    }

    public JsonElement Object(JsonElement element, string name, string at)
    {
        var value = Required(element, name, at);
        return value.ValueKind == JsonValueKind.Object ? value : throw Error($"{at}.{name}", "expected an object");
    }

    public IEnumerable<JsonElement> Array(JsonElement element, string name, string at)
    {
        var value = Required(element, name, at);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Error($"{at}.{name}", "expected an array");
    }

    public LocalizedText? Text(JsonElement element, string name, string at)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return new LocalizedText(String(value, "zh", $"{at}.{name}"), OptionalString(value, "en", $"{at}.{name}"));
    }

    public LocalDate Date(JsonElement value, string at)
    {
        var result = value.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(value.GetString()!) : null;
        return result is { Success: true } ? result.Value : throw Error(at, "expected a date yyyy-MM-dd");
    }

    public LocalDate? OptionalDate(JsonElement element, string name, string at) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Date(value, $"{at}.{name}") : null;

    public JurisdictionCode Jurisdiction(JsonElement element, string name, string at) =>
        JurisdictionCode.TryParse(String(element, name, at), out var code) ? code : throw Error($"{at}.{name}", "expected a six-digit division code");

    public FundingKind FundingKind(JsonElement element, string at) => String(element, "fundingKind", at) switch
    {
        "non-investment" => Model.FundingKind.NonInvestment,
        "investment" => Model.FundingKind.Investment,
        var other => throw Error($"{at}.fundingKind", $"unknown funding kind '{other}'"),
    };

    public Validity Validity(JsonElement element, string name, string at)
    {
        var value = Object(element, name, at);
        return new Validity(OptionalDate(value, "start", $"{at}.{name}"), OptionalDate(value, "end", $"{at}.{name}"));
    }

    public FactDefinition Fact(JsonElement element, string at)
    {
        var type = String(element, "type", at) switch
        {
            "bool" => FactType.Bool,
            "integer" => FactType.Integer,
            "decimal" => FactType.Decimal,
            "money" => FactType.Money,
            "date" => FactType.Date,
            "text" => FactType.Text,
            "jurisdiction" => FactType.Jurisdiction,
            "code" => FactType.Code,
            "codeSet" => FactType.CodeSet,
            "certifications" => FactType.Certifications,
            var other => throw Error($"{at}.type", $"unknown fact type '{other}'"),
        };
        var codes = element.TryGetProperty("codes", out var c) ? c.EnumerateArray().Select(x => x.GetString()!).ToList() : null;
        var open = element.TryGetProperty("open", out var o) && o.GetBoolean();
        return new FactDefinition(String(element, "id", at), type, Text(element, "label", at) ?? throw Error(at, "missing 'label'"), OptionalString(element, "unit", at), codes, open);
    }

    public PolicyList List(JsonElement element, string at) => new()
    {
        Id = String(element, "id", at),
        Title = Text(element, "title", at) ?? throw Error(at, "missing 'title'"),
        Jurisdiction = Jurisdiction(element, "jurisdiction", at),
        Issuer = Text(element, "issuer", at),
        PublishedOn = OptionalDate(element, "publishedOn", at),
        Validity = Validity(element, "validity", at),
        Predecessor = OptionalString(element, "predecessor", at),
        DeclaredItems = element.TryGetProperty("declaredItems", out var n) ? n.GetInt32() : null,
        Sections = [.. Array(element, "sections", at).Select((s, i) => Section(s, $"{at}.sections[{i}]"))],
    };

    private PolicySection Section(JsonElement element, string at) => new()
    {
        Id = String(element, "id", at),
        Kind = String(element, "kind", at) switch
        {
            "new" => SectionKind.New,
            "continued" => SectionKind.Continued,
            var other => throw Error($"{at}.kind", $"unknown section kind '{other}'"),
        },
        Title = Text(element, "title", at),
        DeclaredItems = element.TryGetProperty("declaredItems", out var n) ? n.GetInt32() : null,
        DeclaredThemes = element.TryGetProperty("declaredThemes", out var t) ? t.GetInt32() : null,
        Themes = [.. Array(element, "themes", at).Select((t, i) => new Theme(String(t, "id", $"{at}.themes[{i}]"), Text(t, "title", $"{at}.themes[{i}]")!))],
    };

    public Policy Policy(JsonElement element, FactSchema schema, string at)
    {
        var stacking = Object(element, "stacking", at);
        return new()
        {
            Id = String(element, "id", at),
            List = String(element, "list", at),
            Section = OptionalString(element, "section", at),
            Theme = OptionalString(element, "theme", at),
            Title = Text(element, "title", at) ?? throw Error(at, "missing 'title'"),
            Status = String(element, "status", at) switch
            {
                "new" => PolicyStatus.New,
                "continued" => PolicyStatus.Continued,
                var other => throw Error($"{at}.status", $"unknown status '{other}'"),
            },
            Continues = OptionalString(element, "continues", at),
            Level = String(element, "level", at) switch
            {
                "national" => JurisdictionLevel.National,
                "provincial" => JurisdictionLevel.Provincial,
                "municipal" => JurisdictionLevel.Municipal,
                "district" => JurisdictionLevel.District,
                "street" => JurisdictionLevel.Street,
                var other => throw Error($"{at}.level", $"unknown level '{other}'"),
            },
            Enhances = OptionalString(element, "enhances", at),
            Department = Text(element, "department", at),
            Validity = element.TryGetProperty("validity", out _) ? Validity(element, "validity", at) : null,
            Eligibility = Predicate(Object(element, "eligibility", at), schema, $"{at}.eligibility"),
            Award = Award(Object(element, "award", at), $"{at}.award"),
            FundingKind = FundingKind(element, at),
            Stacking = new Stacking(OptionalString(stacking, "stacksOn", $"{at}.stacking"), OptionalString(stacking, "exclusiveGroup", $"{at}.stacking")),
            Citations = [.. Array(element, "citations", at).Select((c, i) => new Citation(String(c, "document", $"{at}.citations[{i}]"), String(c, "quote", $"{at}.citations[{i}]")))],
            Note = Text(element, "note", at),
        };
    }

    private Predicate Predicate(JsonElement element, FactSchema schema, string at)
    {
        if (element.TryGetProperty("all", out var all))
        {
            return new AllPredicate([.. all.EnumerateArray().Select((c, i) => Predicate(c, schema, $"{at}.all[{i}]"))]);
        }

        if (element.TryGetProperty("any", out var any))
        {
            return new AnyPredicate([.. any.EnumerateArray().Select((c, i) => Predicate(c, schema, $"{at}.any[{i}]"))]);
        }

        if (element.TryGetProperty("not", out var not))
        {
            return Predicates.Predicate.Not(Predicate(not, schema, $"{at}.not"));
        }

        if (element.TryGetProperty("always", out _))
        {
            return Predicates.Predicate.Always;
        }

        if (element.TryGetProperty("never", out _))
        {
            return Predicates.Predicate.Never;
        }

        if (element.TryGetProperty("has", out var has))
        {
            DateInterval? within = null;
            if (element.TryGetProperty("recognizedWithin", out var period))
            {
                within = new DateInterval(Date(Required(period, "start", at), $"{at}.recognizedWithin.start"), Date(Required(period, "end", at), $"{at}.recognizedWithin.end"));
            }

            return new HasPredicate(has.GetString()!, within, OptionalString(element, "fact", at));
        }

        var factId = String(element, "fact", at);
        if (!schema.TryGet(factId, out var fact, out _))
        {
            throw Error($"{at}.fact", $"unknown fact '{factId}'");
        }

        if (element.TryGetProperty("in", out var codes))
        {
            return Predicates.Predicate.In(factId, [.. codes.EnumerateArray().Select(c => c.GetString()!)]);
        }

        if (element.TryGetProperty("within", out _))
        {
            return Predicates.Predicate.Within(factId, Jurisdiction(element, "within", at));
        }

        for (var i = 0; i < Operators.Length; i++)
        {
            if (element.TryGetProperty(Operators[i], out var value))
            {
                return Predicates.Predicate.Compare(factId, (ComparisonOperator)i, Value(fact, value, $"{at}.{Operators[i]}"));
            }
        }

        throw Error(at, "expected a predicate");
    }

    private AwardRule Award(JsonElement element, string at)
    {
        if (element.TryGetProperty("none", out _))
        {
            return AwardRule.None;
        }

        if (element.TryGetProperty("fixed", out var fixedAmount))
        {
            return AwardRule.Fixed(fixedAmount.GetDecimal());
        }

        if (element.TryGetProperty("upTo", out var cap))
        {
            return AwardRule.UpTo(cap.GetDecimal());
        }

        if (element.TryGetProperty("rate", out var rate))
        {
            return AwardRule.Rate(rate.GetDecimal(), String(element, "of", at), element.TryGetProperty("cap", out var c) ? c.GetDecimal() : null);
        }

        if (element.TryGetProperty("capped", out var inner))
        {
            return AwardRule.Capped(Award(inner, $"{at}.capped"), Required(element, "cap", at).GetDecimal());
        }

        if (element.TryGetProperty("tiers", out var tiers))
        {
            var bands = Array(tiers, "bands", $"{at}.tiers").Select(b => new TierBand(Required(b, "from", at).GetDecimal(), Required(b, "amount", at).GetDecimal()));
            return AwardRule.Tiers(String(tiers, "fact", $"{at}.tiers"), [.. bands]);
        }

        if (element.TryGetProperty("taxReduction", out var tax))
        {
            return AwardRule.TaxReduction(String(tax, "tax", $"{at}.taxReduction"), Required(tax, "share", $"{at}.taxReduction").GetDecimal(), OptionalString(tax, "of", $"{at}.taxReduction"));
        }

        throw Error(at, "expected an award rule");
    }

    public FactValue Value(FactDefinition fact, JsonElement value, string at) => fact.Type switch
    {
        FactType.Bool => FactValue.Bool(value.GetBoolean()),
        FactType.Integer => FactValue.Integer(value.GetInt64()),
        FactType.Decimal => FactValue.Decimal(value.GetDecimal()),
        FactType.Money => FactValue.Money(value.GetDecimal()),
        FactType.Date => FactValue.Date(Date(value, at)),
        FactType.Text => FactValue.Text(value.GetString()!),
        FactType.Jurisdiction => FactValue.Jurisdiction(JurisdictionCode.TryParse(value.GetString(), out var code) ? code : throw Error(at, "expected a division code")),
        FactType.Code => FactValue.Code(value.GetString()!),
        FactType.CodeSet => FactValue.CodeSet([.. value.EnumerateArray().Select(c => c.GetString()!)]),
        FactType.Certifications => FactValue.Certifications([.. value.EnumerateArray().Select((c, i) => new Certification(
            String(c, "kind", $"{at}[{i}]"),
            Date(Required(c, "recognizedOn", $"{at}[{i}]"), $"{at}[{i}].recognizedOn"),
            OptionalDate(c, "expiresOn", $"{at}[{i}]")))]),
        _ => throw Error(at, string.Create(CultureInfo.InvariantCulture, $"unsupported fact type {fact.Type}")),
    };
}
