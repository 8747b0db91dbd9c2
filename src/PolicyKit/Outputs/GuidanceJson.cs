using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PolicyKit.Canonical;
using PolicyKit.Diff;
using PolicyKit.Evaluation;
using PolicyKit.Guidance;
using PolicyKit.Text;

namespace PolicyKit.Outputs;

/// <summary>
/// Writes guidance (specification §9) as JSON: next questions (<c>policykit ask --format json</c>),
/// what it would take (<c>policykit explain --why-not --format json</c>) and one enterprise
/// across two editions (<c>policykit diff --profile --format json</c>).
/// </summary>
/// <remarks>
/// The conventions of <see cref="ReportJson"/>: money as JSON numbers in yuan without trailing
/// zeros, dates as <c>yyyy-MM-dd</c>, culture-free; equal inputs give equal bytes. Of
/// <see cref="ReportWriteOptions"/> the language and indentation apply; reasons are never
/// written. Thread-safe.
/// </remarks>
public static class GuidanceJson
{
    /// <summary>
    /// <c>{ "asOf", "catalog": { "id", "version" }, "questions": [ { "fact", "label", "type",
    /// "unit", "codes"?, "open"?, "policies", "upToAtStake", "upToIsBounded", "decisions" } ] }</c>.
    /// </summary>
    /// <param name="report">The report the questions were drawn from (for its catalog and date).</param>
    /// <param name="questions">The questions, as <see cref="PolicyGuide.NextQuestions"/> ranked them.</param>
    /// <param name="options">Language and indentation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string WriteQuestions(DecisionReport report, ImmutableArray<Question> questions, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ReportWriteOptions.Default;
        return Write(options, w =>
        {
            w.WriteStartObject();
            w.WriteDate("asOf", report.AsOf);
            w.WriteStartObject("catalog");
            w.WriteString("id", report.CatalogId);
            w.WriteString("version", report.CatalogVersion);
            w.WriteEndObject();
            w.WriteStartArray("questions");
            foreach (var q in questions.IsDefault ? [] : questions)
            {
                w.WriteStartObject();
                w.WriteString("fact", q.FactId);
                ReportJsonWriter.WriteText(w, "label", q.Label, options.Language);
                w.WriteString("type", JsonNames.Of(q.Type));
                ReportJsonWriter.WriteOptional(w, "unit", q.Unit);
                ReportJsonWriter.WriteText(w, "typeText", q.TypeText, options.Language);
                if (Facts.FactDefinition.HasCodes(q.Type))
                {
                    Strings(w, "codes", q.Codes);
                    w.WriteStartObject("codeLabels");
                    foreach (var code in q.Codes)
                    {
                        if (q.CodeLabels.TryGetValue(code, out var codeLabel))
                        {
                            ReportJsonWriter.WriteText(w, code, codeLabel, options.Language);
                        }
                    }

                    w.WriteEndObject();
                    w.WriteBoolean("open", q.IsOpen);
                }

                Strings(w, "policies", q.Policies);
                w.WriteDecimal("upToAtStake", q.UpToAtStake);
                ReportJsonWriter.WriteText(w, "upToAtStakeText", Amounts.Yuan(q.UpToAtStake), options.Language);
                w.WriteBoolean("upToIsBounded", q.UpToIsBounded);
                w.WriteNumber("decisions", q.Decisions);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>{ "policyId", "verdict", "reachable", "needs": [ { "fact", "now", "need", "metNow",
    /// "text" } ], "contradictions": [], "unlocks": { "amount", "upTo", "monetary" } }</c>, where
    /// <c>need</c> is a predicate in catalog JSON and <c>now</c> the value now (null when unknown).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="requirement"/> is null.</exception>
    public static string WriteRequirement(Requirement requirement, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        options ??= ReportWriteOptions.Default;
        return Write(options, w => WriteRequirement(w, requirement, options));
    }

    /// <summary>
    /// <c>{ "old": { "catalog", "asOf", "totals" }, "new": { ... }, "items": { "added", "removed",
    /// "continued", "changed" }, "decisions": [ { "oldPolicyId", "newPolicyId", "matchedBy",
    /// "outcome", "old": { "verdict", "amount", "upTo" } | null, "new": ... } ] }</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public static string WriteComparison(EditionComparison comparison, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        options ??= ReportWriteOptions.Default;
        return Write(options, w =>
        {
            w.WriteStartObject();
            Edition(w, "old", comparison.OldCatalog, comparison.OldAsOf, comparison.OldTotals);
            Edition(w, "new", comparison.NewCatalog, comparison.NewAsOf, comparison.NewTotals);
            WriteDifference(w, comparison.Difference);
            w.WriteStartArray("decisions");
            foreach (var e in comparison.Entries)
            {
                w.WriteStartObject();
                ReportJsonWriter.WriteOptional(w, "oldPolicyId", e.OldPolicyId);
                ReportJsonWriter.WriteOptional(w, "newPolicyId", e.NewPolicyId);
                ReportJsonWriter.WriteOptional(w, "matchedBy", e.MatchedBy switch { PolicyMatchKind.SameId => "id", PolicyMatchKind.Continues => "continued", _ => null });
                w.WriteString("outcome", e.Outcome.ToString().ToLowerInvariant());
                Side(w, "old", e.Old);
                Side(w, "new", e.New);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// The item-by-item difference alone (what <c>policykit diff --format json</c> prints without a
    /// profile): <c>{ "old", "new", "items": { "added", "removed", "continued", "changed" } }</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="difference"/> is null.</exception>
    public static string WriteDifference(CatalogDifference difference, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(difference);
        return Write(options ?? ReportWriteOptions.Default, w =>
        {
            w.WriteStartObject();
            w.WriteString("old", difference.OldCatalog);
            w.WriteString("new", difference.NewCatalog);
            WriteDifference(w, difference);
            w.WriteEndObject();
        });
    }

    private static void WriteRequirement(Utf8JsonWriter w, Requirement requirement, ReportWriteOptions options)
    {
        w.WriteStartObject();
        w.WriteString("policyId", requirement.PolicyId);
        w.WriteString("verdict", OutputNames.Of(requirement.Verdict));
        w.WriteBoolean("reachable", requirement.IsReachable);
        w.WriteStartArray("needs");
        foreach (var need in requirement.Needs)
        {
            w.WriteStartObject();
            w.WriteString("fact", need.FactId);
            ReportJsonWriter.WriteText(w, "label", need.Label, options.Language);
            w.WritePropertyName("now");
            w.WriteFactValue(need.Now);
            w.WritePropertyName("need");
            CatalogJsonWriter.WritePredicate(w, need.Condition);
            w.WriteBoolean("metNow", need.IsMetNow);
            ReportJsonWriter.WriteText(w, "text", need.Text, options.Language);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "contradictions", requirement.Contradictions);
        w.WriteStartObject("unlocks");
        ReportJsonWriter.WriteMoney(w, "amount", requirement.Unlocks.Amount);
        ReportJsonWriter.WriteMoney(w, "upTo", requirement.Unlocks.UpTo);
        w.WriteBoolean("monetary", requirement.Unlocks.IsMonetary);
        if (requirement.Unlocks.Text is { } unlocksText)
        {
            ReportJsonWriter.WriteText(w, "text", unlocksText, options.Language);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDifference(Utf8JsonWriter w, CatalogDifference difference)
    {
        w.WriteStartObject("items");
        Strings(w, "added", [.. difference.Added.Select(p => p.Id)]);
        Strings(w, "removed", [.. difference.Removed.Select(p => p.Id)]);
        w.WriteStartArray("continued");
        foreach (var m in difference.Continued)
        {
            w.WriteStartObject();
            w.WriteString("old", m.Old.Id);
            w.WriteString("new", m.New.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("changed");
        foreach (var m in difference.Changed)
        {
            w.WriteStartObject();
            w.WriteString("old", m.Old.Id);
            w.WriteString("new", m.New.Id);
            w.WriteString("changes", m.Describe());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Edition(Utf8JsonWriter w, string name, string catalog, NodaTime.LocalDate asOf, Totals totals)
    {
        w.WriteStartObject(name);
        w.WriteString("catalog", catalog);
        w.WriteDate("asOf", asOf);
        w.WriteStartObject("totals");
        w.WriteDecimal("amount", totals.Amount);
        w.WriteDecimal("upTo", totals.UpTo);
        w.WriteBoolean("upToIsBounded", totals.UpToIsBounded);
        w.WriteNumber("unstated", totals.Unstated);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Side(Utf8JsonWriter w, string name, Decision? decision)
    {
        if (decision is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("verdict", OutputNames.Of(decision.Verdict));
        ReportJsonWriter.WriteMoney(w, "amount", decision.Award?.Amount);
        ReportJsonWriter.WriteMoney(w, "upTo", decision.Award?.UpTo);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string Write(ReportWriteOptions options, Action<Utf8JsonWriter> write) =>
        Encoding.UTF8.GetString(CanonicalJson.ToBytes(write, options.Indented));
}
