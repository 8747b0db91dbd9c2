using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using PolicyKit.Compilation;
using PolicyKit.Model;
using PolicyKit.Populations;

namespace PolicyKit.Outputs;

/// <summary>The cells the push-list and decision writers share: names, money, RFC 4180 quoting.</summary>
internal static class RowCells
{
    public static string Verdict(VerdictCode verdict) => verdict switch
    {
        VerdictCode.Eligible => "eligible",
        VerdictCode.Ineligible => "ineligible",
        VerdictCode.Undetermined => "undetermined",
        _ => "notInForce",
    };

    /// <summary>The application state as a person on a district platform reads it.</summary>
    public static string Application(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Open => "申报中",
        ApplicationStatus.NotYetOpen => "未开始",
        ApplicationStatus.Closed => "已截止",
        ApplicationStatus.WithoutApplication => "免申即享",
        _ => "未载明",
    };

    public static string Money(decimal? value) => value is { } v ? Facts.Numbers.Format(v) : "";

    public static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    public static JsonWriterOptions JsonLines => new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };
}

/// <summary>
/// Writes a <see cref="PushList"/> as CSV (specification §10.12): one row per (item, firm), the items
/// taking applications first and those whose windows have all ended after them, and a summary per item.
/// Culture-free, comma-separated, RFC 4180 quoting, a header line.
/// </summary>
public static class PushListCsv
{
    /// <summary>The header of <see cref="WriteRows"/>.</summary>
    public const string RowHeader = "firmId,policyId,verdict,amount,upTo,question,application";

    /// <summary>The header of <see cref="WriteSummary"/>.</summary>
    public const string SummaryHeader = "asOf,catalog,policyId,title,application,eligible,undetermined,amount,upTo,unbounded";

    /// <summary>Writes every row (<see cref="PushList.Rows"/>) to <paramref name="writer"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the rows written so far are whole lines.</exception>
    public static void WriteRows(PushList list, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(RowHeader);
        writer.Write('\n');
        foreach (var row in list.Rows(cancellationToken))
        {
            writer.Write(RowCells.Quote(row.FirmId));
            writer.Write(',');
            writer.Write(RowCells.Quote(row.PolicyId));
            writer.Write(',');
            writer.Write(RowCells.Verdict(row.Verdict));
            writer.Write(',');
            writer.Write(RowCells.Money(row.Amount));
            writer.Write(',');
            writer.Write(RowCells.Money(row.UpTo));
            writer.Write(',');
            writer.Write(row.Question is { } q ? RowCells.Quote(q) : "");
            writer.Write(',');
            writer.Write(RowCells.Application(row.Application));
            writer.Write('\n');
        }
    }

    /// <summary>Writes the per-item summary (<see cref="PushList.Items"/>) to <paramref name="writer"/>.</summary>
    public static void WriteSummary(PushList list, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(SummaryHeader);
        writer.Write('\n');
        var asOf = LocalDatePattern.Iso.Format(list.AsOf);
        foreach (var item in list.Items)
        {
            string[] cells =
            [
                asOf, list.Catalog, item.PolicyId, item.Title, RowCells.Application(item.Application),
                item.Eligible.ToString(CultureInfo.InvariantCulture), item.Undetermined.ToString(CultureInfo.InvariantCulture),
                RowCells.Money(item.Amount), RowCells.Money(item.UpTo), item.Unbounded.ToString(CultureInfo.InvariantCulture),
            ];
            writer.Write(string.Join(',', cells.Select(RowCells.Quote)));
            writer.Write('\n');
        }
    }
}

/// <summary>
/// Writes a <see cref="PushList"/> as JSON Lines (specification §10.12): first one <c>{"item": …}</c> line
/// per item with its summary, then one line per (item, firm) in the order of <see cref="PushList.Rows"/>.
/// Money is a JSON number of yuan; absent figures are null.
/// </summary>
public static class PushListJson
{
    /// <summary>Writes the summary lines and then every row to <paramref name="utf8"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the lines written so far are whole.</exception>
    public static void Write(PushList list, Stream utf8, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(utf8);
        using var w = new Utf8JsonWriter(utf8, RowCells.JsonLines);
        var asOf = LocalDatePattern.Iso.Format(list.AsOf);
        foreach (var item in list.Items)
        {
            w.WriteStartObject();
            w.WriteStartObject("item");
            w.WriteString("asOf", asOf);
            w.WriteString("catalog", list.Catalog);
            w.WriteString("policyId", item.PolicyId);
            w.WriteString("title", item.Title);
            w.WriteString("application", RowCells.Application(item.Application));
            w.WriteNumber("eligible", item.Eligible);
            w.WriteNumber("undetermined", item.Undetermined);
            w.WriteNumber("amount", Facts.Numbers.Normalize(item.Amount));
            w.WriteNumber("upTo", Facts.Numbers.Normalize(item.UpTo));
            w.WriteNumber("unbounded", item.Unbounded);
            w.WriteEndObject();
            w.WriteEndObject();
            Line(w, utf8);
        }

        foreach (var row in list.Rows(cancellationToken))
        {
            w.WriteStartObject();
            w.WriteString("firmId", row.FirmId);
            w.WriteString("policyId", row.PolicyId);
            w.WriteString("verdict", RowCells.Verdict(row.Verdict));
            Money(w, "amount", row.Amount);
            Money(w, "upTo", row.UpTo);
            if (row.Question is { } q)
            {
                w.WriteString("question", q);
            }
            else
            {
                w.WriteNull("question");
            }

            w.WriteString("application", RowCells.Application(row.Application));
            w.WriteEndObject();
            Line(w, utf8);
        }
    }

