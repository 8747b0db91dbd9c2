using System.Text;
using System.Text.Json;
using PolicyKit.Canonical;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Text;

namespace PolicyKit.Outputs;

/// <summary>
/// Writes decision reports in the JSON of specification §4 (what <c>policykit match --format json</c>
/// prints): <c>{ "asOf", "catalog": { "id", "version" }, "determinationId", "decisions": [...],
/// "totals": { "amount", "upTo", "upToIsBounded", "unstated", "amountText", "upToText" }, "classifications": [...] }</c>.
/// </summary>
/// <remarks>
/// Money is written as JSON numbers in yuan without trailing zeros, dates as <c>yyyy-MM-dd</c>,
/// all culture-free; equal reports give equal bytes. Reports are written, not read. Thread-safe.
/// </remarks>
public static class ReportJson
{
    /// <summary>Writes <paramref name="report"/> as UTF-8 JSON to <paramref name="utf8"/> (left open).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="utf8"/> is null.</exception>
    public static void Write(DecisionReport report, Stream utf8, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= ReportWriteOptions.Default;
        using var writer = new Utf8JsonWriter(utf8, CanonicalJson.WriterOptions(options.Indented));
        ReportJsonWriter.Write(writer, report, options);
    }

    /// <summary>Writes <paramref name="report"/> as one JSON value to <paramref name="writer"/> (flushed, not disposed).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(DecisionReport report, Utf8JsonWriter writer, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        ReportJsonWriter.Write(writer, report, options ?? ReportWriteOptions.Default);
        writer.Flush();
    }

    /// <summary>Writes <paramref name="report"/> as a JSON string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(DecisionReport report, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ReportWriteOptions.Default;
        return Encoding.UTF8.GetString(CanonicalJson.ToBytes(w => ReportJsonWriter.Write(w, report, options), options.Indented));
    }
}

