using System.Collections.Immutable;
using System.Text.Json;
using PolicyKit.Awards;
using PolicyKit.Canonical;
using PolicyKit.Classifications;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Text;

namespace PolicyKit.CatalogFiles;

/// <summary>
/// Turns a parsed catalog document into a <see cref="PolicyCatalog"/>. Facts are read first, so
/// that comparison values are parsed by their fact's declared type wherever the facts array
/// stands in the file.
/// </summary>
internal sealed class CatalogJsonReader
{
    internal static readonly string[] CatalogNames = ["$schema", "id", "version", "title", "facts", "lists", "policies", "modifiers", "classifications"];
    internal static readonly string[] FactNames = ["id", "type", "unit", "label", "codes", "open", "openCondition"];
    internal static readonly string[] CodeNames = ["code", "label"];
    internal static readonly string[] ListNames = ["id", "title", "jurisdiction", "issuer", "publishedOn", "validity", "predecessor", "declaredItems", "sections", "note"];
    internal static readonly string[] SectionNames = ["id", "kind", "title", "declaredItems", "declaredThemes", "themes"];
    internal static readonly string[] ThemeNames = ["id", "title"];
    internal static readonly string[] ValidityNames = ["start", "end"];
    internal static readonly string[] PolicyNames =
        ["id", "list", "section", "theme", "title", "status", "continues", "level", "enhances", "department", "validity", "eligibility", "award", "fundingKind", "stacking", "citations", "note", "guide"];

    internal static readonly string[] GuideNames =
        ["windows", "yearRound", "materials", "phone", "method", "address", "payoutTime", "documentNumber", "link", "withoutApplication"];

    internal static readonly string[] StackingNames = ["exclusiveGroup", "stacksOn"];
    internal static readonly string[] CitationNames = ["document", "quote"];
    internal static readonly string[] ModifierNames = ["id", "jurisdiction", "fundingKind", "fact", "ratios"];
    internal static readonly string[] ClassificationNames = ["id", "title", "fact", "tiers"];
    internal static readonly string[] TierNames = ["id", "title", "ge", "gt"];

    private readonly JsonSource _source;
    private readonly Dictionary<string, FactDefinition> _facts = new(StringComparer.Ordinal);

    private CatalogJsonReader(JsonSource source)
    {
        _source = source;
        foreach (var fact in StandardFacts.Definitions)
        {
            _facts[fact.Id] = fact;
        }
    }

    public static PolicyCatalog Read(JsonSource source, CatalogReadOptions options) =>
        new CatalogJsonReader(source).Read(JsonTree.Parse(source, options));

    private PolicyCatalog Read(JsonTree root)
    {
        var top = new JsonFields(_source, root, "a catalog", CatalogNames);
        top.OptionalString("$schema");
        var id = top.RequiredString("id");
        var version = top.RequiredString("version");
        var builder = _source.Make(top.Required(string.IsNullOrWhiteSpace(id) ? "id" : "version"), () => PolicyCatalog.CreateBuilder(id, version));
        builder.Title = top.OptionalText("title");

        foreach (var node in top.OptionalArray("facts"))
        {
            var fact = Fact(node);
            _facts.TryAdd(fact.Id, fact); // a repeated id is reported by validation (PK2012)
            builder.AddFact(fact);
        }

        foreach (var node in top.OptionalArray("lists"))
        {
            builder.AddList(List(node));
        }

        var predicates = new PredicateJsonReader(_source, _facts);
        var awards = new AwardJsonReader(_source);
        foreach (var node in top.OptionalArray("policies"))
        {
            builder.AddPolicy(Policy(node, predicates, awards));
        }

        foreach (var node in top.OptionalArray("modifiers"))
        {
            builder.AddModifier(Modifier(node));
        }

        foreach (var node in top.OptionalArray("classifications"))
        {
            builder.AddClassification(Classification(node));
        }

        return builder.Build();
    }

