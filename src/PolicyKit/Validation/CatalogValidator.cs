using System.Collections.Immutable;
using NodaTime;
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
        return Sorted(Check(catalog));
    }

    /// <summary>
    /// Validates <paramref name="catalog"/> for use on <paramref name="asOf"/>: every check of
    /// <see cref="Validate(PolicyCatalog)"/>, and the date checks (PK3006: a list published more
    /// than a year before <paramref name="asOf"/> that states no end).
    /// </summary>
    /// <returns>Every diagnostic, ordered by severity, code and location.</returns>
    public static ImmutableArray<Diagnostic> Validate(PolicyCatalog catalog, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var context = Check(catalog);
        TimelinessChecks.Run(context, asOf);
        return Sorted(context);
    }

    private static ValidationContext Check(PolicyCatalog catalog)
    {
        var context = new ValidationContext(catalog);
        StructureChecks.Run(context);
        ReferenceChecks.Run(context);
        RuleChecks.Run(context);
        CountChecks.Run(context);
        TimelinessChecks.Run(context);
        return context;
    }

    private static ImmutableArray<Diagnostic> Sorted(ValidationContext context) =>
        [.. context.Diagnostics
            .Distinct()
            .OrderBy(d => d.Severity)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Location, StringComparer.Ordinal)];

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
    public string? Nearest(string id) => NearestName.Find(id, Catalog.Schema.Facts.Select(f => f.Id));

    public string UnknownFact(string id) =>
        $"unknown fact '{id}'" + (Nearest(id) is { } near ? $"; did you mean '{near}'?" : "; declare it in the catalog's facts or use a standard fact.");
}
