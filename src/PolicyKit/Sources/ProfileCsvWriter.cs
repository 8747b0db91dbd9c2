using System.Globalization;
using NodaTime.Text;
using PolicyKit.Facts;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>Writes profiles as CSV (specification §5) that <see cref="ProfileCsvReader"/> reads back to equal profiles.</summary>
internal static class ProfileCsvWriter
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static void Write(IEnumerable<EnterpriseProfile> profiles, TextWriter writer, FactSchema schema, bool includeId, CancellationToken cancellationToken)
    {
        var columns = new List<string>();
        if (includeId)
        {
            columns.Add(ProfileCsv.IdColumn);
        }

        columns.AddRange(schema.Facts.Select(f => f.Id));
        writer.Write(string.Join(",", columns.Select(Escape)));
        writer.Write("\r\n");
        long rows = 0;
        foreach (var profile in profiles)
        {
            ArgumentNullException.ThrowIfNull(profile, nameof(profiles));
            if ((++rows & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = profile.Rebind(schema);
            if (includeId)
            {
                // An unquoted empty id is none; "" is the empty id.
                writer.Write(row.Id is null ? "" : row.Id.Length == 0 ? "\"\"" : Escape(row.Id));
            }

            for (var slot = 0; slot < schema.Count; slot++)
            {
                if (slot > 0 || includeId)
                {
                    writer.Write(',');
                }

                writer.Write(Cell(schema[slot], row[slot]));
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>The cell of <paramref name="value"/>: empty when unknown, <c>""</c> for empty text or an empty set.</summary>
    public static string Cell(FactDefinition fact, FactValue value)
    {
        if (!value.IsKnown)
        {
            return "";
        }

        return value.Type switch
        {
            FactType.Bool => value.AsBool() ? "true" : "false",
            FactType.Integer => value.AsInteger().ToString(CultureInfo.InvariantCulture),
            FactType.Decimal or FactType.Money => Numbers.Format(value.AsNumber()),
            FactType.Date => LocalDatePattern.Iso.Format(value.AsDate()),
            FactType.CodeSet or FactType.Certifications when value.RawCodesOrCertificationsEmpty() => "\"\"",
            FactType.CodeSet => string.Join("|", value.RawCodes.Select(code => Code(fact, code))),
            FactType.Certifications => string.Join("|", value.RawCertifications.Select(c =>
                c.Kind + ":" + LocalDatePattern.Iso.Format(c.RecognizedOn) + ":" + (c.ExpiresOn is { } e ? LocalDatePattern.Iso.Format(e) : ""))),
            FactType.Text when value.AsString().Length == 0 => "\"\"",
            _ => Escape(value.AsString()),
        };
    }

    private static bool RawCodesOrCertificationsEmpty(this FactValue value) =>
        value.Type == FactType.CodeSet ? value.RawCodes.Length == 0 : value.RawCertifications.Length == 0;

    private static string Code(FactDefinition fact, string code) => code.Contains('|', StringComparison.Ordinal)
        ? throw new ArgumentException($"code '{code}' of fact '{fact.Id}' holds '|', which separates codes in a CSV cell.", nameof(fact))
        : code;

    private static string Escape(string text) => text.IndexOfAny(NeedsQuotes) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