    private FactDefinition Fact(JsonTree node)
    {
        var f = new JsonFields(_source, node, "a fact declaration", FactNames);
        var id = f.RequiredString("id");
        var type = f.RequiredName("type", JsonNames.FactTypes);
        var unit = f.OptionalString("unit");
        var label = f.RequiredText("label");
        var codes = new List<string>();
        var labels = ImmutableDictionary.CreateBuilder<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var item in f.OptionalArray("codes"))
        {
            // A code is a string, or { "code", "label" } to give it a label (specification §4).
            if (item.Kind != JsonValueKind.Object)
            {
                codes.Add(_source.String(item));
                continue;
            }

            var c = new JsonFields(_source, item, "a labelled code", CodeNames);
            var code = c.RequiredString("code");
            if (labels.ContainsKey(code))
            {
                throw _source.Fail(item, $"code '{code}' of fact '{id}' is labelled twice.");
            }

            codes.Add(code);
            labels.Add(code, c.RequiredText("label"));
        }

        var open = f.OptionalBool("open") ?? false;
        var openCondition = f.OptionalBool("openCondition") ?? false;
        if (!FactDefinition.HasCodes(type) && (f.Optional("codes") is not null || f.Optional("open") is not null))
        {
            throw _source.Fail(f.Optional("codes") ?? f.Optional("open")!, $"fact '{id}' is of type {JsonNames.Of(type)}; only code, codeSet and certifications facts have codes.");
        }

