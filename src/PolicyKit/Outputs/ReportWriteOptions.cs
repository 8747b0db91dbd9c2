using PolicyKit.Text;

namespace PolicyKit.Outputs;

/// <summary>How <see cref="ReportJson"/> writes a decision report.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ReportWriteOptions
{
    /// <summary>The defaults: reasons included, texts in both languages, indented.</summary>
    public static ReportWriteOptions Default { get; } = new();

    /// <summary>Whether each decision carries its reasons tree (default true; batches usually leave it out).</summary>
    public bool IncludeReasons { get; init; } = true;

    /// <summary>
    /// The language of texts: <see langword="null"/> (the default) writes each text as
    /// <c>{ "zh", "en" }</c>; a language writes a plain string in it (Chinese when English is missing).
    /// </summary>
    public Language? Language { get; init; }

    /// <summary>
    /// Whether each decision carries its <c>source</c> block: policy and list titles, department,
    /// citations and note (default true; batches may leave the long texts out).
    /// </summary>
    public bool IncludeSources { get; init; } = true;

    /// <summary>
    /// Whether to write only the decisions whose item takes applications on the as-of date
    /// (<c>application.status</c> <c>open</c>; <c>match --open-now</c>). Default false. The totals
    /// stay those of the whole report.
    /// </summary>
    public bool OpenForApplicationOnly { get; init; }

    /// <summary>Whether the string and stream forms indent (default true); ignored when writing to a <see cref="System.Text.Json.Utf8JsonWriter"/>.</summary>
    public bool Indented { get; init; } = true;
}
