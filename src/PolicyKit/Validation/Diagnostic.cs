namespace PolicyKit.Validation;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The catalog cannot be evaluated until it is fixed.</summary>
    Error,

    /// <summary>Probably a mistake; evaluation still works.</summary>
    Warning,

    /// <summary>Information, such as declared versus modelled counts.</summary>
    Info,
}

/// <summary>
/// One finding of catalog validation: a stable code (<c>PK1xxx</c> format, <c>PK2xxx</c>
/// references, <c>PK3xxx</c> structure and counts, <c>PK4xxx</c> rules), a severity, a location
/// (a JSON path such as <c>policies[3].award</c>) and a plain message.
/// </summary>
/// <remarks>Codes never change meaning; <c>docs/diagnostics.md</c> lists them. Immutable.</remarks>
/// <param name="Code">The stable code, e.g. <c>PK2001</c>.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Location">Where, as a JSON path into the catalog.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Location, string Message)
{
    /// <summary>The diagnostic as one line: <c>CODE severity location: message</c> (specification §5).</summary>
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()} {Location}: {Message}";
}
