using System.Collections.Immutable;

namespace PolicyKit.Validation;

/// <summary>Thrown when a catalog with validation errors is given to an evaluator; lists every diagnostic.</summary>
public sealed class InvalidCatalogException : Exception
{
    /// <summary>Creates the exception for <paramref name="catalogId"/> with its diagnostics.</summary>
    public InvalidCatalogException(string catalogId, IEnumerable<Diagnostic> diagnostics)
        : this(catalogId, [.. diagnostics])
    {
    }

    private InvalidCatalogException(string catalogId, ImmutableArray<Diagnostic> diagnostics)
        : base(Describe(catalogId, diagnostics))
    {
        CatalogId = catalogId;
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public InvalidCatalogException()
        : this("?", ImmutableArray<Diagnostic>.Empty)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public InvalidCatalogException(string message)
        : base(message)
    {
        CatalogId = "?";
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public InvalidCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        CatalogId = "?";
        Diagnostics = [];
    }

    /// <summary>The catalog's id.</summary>
    public string CatalogId { get; }

    /// <summary>Every diagnostic, errors first.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(string catalogId, ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return $"catalog '{catalogId}' has {errors.Count} error(s):" + Environment.NewLine
            + string.Join(Environment.NewLine, errors.Select(d => "  " + d));
    }
}
