using System.Text.Json;
using PolicyKit.Canonical;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Text;

namespace PolicyKit.Outputs;

/// <summary>
/// What a report tells of each item besides its verdict (specification §4.5): the sources
/// (titles, department, citations, note), what they leave open, the validity and whether it ends
/// soon, the application state and guide, and the items that ended shortly before the as-of date.
/// </summary>
internal static class DecisionFactsJson
{
    public static bool IsOpenForApplication(DecisionReport report, Decision decision) =>
        report.Catalog.FindPolicy(decision.PolicyId) is { } policy
        && ApplicationGuide.StateOn(policy.Guide, report.AsOf).Status == ApplicationStatus.Open;

    /// <summary>The members <c>source</c>, <c>leftOpen</c>, <c>validity</c> and <c>application</c> of one decision.</summary>
    public static void Write(Utf8JsonWriter w, DecisionReport report, Decision decision, ReportWriteOptions options)
    {
        var catalog = report.Catalog;
        if (catalog.FindPolicy(decision.PolicyId) is not { } policy)
        {
            return;
        }

        if (options.IncludeSources)
        {
            if (SourceFragments.Applies(w))
            {
                // The sources are the same for every firm and most of a report's bytes: written once per
                // catalog, item and language, then copied (a served report spent most of its time here).
                w.WritePropertyName("source");
                w.WriteRawValue(SourceFragments.Of(catalog, policy, options.Language), skipInputValidation: true);
            }
            else
            {
                WriteSource(w, catalog, policy, options.Language);
            }
        }

        var leftOpen = ItemNotices.LeftOpenBy(catalog, policy, decision);
        w.WriteStartArray("leftOpen");
        foreach (var (flag, name) in LeftOpenNames)
        {
            if (leftOpen.HasFlag(flag))
            {
                w.WriteStringValue(name);
            }
        }

        w.WriteEndArray();
        var validity = catalog.ValidityOf(policy);
        w.WriteStartObject("validity");
        w.WriteOptionalDate("start", validity.Start);
        w.WriteOptionalDate("end", validity.End);
        w.WriteBoolean("stated", ItemNotices.IsValidityStated(catalog, policy));
        w.WriteBoolean("endingSoon", ItemNotices.EndingSoon(catalog, policy, report.AsOf) is not null);
        w.WriteEndObject();
        WriteApplication(w, policy.Guide, report.AsOf, options.Language);
    }

    /// <summary>The top-level <c>recentlyEnded</c> array: items that ended within the window before the as-of date.</summary>
    public static void WriteRecentlyEnded(Utf8JsonWriter w, DecisionReport report, ReportWriteOptions options)
    {
        w.WriteStartArray("recentlyEnded");
        foreach (var ended in ItemNotices.RecentlyEnded(report.Catalog, report.AsOf))
        {
            w.WriteStartObject();
            w.WriteString("policyId", ended.PolicyId);
            ReportJsonWriter.WriteText(w, "title", report.Catalog.FindPolicy(ended.PolicyId)!.Title, options.Language);
            w.WriteDate("end", ended.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static readonly (LeftOpen Flag, string Name)[] LeftOpenNames =
        [(LeftOpen.Validity, "validity"), (LeftOpen.Amount, "amount"), (LeftOpen.Conditions, "conditions")];

    internal static string Name(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Open => "open",
        ApplicationStatus.NotYetOpen => "notYetOpen",
        ApplicationStatus.Closed => "closed",
        ApplicationStatus.WithoutApplication => "withoutApplication",
        _ => "notStated",
    };

    private static void WriteSource(Utf8JsonWriter w, PolicyCatalog catalog, Policy policy, Language? language)
    {
        w.WritePropertyName("source");
        WriteSourceValue(w, catalog, policy, language);
    }

    private static void WriteSourceValue(Utf8JsonWriter w, PolicyCatalog catalog, Policy policy, Language? language)
    {
        w.WriteStartObject();
        ReportJsonWriter.WriteText(w, "title", policy.Title, language);
        w.WriteStartObject("list");
        w.WriteString("id", policy.List);
        var list = catalog.FindList(policy.List);
        OptionalText(w, "title", list?.Title, language);
        w.WriteEndObject();
        OptionalText(w, "department", policy.Department, language);
        w.WriteStartArray("citations");
        foreach (var citation in policy.Citations)
        {
            w.WriteStartObject();
            w.WriteString("document", citation.Document);
            w.WriteString("quote", citation.Quote);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        OptionalText(w, "note", policy.Note, language);
        w.WriteEndObject();
    }

    private static void WriteApplication(Utf8JsonWriter w, ApplicationGuide? guide, NodaTime.LocalDate asOf, Language? language)
    {
        var state = ApplicationGuide.StateOn(guide, asOf);
        w.WriteStartObject("application");
        w.WriteString("status", Name(state.Status));
        if (state.Window is { } window)
        {
            w.WriteValidity("window", window);
        }
        else
        {
            w.WriteNull("window");
        }

        if (guide is null)
        {
            w.WriteNull("guide");
        }
        else
        {
            w.WriteStartObject("guide");
            w.WriteStartArray("windows");
            foreach (var item in guide.Windows)
            {
                w.WriteStartObject();
                w.WriteOptionalDate("start", item.Start);
                w.WriteOptionalDate("end", item.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("yearRound", guide.YearRound);
            w.WriteStartArray("materials");
            foreach (var material in guide.Materials)
            {
                if (language is { } l)
                {
                    w.WriteStringValue(material.In(l));
                }
                else
                {
                    w.WriteStartObject();
                    w.WriteString("zh", material.Zh);
                    if (material.En is not null)
                    {
                        w.WriteString("en", material.En);
                    }

                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            ReportJsonWriter.WriteOptional(w, "phone", guide.Phone);
            OptionalText(w, "method", guide.Method, language);
            OptionalText(w, "address", guide.Address, language);
            OptionalText(w, "payoutTime", guide.PayoutTime, language);
            ReportJsonWriter.WriteOptional(w, "documentNumber", guide.DocumentNumber);
            ReportJsonWriter.WriteOptional(w, "link", guide.Link?.OriginalString);
            if (guide.WithoutApplication is { } without)
            {
                w.WriteBoolean("withoutApplication", without);
            }
            else
            {
                w.WriteNull("withoutApplication");
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void OptionalText(Utf8JsonWriter w, string name, LocalizedText? text, Language? language)
    {
        if (text is null)
        {
            w.WriteNull(name);
        }
        else
        {
            ReportJsonWriter.WriteText(w, name, text, language);
        }
    }

    /// <summary>
    /// The <c>source</c> object of each item as canonical UTF-8, kept per catalog (which is immutable)
    /// for as long as the catalog lives.
    /// </summary>
    private static class SourceFragments
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PolicyCatalog, System.Collections.Concurrent.ConcurrentDictionary<(string, Language?), byte[]>> Cache = new();

        /// <summary>
        /// Whether a cached fragment gives the bytes the writer itself would: only for the compact
        /// canonical form, since indentation depends on depth and other encoders escape differently.
        /// </summary>
        public static bool Applies(Utf8JsonWriter w) =>
            !w.Options.Indented && ReferenceEquals(w.Options.Encoder, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        public static byte[] Of(PolicyCatalog catalog, Policy policy, Language? language) =>
            Cache.GetValue(catalog, _ => new())
                .GetOrAdd((policy.Id, language), key => CanonicalJson.ToBytes(w => WriteSourceValue(w, catalog, policy, key.Item2), indented: false));
    }
}