    private static void Money(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Facts.Numbers.Normalize(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Line(Utf8JsonWriter w, Stream utf8)
    {
        w.Flush();
        utf8.WriteByte((byte)'\n');
        w.Reset(utf8);
    }
}

/// <summary>
/// Writes <see cref="PopulationDecisions"/> as CSV (specification §10.11): one row per (item, firm) that
/// <see cref="DecisionRowFilter"/> admits, or one row per firm (<see cref="WriteFirms"/>). Missing facts
/// are joined by <c>;</c>. Culture-free, comma-separated, RFC 4180 quoting, a header line.
/// </summary>
public static class DecisionsCsv
{
    /// <summary>The header of <see cref="WriteRows"/>.</summary>
    public const string RowHeader = "firmId,policyId,verdict,amount,upTo,capped,missingFacts,question";

    /// <summary>The header of <see cref="WriteFirms"/>.</summary>
    public const string FirmHeader = "firmId,amount,upTo,upToIsBounded,unstated,eligible,undetermined,nextQuestion";

    /// <summary>Writes the decisions' rows.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="filter">Which rows (by default the eligible and undetermined ones).</param>
    /// <param name="firmIds">The firms' ids by index; a missing or null id is the index.</param>
    /// <param name="cancellationToken">Stops between blocks; the rows written so far are whole lines.</param>
    public static void WriteRows(PopulationDecisions decisions, TextWriter writer, DecisionRowFilter filter = DecisionRowFilter.EligibleOrUndetermined, IReadOnlyList<string?>? firmIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(RowHeader);
        writer.Write('\n');
        foreach (var row in decisions.Rows(filter, null, cancellationToken))
        {
            writer.Write(RowCells.Quote(FirmId(firmIds, row.Firm)));
            writer.Write(',');
            writer.Write(RowCells.Quote(row.PolicyId));
            writer.Write(',');
            writer.Write(RowCells.Verdict(row.Verdict));
            writer.Write(',');
            writer.Write(RowCells.Money(row.Amount));
            writer.Write(',');
            writer.Write(RowCells.Money(row.UpTo));
            writer.Write(',');
            writer.Write(row.Capped ? "true" : "false");
            writer.Write(',');
            writer.Write(row.MissingFacts.IsDefaultOrEmpty ? "" : RowCells.Quote(string.Join(';', row.MissingFacts)));
            writer.Write(',');
            writer.Write(row.Question is { } q ? RowCells.Quote(q) : "");
            writer.Write('\n');
        }
    }

    /// <summary>Writes one row per firm: its totals, verdict counts and next question.</summary>
    public static void WriteFirms(PopulationDecisions decisions, TextWriter writer, IReadOnlyList<string?>? firmIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(FirmHeader);
        writer.Write('\n');
        foreach (var row in decisions.Firms())
        {
            if ((row.Firm & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            writer.Write(RowCells.Quote(FirmId(firmIds, row.Firm)));
            writer.Write(',');
            writer.Write(RowCells.Money(row.Totals.Amount));
            writer.Write(',');
            writer.Write(RowCells.Money(row.Totals.UpTo));
            writer.Write(',');
            writer.Write(row.Totals.UpToIsBounded ? "true" : "false");
            writer.Write(',');
            writer.Write(row.Totals.Unstated.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(row.Eligible.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(row.Undetermined.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(row.NextQuestion is { } q ? RowCells.Quote(q) : "");
            writer.Write('\n');
        }
    }

    private static string FirmId(IReadOnlyList<string?>? firmIds, int firm) =>
        firmIds is { } f && firm < f.Count && f[firm] is { } id ? id : firm.ToString(CultureInfo.InvariantCulture);
}