/// <summary>The report JSON itself.</summary>
internal static class ReportJsonWriter
{
    public static void Write(Utf8JsonWriter w, DecisionReport report, ReportWriteOptions options)
    {
        w.WriteStartObject();
        w.WriteDate("asOf", report.AsOf);
        w.WriteStartObject("catalog");
        w.WriteString("id", report.CatalogId);
        w.WriteString("version", report.CatalogVersion);
        if (report.Catalog.Title is { } title)
        {
            WriteText(w, "title", title, options.Language);
        }

        w.WriteEndObject();
        w.WriteString("determinationId", report.DeterminationId);
        w.WriteStartArray("decisions");
        foreach (var decision in report.Decisions)
        {
            if (!options.OpenForApplicationOnly || DecisionFactsJson.IsOpenForApplication(report, decision))
            {
                WriteDecision(w, report, decision, options);
            }
        }

        w.WriteEndArray();
        w.WriteStartObject("totals");
        w.WriteDecimal("amount", report.Totals.Amount);
        w.WriteDecimal("upTo", report.Totals.UpTo);
        w.WriteBoolean("upToIsBounded", report.Totals.UpToIsBounded);
        w.WriteNumber("unstated", report.Totals.Unstated);

        // As people write them (300万元), so no reader formats money by a rule of its own.
        WriteText(w, "amountText", Amounts.Yuan(report.Totals.Amount), options.Language);
        WriteText(w, "upToText", Amounts.Yuan(report.Totals.UpTo), options.Language);
        w.WriteEndObject();
        w.WriteStartArray("classifications");
        foreach (var c in report.Classifications)
        {
            w.WriteStartObject();
            w.WriteString("classification", c.ClassificationId);
            WriteOptional(w, "class", c.Class);
            w.WriteBoolean("known", c.IsKnown);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        DecisionFactsJson.WriteRecentlyEnded(w, report, options);
        w.WriteEndObject();
    }

    private static void WriteDecision(Utf8JsonWriter w, DecisionReport report, Decision decision, ReportWriteOptions options)
    {
        var schema = report.Catalog.Schema;
        w.WriteStartObject();
        w.WriteString("policyId", decision.PolicyId);
        w.WriteString("verdict", OutputNames.Of(decision.Verdict));
        if (decision.Award is { } award)
        {
            w.WriteStartObject("award");
            WriteMoney(w, "amount", award.Amount);
            WriteMoney(w, "upTo", award.UpTo);
            w.WriteBoolean("capped", award.Capped);
            w.WriteBoolean("monetary", award.IsMonetary);
            w.WriteBoolean("unstated", award.IsAmountUnstated);
            w.WriteBoolean("counted", decision.Counted);
            w.WriteStartArray("modifiers");
            foreach (var m in award.Modifiers)
            {
                w.WriteStartObject();
                w.WriteString("modifier", m.ModifierId);
                w.WriteString("fact", m.FactId);
                WriteOptional(w, "code", m.Code);
                WriteMoney(w, "ratio", m.Ratio);
                WriteText(w, "text", m.Text, options.Language);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteText(w, "text", award.Text, options.Language);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("award");
        }

        w.WriteStartArray("missingFacts");
        foreach (var fact in decision.MissingFacts)
        {
            w.WriteStringValue(fact);
        }

        w.WriteEndArray();
        w.WriteStartObject("missingFactLabels");
        foreach (var fact in decision.MissingFacts)
        {
            WriteText(w, fact, LabelOf(schema, fact), options.Language);
        }

        w.WriteEndObject();
        if (options.IncludeReasons)
        {
            w.WriteStartArray("reasons");
            WriteReason(w, decision.Reasons, schema, options.Language);
            w.WriteEndArray();
        }

        DecisionFactsJson.Write(w, report, decision, options);
        w.WriteEndObject();
    }

    private static void WriteReason(Utf8JsonWriter w, ReasonNode node, FactSchema schema, Language? language)
    {
        w.WriteStartObject();
        w.WriteString(Names.Path, node.Path);
        w.WriteString(Names.Kind, node.Kind);
        w.WriteString(Names.Outcome, OutputNames.Of(node.Outcome));
        if (node.FactId is not null)
        {
            w.WriteString(Names.Fact, node.FactId);
            WriteText(w, Names.Label, LabelOf(schema, node.FactId), language);
            w.WritePropertyName(Names.Seen);
            w.WriteFactValue(node.Seen);
        }

        if (node.Needed is null)
        {
            w.WriteNull(Names.Needed);
        }
        else
        {
            w.WriteString(Names.Needed, node.Needed);
        }

        WriteText(w, Names.Text, node.Text, language);
        if (!node.Children.IsEmpty)
        {
            w.WriteStartArray(Names.Children);
            foreach (var child in node.Children)
            {
                WriteReason(w, child, schema, language);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The member names of a reason node, the most written part of a report: encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
        public static readonly JsonEncodedText Fact = JsonEncodedText.Encode("fact");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Seen = JsonEncodedText.Encode("seen");
        public static readonly JsonEncodedText Needed = JsonEncodedText.Encode("needed");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Children = JsonEncodedText.Encode("children");
    }

    /// <summary>The label of a fact for people; its id in both languages when the schema does not have it.</summary>
    internal static LocalizedText LabelOf(FactSchema schema, string factId) =>
        schema.TryGet(factId, out var fact, out _) ? fact.Label : LocalizedText.Verbatim(factId);

    internal static void WriteMoney(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteDecimal(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    internal static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    internal static void WriteText(Utf8JsonWriter w, string name, LocalizedText text, Language? language)
    {
        if (language is { } l)
        {
            w.WriteString(name, text.In(l));
        }
        else
        {
            w.WriteText(name, text);
        }
    }

    private static void WriteText(Utf8JsonWriter w, JsonEncodedText name, LocalizedText text, Language? language)
    {
        if (language is { } l)
        {
            w.WriteString(name, text.In(l));
        }
        else
        {
            w.WriteText(name, text);
        }
    }
}
