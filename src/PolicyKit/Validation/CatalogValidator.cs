using System.Collections.Immutable;
using PolicyKit.Model;

namespace PolicyKit.Validation;

/// <summary>
/// Checks a catalog that was built or read for mistakes, reporting all of them in one pass.
/// </summary>
/// <remarks>
/// The checks are listed with their codes in <c>docs/diagnostics.md</c>. Diagnostics come in a
/// stable order: by code, then location. Thread-safe (no state).
/// </remarks>
public static class CatalogValidator
{
    /// <summary>Validates <paramref name="catalog"/>.</summary>
    /// <returns>Every diagnostic, ordered by severity, code and location.</returns>
    public static ImmutableArray<Diagnostic> Validate(PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var context = new ValidationContext(catalog);
        StructureChecks.Run(context);
        ReferenceChecks.Run(context);
        RuleChecks.Run(context);
        CountChecks.Run(context);
        return [.. context.Diagnostics
            .Distinct()
            .OrderBy(d => d.Severity)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Location, StringComparer.Ordinal)];
    }

    /// <summary>Throws when <paramref name="catalog"/> has errors.</summary>
    /// <exception cref="InvalidCatalogException">Validation found errors.</exception>
    public static void ThrowIfInvalid(PolicyCatalog catalog)
    {
        var diagnostics = Validate(catalog);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidCatalogException(catalog.Id, diagnostics);
        }
    }
}

/// <summary>The catalog being validated and the diagnostics found so far.</summary>
internal sealed class ValidationContext(PolicyCatalog catalog)
{
    public PolicyCatalog Catalog { get; } = catalog;

    public List<Diagnostic> Diagnostics { get; } = [];

    public void Error(string code, string location, string message) => Diagnostics.Add(new(code, DiagnosticSeverity.Error, location, message));

    public void Warning(string code, string location, string message) => Diagnostics.Add(new(code, DiagnosticSeverity.Warning, location, message));

    public void Info(string code, string location, string message) => Diagnostics.Add(new(code, DiagnosticSeverity.Info, location, message));

    /// <summary>The known fact id nearest to <paramref name="id"/>, for "did you mean" hints.</summary>
    public string? Nearest(string id) => Catalog.Schema.Facts
        .Select(f => (f.Id, Distance: Levenshtein(f.Id, id)))
        .Where(p => p.Distance <= Math.Max(3, id.Length / 3))
        .OrderBy(p => p.Distance).ThenBy(p => p.Id, StringComparer.Ordinal)
        .Select(p => p.Id).FirstOrDefault();

    public string UnknownFact(string id) =>
        $"unknown fact '{id}'" + (Nearest(id) is { } near ? $"; did you mean '{near}'?" : "; declare it in the catalog's facts or use a standard fact.");

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
