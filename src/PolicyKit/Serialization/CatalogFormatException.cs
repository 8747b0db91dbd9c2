using System.Globalization;

namespace PolicyKit.Serialization;

/// <summary>
/// Thrown when a catalog or profile file cannot be read: it is not JSON, breaks a limit, or does
/// not have the shape of DESIGN §4 (an unknown property, a duplicate key, a wrong type, an
/// unknown predicate or award form, a value outside its fact's codes).
/// </summary>
/// <remarks>
/// The one exception type for unreadable files: malformed JSON syntax is wrapped into it too.
/// It says where (<see cref="SourceName"/>, <see cref="JsonPath"/>, <see cref="LineNumber"/>,
/// <see cref="BytePositionInLine"/>) and what was expected there (<see cref="Reason"/>). A
/// catalog that reads but is wrong is not an exception: validation reports it as diagnostics.
/// Immutable.
/// </remarks>
public sealed class CatalogFormatException : Exception
{
    /// <summary>Creates the exception with where and why.</summary>
    /// <param name="sourceName">The file name, or <see langword="null"/> when the input was not a file.</param>
    /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>policies[3].award</c>; empty for the whole document.</param>
    /// <param name="lineNumber">The line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="bytePositionInLine">The byte in that line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CatalogFormatException(string? sourceName, string jsonPath, long? lineNumber, long? bytePositionInLine, string reason, Exception? innerException = null)
        : base(Describe(sourceName, jsonPath, lineNumber, bytePositionInLine, reason), innerException)
    {
        SourceName = sourceName;
        JsonPath = jsonPath ?? "";
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Reason = reason ?? "";
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogFormatException()
        : this(null, "", null, null, "the file cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogFormatException(string message)
        : this(null, "", null, null, message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying exception.</summary>
    public CatalogFormatException(string message, Exception innerException)
        : this(null, "", null, null, message, innerException)
    {
    }

    /// <summary>The file (or other source name given to the reader), or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>The JSON path of the offending value, e.g. <c>policies[3].award</c>; empty for the document itself.</summary>
    public string JsonPath { get; }

    /// <summary>The line of the offending token, 1-based, or <see langword="null"/> when not known.</summary>
    public long? LineNumber { get; }

    /// <summary>The byte of the offending token within its line, 1-based, or <see langword="null"/> when not known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>What is wrong and what was expected, without the location.</summary>
    public string Reason { get; }

    private static string Describe(string? sourceName, string jsonPath, long? line, long? position, string reason)
    {
        var where = sourceName ?? "input";
        if (line is { } l)
        {
            where += string.Create(CultureInfo.InvariantCulture, $"({l},{position ?? 1})");
        }

        return string.IsNullOrEmpty(jsonPath) ? $"{where}: {reason}" : $"{where}: {jsonPath}: {reason}";
    }
}