        return _source.Make(f.Required("id"), () => new FactDefinition(id, type, label, unit, codes, open) { IsOpenCondition = openCondition, CodeLabels = labels.ToImmutable() });
    }

    private PolicyList List(JsonTree node)
    {
        var f = new JsonFields(_source, node, "a list", ListNames);
        return new PolicyList
        {
            Id = f.RequiredString("id"),
            Title = f.RequiredText("title"),
            Jurisdiction = _source.Jurisdiction(f.Required("jurisdiction")),
            Issuer = f.OptionalText("issuer"),
            PublishedOn = f.OptionalDate("publishedOn"),
            Validity = Validity(f.Optional("validity")) ?? Model.Validity.Always,
            Predecessor = f.OptionalString("predecessor"),
            DeclaredItems = f.OptionalCount("declaredItems"),
            Sections = [.. f.OptionalArray("sections").Select(Section)],
            Note = f.OptionalText("note"),
        };
    }

    private PolicySection Section(JsonTree node)
    {
        var f = new JsonFields(_source, node, "a section", SectionNames);
        return new PolicySection
        {
            Id = f.RequiredString("id"),
            Kind = f.RequiredName("kind", JsonNames.SectionKinds),
            Title = f.OptionalText("title"),
            DeclaredItems = f.OptionalCount("declaredItems"),
            DeclaredThemes = f.OptionalCount("declaredThemes"),
            Themes = [.. f.OptionalArray("themes").Select(t =>
            {
                var theme = new JsonFields(_source, t, "a theme", ThemeNames);
                return new Theme(theme.RequiredString("id"), theme.RequiredText("title"));
            })],
        };
    }

    private Validity? Validity(JsonTree? node)
    {
        if (node is null)
        {
            return null;
        }

        var f = new JsonFields(_source, node, "a validity ({ \"start\", \"end\" })", ValidityNames);
        var start = f.OptionalDate("start");
        var end = f.OptionalDate("end");
        return _source.Make(f.Optional("end") ?? node, () => new Validity(start, end));
    }

    private Policy Policy(JsonTree node, PredicateJsonReader predicates, AwardJsonReader awards)
    {
        var f = new JsonFields(_source, node, "a policy", PolicyNames);
        return new Policy
        {
            Id = f.RequiredString("id"),
            List = f.RequiredString("list"),
            Section = f.OptionalString("section"),
            Theme = f.OptionalString("theme"),
            Title = f.RequiredText("title"),
            Status = f.OptionalName("status", PolicyStatus.New, JsonNames.Statuses),
            Continues = f.OptionalString("continues"),
            Level = f.OptionalName("level", Jurisdictions.JurisdictionLevel.District, JsonNames.Levels),
            Enhances = f.OptionalString("enhances"),
            Department = f.OptionalText("department"),
            Validity = Validity(f.Optional("validity")),
            Eligibility = predicates.Read(f.Required("eligibility")),
            Award = awards.Read(f.Required("award")),
            FundingKind = f.OptionalName("fundingKind", FundingKind.NonInvestment, JsonNames.FundingKinds),
            Stacking = Stacking(f.Optional("stacking")),
            Citations = [.. f.OptionalArray("citations").Select(c =>
            {
                var citation = new JsonFields(_source, c, "a citation", CitationNames);
                var document = citation.RequiredString("document");
                var quote = citation.RequiredString("quote");
                return _source.Make(citation.Required("document"), () => new Citation(document, quote));
            })],
            Note = f.OptionalText("note"),
            Guide = Guide(f.Optional("guide")),
        };
    }

    /// <summary>An application guide; <see langword="null"/> when absent or when it states nothing.</summary>
    private ApplicationGuide? Guide(JsonTree? node)
    {
        if (node is null)
        {
            return null;
        }

        var f = new JsonFields(_source, node, "an application guide", GuideNames);
        var windows = f.OptionalArray("windows").Select(w =>
        {
            var window = Validity(w)!.Value;
            return window == Model.Validity.Always
                ? throw _source.Fail(w, "an application window states its start, its end or both; for applications accepted all year write \"yearRound\": true.")
                : window;
        }).ToList();
        var yearRound = f.OptionalBool("yearRound") ?? false;
        if (yearRound && windows.Count > 0)
        {
            throw _source.Fail(f.Required("windows"), "an application guide accepts applications all year (yearRound) or in windows, not both.");
        }

        var link = f.OptionalString("link");
        Uri? uri = null;
        if (link is not null && (!Uri.TryCreate(link, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            throw _source.Fail(f.Required("link"), $"expected the document's address as an absolute http or https link, found '{link}'.");
        }

        var guide = new ApplicationGuide
        {
            Windows = [.. windows],
            YearRound = yearRound,
            Materials = [.. f.OptionalArray("materials").Select(_source.Text)],
            Phone = f.OptionalString("phone"),
            Method = f.OptionalText("method"),
            Address = f.OptionalText("address"),
            PayoutTime = f.OptionalText("payoutTime"),
            DocumentNumber = f.OptionalString("documentNumber"),
            Link = uri,
            WithoutApplication = f.OptionalBool("withoutApplication"),
        };
        return guide.IsEmpty ? null : guide;
    }

    private Stacking Stacking(JsonTree? node)
    {
        if (node is null)
        {
            return Model.Stacking.Standalone;
        }

        var f = new JsonFields(_source, node, "a stacking", StackingNames);
        var stacking = new Stacking(f.OptionalString("stacksOn"), f.OptionalString("exclusiveGroup"));
        return stacking == Model.Stacking.Standalone ? Model.Stacking.Standalone : stacking;
    }

    private PayoutModifier Modifier(JsonTree node)
    {
        var f = new JsonFields(_source, node, "a modifier", ModifierNames);
        var id = f.RequiredString("id");
        var jurisdiction = _source.Jurisdiction(f.Required("jurisdiction"));
        var kind = f.RequiredName("fundingKind", JsonNames.FundingKinds);
        var factId = f.RequiredString("fact");
        var ratios = f.Required("ratios");
        if (ratios.Kind != System.Text.Json.JsonValueKind.Object)
        {
            throw _source.Fail(ratios, $"expected the ratios (an object of code: ratio), found {ratios.Describe()}.");
        }

        var pairs = ratios.Properties.Select(p => KeyValuePair.Create(p.Name, _source.Number(p.Value))).ToList();
        return _source.Make(f.Required("id"), () => new PayoutModifier(id, jurisdiction, kind, factId, pairs));
    }

    private Classification Classification(JsonTree node)
    {
        var f = new JsonFields(_source, node, "a classification", ClassificationNames);
        var id = f.RequiredString("id");
        var title = f.RequiredText("title");
        var factId = f.RequiredString("fact");
        var tiers = f.OptionalArray("tiers").Select(t =>
        {
            var tier = new JsonFields(_source, t, "a classification tier", TierNames);
            var ge = tier.Optional("ge");
            var gt = tier.Optional("gt");
            if ((ge is null) == (gt is null))
            {
                throw _source.Fail(t, "a classification tier needs exactly one of 'ge' (from a threshold) or 'gt' (over a threshold).");
            }

            return new ClassificationTier(tier.RequiredString("id"), tier.RequiredText("title"), _source.Number(ge ?? gt!), ge is not null);
        }).ToList();
        return _source.Make(f.Required("id"), () => new Classification(id, title, factId, tiers));
    }
}
