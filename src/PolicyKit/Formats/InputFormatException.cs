using System.Globalization;

namespace PolicyKit.Formats;

/// <summary>
/// The base of the exceptions thrown when an input cannot be read: a catalog file
/// (<see cref="CatalogFormatException"/>), a profile or a row of a population
/// (<see cref="ProfileFormatException"/>), or a test kit's case file.
/// </summary>
/// <remarks>
/// Each kind of input has its own sealed type, so a host can tell a bad catalog (its own
/// configuration) from a bad profile (a request); catch this type for either. Every one says
/// where (<see cref="SourceName"/>, <see cref="Location"/>, <see cref="LineNumber"/>,
/// <see cref="BytePositionInLine"/>) and what was expected there (<see cref="Reason"/>), and the
/// message is <c>source(line,position): location: reason</c>. Immutable.
/// </remarks>
public abstract class InputFormatException : Exception
{
    /// <summary>Creates the exception with where and why.</summary>
    /// <param name="sourceName">The file name, or <see langword="null"/> when the input was not a file.</param>
    /// <param name="location">Where in the input: a JSON path such as <c>policies[3].award</c>, or a CSV or database column; empty for the whole input.</param>
    /// <param name="lineNumber">The line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="bytePositionInLine">The byte in that line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    protected InputFormatException(string? sourceName, string location, long? lineNumber, long? bytePositionInLine, string reason, Exception? innerException)
        : base(Describe(sourceName, location, lineNumber, bytePositionInLine, reason), innerException)
    {
        SourceName = sourceName;
        Location = location ?? "";
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Reason = reason ?? "";
    }

    /// <summary>The file (or other source name given to the reader), or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>Where in the input: a JSON path such as <c>policies[3].award</c>, or a column; empty for the input as a whole.</summary>
    public string Location { get; }

    /// <summary>The line of the offending token, 1-based, or <see langword="null"/> when not known.</summary>
    public long? LineNumber { get; }

    /// <summary>The byte of the offending token within its line, 1-based, or <see langword="null"/> when not known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>What is wrong and what was expected, without the location.</summary>
    public string Reason { get; }

    private static string Describe(string? sourceName, string location, long? line, long? position, string reason)
    {
        // Names, paths and reasons quote the input; its control characters are escaped (Printable).
        var where = Printable.Escape(sourceName ?? "input");
        if (line is { } l)
        {
            where += string.Create(CultureInfo.InvariantCulture, $"({l},{position ?? 1})");
        }

        return string.IsNullOrEmpty(location) ? $"{where}: {Printable.Escape(reason)}" : $"{where}: {Printable.Escape(location)}: {Printable.Escape(reason)}";
    }
}
