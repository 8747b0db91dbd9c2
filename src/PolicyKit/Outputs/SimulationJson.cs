using System.Text;
using System.Text.Json;
using NodaTime.Text;
using PolicyKit.Canonical;
using PolicyKit.Simulation;

namespace PolicyKit.Outputs;

/// <summary>
/// Writes a <see cref="SimulationResult"/> as specification §10 JSON: culture-free, money as numbers in
/// yuan without trailing zeros, the date as <c>yyyy-MM-dd</c>.
/// </summary>
/// <remarks>
/// Beyond the contract's fields each figure carries <c>unbounded</c> (firms whose up-to has no
/// ceiling), each policy <c>baselinePolicyId</c>, and the totals <c>delta</c> (catalog minus
/// baseline). A policy only the baseline has in force is written with zero figures and
/// <c>"inForce": false</c>.
/// </remarks>
public static class SimulationJson
{
    /// <summary>The result as JSON text.</summary>
    public static string Write(SimulationResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(result, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result as UTF-8 JSON to <paramref name="utf8"/>.</summary>
    public static void Write(SimulationResult result, Stream utf8, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8);
        using var w = new Utf8JsonWriter(utf8, CanonicalJson.WriterOptions(indented));
        w.WriteStartObject();
        w.WriteString("asOf", LocalDatePattern.Iso.Format(result.AsOf));
        Catalog(w, "catalog", result.Catalog);
        Catalog(w, "baseline", result.Baseline);
        w.WriteNumber("population", result.Population);
        w.WriteStartArray("policies");
        foreach (var row in result.Policies)
        {
            w.WriteStartObject();
            w.WriteString("policyId", row.PolicyId);
            Fields(w, row.Figures ?? new PolicyFigures(0, 0, 0, 0m, 0m, 0));
            if (row.Figures is null)
            {
                w.WriteBoolean("inForce", false);
            }

            if (row.BaselinePolicyId is null)
            {
                w.WriteNull("baselinePolicyId");
            }
            else
            {
                w.WriteString("baselinePolicyId", row.BaselinePolicyId);
            }

            if (row.Baseline is null)
            {
                w.WriteNull("baseline");
            }
            else
            {
                w.WriteStartObject("baseline");
                Fields(w, row.Baseline);
                w.WriteEndObject();
            }

            w.WriteNumber("gained", row.Gained);
            w.WriteNumber("lost", row.Lost);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("totals");
        Totals(w, result.Totals);
        if (result.BaselineTotals is { } baseline)
        {
            w.WriteStartObject("baseline");
            Totals(w, baseline);
            w.WriteEndObject();
            w.WriteStartObject("delta");
            w.WriteDecimal("amount", result.AmountDelta!.Value);
            w.WriteDecimal("upTo", result.UpToDelta!.Value);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("baseline");
            w.WriteNull("delta");
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Catalog(Utf8JsonWriter w, string name, CatalogRef? catalog)
    {
        if (catalog is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("id", catalog.Id);
        w.WriteString("version", catalog.Version);
        w.WriteEndObject();
    }

    private static void Fields(Utf8JsonWriter w, PolicyFigures figures)
    {
        w.WriteNumber("eligible", figures.Eligible);
        w.WriteNumber("ineligible", figures.Ineligible);
        w.WriteNumber("undetermined", figures.Undetermined);
        w.WriteDecimal("amount", figures.Amount);
        w.WriteDecimal("upTo", figures.UpTo);
        w.WriteNumber("unbounded", figures.Unbounded);
        w.WriteNumber("unstated", figures.Unstated);
    }

    private static void Totals(Utf8JsonWriter w, TotalFigures totals)
    {
        w.WriteDecimal("amount", totals.Amount);
        w.WriteDecimal("upTo", totals.UpTo);
        w.WriteNumber("firmsWithAward", totals.FirmsWithAward);
        w.WriteNumber("unbounded", totals.Unbounded);
        w.WriteNumber("unstated", totals.Unstated);
    }
}
