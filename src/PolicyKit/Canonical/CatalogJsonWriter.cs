using System.Text.Json;
using PolicyKit.Awards;
using PolicyKit.Classifications;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;

namespace PolicyKit.Canonical;

/// <summary>
/// Writes a catalog in the JSON of specification §4. The output is canonical: properties in a fixed
/// order, numbers without trailing zeros, dates in ISO, so equal catalogs give equal bytes.
/// </summary>
internal static class CatalogJsonWriter
{
    public static byte[] WriteCanonical(PolicyCatalog catalog) => CanonicalJson.ToBytes(w => Write(w, catalog));

    public static void Write(Utf8JsonWriter w, PolicyCatalog catalog)
    {
        w.WriteStartObject();
        w.WriteString("id", catalog.Id);
        w.WriteString("version", catalog.Version);
        if (catalog.Title is not null)
        {
            // Only when present, so that a catalog without a title keeps its content hash.
            w.WriteText("title", catalog.Title);
        }

        w.WriteStartArray("facts");
        foreach (var fact in catalog.DeclaredFacts)
        {
            WriteFact(w, fact);
        }

        w.WriteEndArray();
        w.WriteStartArray("lists");
        foreach (var list in catalog.Lists)
        {
            WriteList(w, list);
        }

        w.WriteEndArray();
        w.WriteStartArray("policies");
        foreach (var policy in catalog.Policies)
        {
            WritePolicy(w, policy);
        }

        w.WriteEndArray();
        w.WriteStartArray("modifiers");
        foreach (var modifier in catalog.Modifiers)
        {
            WriteModifier(w, modifier);
        }

        w.WriteEndArray();
        w.WriteStartArray("classifications");
        foreach (var classification in catalog.Classifications)
        {
            WriteClassification(w, classification);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFact(Utf8JsonWriter w, FactDefinition fact)
    {
        w.WriteStartObject();
        w.WriteString("id", fact.Id);
        w.WriteString("type", JsonNames.Of(fact.Type));
        if (fact.Unit is not null)
        {
            w.WriteString("unit", fact.Unit);
        }

        w.WriteText("label", fact.Label);
        if (fact.IsCoded)
        {
            w.WriteStartArray("codes");
            foreach (var code in fact.Codes)
            {
                // A code without a label stays a string, so that catalogs without labels keep their content hash.
                if (fact.LabelOf(code) is { } codeLabel)
                {
                    w.WriteStartObject();
                    w.WriteString("code", code);
                    w.WriteText("label", codeLabel);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteStringValue(code);
                }
            }

            w.WriteEndArray();
            w.WriteBoolean("open", fact.IsOpen);
        }

        if (fact.IsOpenCondition)
        {
            w.WriteBoolean("openCondition", true);
        }

        w.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter w, PolicyList list)
    {
        w.WriteStartObject();
        w.WriteString("id", list.Id);
        w.WriteText("title", list.Title);
        w.WriteString("jurisdiction", list.Jurisdiction.Value);
        w.WriteText("issuer", list.Issuer);
        w.WriteOptionalDate("publishedOn", list.PublishedOn);
        w.WriteValidity("validity", list.Validity);
        if (list.Predecessor is null)
        {
            w.WriteNull("predecessor");
        }
        else
        {
            w.WriteString("predecessor", list.Predecessor);
        }

        if (list.DeclaredItems is { } items)
        {
            w.WriteNumber("declaredItems", items);
        }

        w.WriteStartArray("sections");
        foreach (var section in list.Sections)
        {
            w.WriteStartObject();
            w.WriteString("id", section.Id);
            w.WriteString("kind", JsonNames.Of(section.Kind));
            w.WriteText("title", section.Title);
            if (section.DeclaredItems is { } n)
            {
                w.WriteNumber("declaredItems", n);
            }

            if (section.DeclaredThemes is { } t)
            {
                w.WriteNumber("declaredThemes", t);
            }

            w.WriteStartArray("themes");
            foreach (var theme in section.Themes)
            {
                w.WriteStartObject();
                w.WriteString("id", theme.Id);
                w.WriteText("title", theme.Title);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteText("note", list.Note);
        w.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter w, Policy policy)
    {
        w.WriteStartObject();
        w.WriteString("id", policy.Id);
        w.WriteString("list", policy.List);
        WriteOptionalString(w, "section", policy.Section, writeNull: true);
        WriteOptionalString(w, "theme", policy.Theme, writeNull: false);
        w.WriteText("title", policy.Title);
        w.WriteString("status", JsonNames.Of(policy.Status));
        WriteOptionalString(w, "continues", policy.Continues, writeNull: false);
        w.WriteString("level", JsonNames.Of(policy.Level));
        WriteOptionalString(w, "enhances", policy.Enhances, writeNull: false);
        w.WriteText("department", policy.Department);
        if (policy.Validity is { } validity)
        {
            w.WriteValidity("validity", validity);
        }

        w.WritePropertyName("eligibility");
        WritePredicate(w, policy.Eligibility);
        w.WritePropertyName("award");
        WriteAward(w, policy.Award);
        w.WriteString("fundingKind", JsonNames.Of(policy.FundingKind));
        w.WriteStartObject("stacking");
        WriteOptionalString(w, "exclusiveGroup", policy.Stacking.ExclusiveGroup, writeNull: true);
        WriteOptionalString(w, "stacksOn", policy.Stacking.StacksOn, writeNull: true);
        w.WriteEndObject();
        w.WriteStartArray("citations");
        foreach (var citation in policy.Citations)
        {
            w.WriteStartObject();
            w.WriteString("document", citation.Document);
            w.WriteString("quote", citation.Quote);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteText("note", policy.Note);
        WriteGuide(w, policy.Guide);
        w.WriteEndObject();
    }

    /// <summary>Writes an item's application guide; nothing when it states nothing, so catalogs without guides keep their bytes and hash.</summary>
    private static void WriteGuide(Utf8JsonWriter w, ApplicationGuide? guide)
    {
        if (guide is null || guide.IsEmpty)
        {
            return;
        }

        w.WriteStartObject("guide");
        if (!guide.Windows.IsEmpty)
        {
            w.WriteStartArray("windows");
            foreach (var window in guide.Windows)
            {
                w.WriteStartObject();
                w.WriteOptionalDate("start", window.Start);
                w.WriteOptionalDate("end", window.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (guide.YearRound)
        {
            w.WriteBoolean("yearRound", true);
        }

        if (!guide.Materials.IsEmpty)
        {
            w.WriteStartArray("materials");
            foreach (var material in guide.Materials)
            {
                w.WriteStartObject();
                w.WriteString("zh", material.Zh);
                if (material.En is not null)
                {
                    w.WriteString("en", material.En);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        WriteOptionalString(w, "phone", guide.Phone, writeNull: false);
        w.WriteText("method", guide.Method);
        w.WriteText("address", guide.Address);
        w.WriteText("payoutTime", guide.PayoutTime);
        WriteOptionalString(w, "documentNumber", guide.DocumentNumber, writeNull: false);
        WriteOptionalString(w, "link", guide.Link?.OriginalString, writeNull: false);
        if (guide.WithoutApplication is { } without)
        {
            w.WriteBoolean("withoutApplication", without);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes a predicate in catalog JSON.</summary>
    public static void WritePredicate(Utf8JsonWriter w, Predicate predicate)
    {
        w.WriteStartObject();
        switch (predicate)
        {
            case AllPredicate all:
                WritePredicates(w, "all", all.Operands);
                break;
            case AnyPredicate any:
                WritePredicates(w, "any", any.Operands);
                break;
            case NotPredicate not:
                w.WritePropertyName("not");
                WritePredicate(w, not.Operand);
                break;
            case ConstantPredicate constant:
                w.WriteBoolean(constant.Value ? "always" : "never", true);
                break;
            case ComparisonPredicate cmp:
                w.WriteString("fact", cmp.FactId);
                w.WritePropertyName(cmp.OperatorName);
                w.WriteFactValue(cmp.Value);
                break;
            case InPredicate inSet:
                w.WriteString("fact", inSet.FactId);
                w.WriteStartArray("in");
                foreach (var code in inSet.Codes)
                {
                    w.WriteStringValue(code);
                }

                w.WriteEndArray();
                break;
            case WithinPredicate within:
                w.WriteString("fact", within.FactId);
                w.WriteString("within", within.Jurisdiction.Value);
                break;
            case HasPredicate has:
                if (has.FactId != StandardFacts.Certifications.Id)
                {
                    w.WriteString("fact", has.FactId);
                }

                w.WriteString("has", has.Kind);
                if (has.RecognizedWithin is { } period)
                {
                    w.WriteInterval("recognizedWithin", period);
                }

                break;
            default:
                throw new InvalidOperationException($"unexpected predicate {predicate.GetType().Name}.");
        }

        w.WriteEndObject();
    }

    private static void WritePredicates(Utf8JsonWriter w, string name, IEnumerable<Predicate> children)
    {
        w.WriteStartArray(name);
        foreach (var child in children)
        {
            WritePredicate(w, child);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes an award rule in catalog JSON.</summary>
    public static void WriteAward(Utf8JsonWriter w, AwardRule award)
    {
        w.WriteStartObject();
        switch (award)
        {
            case NoAward:
                w.WriteBoolean("none", true);
                break;
            case UnstatedAward:
                w.WriteBoolean("unstated", true);
                break;
            case CandidacyAward:
                w.WriteBoolean("candidacy", true);
                break;
            case PerUnitAward p:
                w.WriteStartObject("perUnit");
                w.WriteDecimal("amount", p.Amount);
                w.WriteString("of", p.Of);
                if (p.Cap is { } unitCap)
                {
                    w.WriteDecimal("cap", unitCap);
                }

                w.WriteEndObject();
                break;
            case FixedAward f:
                w.WriteDecimal("fixed", f.Amount);
                break;
            case UpToAward u:
                w.WriteDecimal("upTo", u.Cap);
                break;
            case RateAward r:
                w.WriteDecimal("rate", r.Rate);
                w.WriteString("of", r.Of);
                if (r.Cap is { } cap)
                {
                    w.WriteDecimal("cap", cap);
                }

                break;
            case CappedAward c:
                w.WritePropertyName("capped");
                WriteAward(w, c.Inner);
                w.WriteDecimal("cap", c.Cap);
                break;
            case TieredAward t:
                w.WriteStartObject("tiers");
                w.WriteString("fact", t.FactId);
                w.WriteStartArray("bands");
                foreach (var band in t.Bands)
                {
                    w.WriteStartObject();
                    w.WriteDecimal("from", band.From);
                    w.WriteDecimal("amount", band.Amount);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case TaxReductionAward tax:
                w.WriteStartObject("taxReduction");
                w.WriteString("tax", tax.Tax);
                w.WriteDecimal("share", tax.Share);
                WriteOptionalString(w, "of", tax.Of, writeNull: false);
                w.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"unexpected award rule {award.GetType().Name}.");
        }

        w.WriteEndObject();
    }

    private static void WriteModifier(Utf8JsonWriter w, PayoutModifier modifier)
    {
        w.WriteStartObject();
        w.WriteString("id", modifier.Id);
        w.WriteString("jurisdiction", modifier.Jurisdiction.Value);
        w.WriteString("fundingKind", JsonNames.Of(modifier.FundingKind));
        w.WriteString("fact", modifier.FactId);
        w.WriteStartObject("ratios");
        foreach (var (code, ratio) in modifier.Ratios)
        {
            w.WriteDecimal(code, ratio);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteClassification(Utf8JsonWriter w, Classification classification)
    {
        w.WriteStartObject();
        w.WriteString("id", classification.Id);
        w.WriteText("title", classification.Title);
        w.WriteString("fact", classification.FactId);
        w.WriteStartArray("tiers");
        foreach (var tier in classification.Tiers)
        {
            w.WriteStartObject();
            w.WriteString("id", tier.Id);
            w.WriteText("title", tier.Title);
            w.WriteDecimal(tier.Inclusive ? "ge" : "gt", tier.Threshold);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOptionalString(Utf8JsonWriter w, string name, string? value, bool writeNull)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
        else if (writeNull)
        {
            w.WriteNull(name);
        }
    }
}
