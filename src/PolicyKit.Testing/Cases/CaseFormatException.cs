using PolicyKit.Formats;

namespace PolicyKit.Testing.Cases;

/// <summary>
/// Thrown when a case file (specification §11) cannot be read: it is not JSON, or a case, its
/// profile or its expectations do not have the documented shape.
/// </summary>
/// <remarks>
/// <see cref="InputFormatException.Location"/> is the JSON path, which names the case
/// (<c>cases[2].expect['laoshan-unicorn-award']</c>). Immutable.
/// </remarks>
public sealed class CaseFormatException : InputFormatException
{
    /// <summary>Creates the exception with where and why.</summary>
    /// <param name="sourceName">The file name, or <see langword="null"/> when the input was not a file.</param>
    /// <param name="location">The JSON path of the offending value, e.g. <c>cases[2].profile</c>; empty for the whole file.</param>
    /// <param name="lineNumber">The line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="bytePositionInLine">The byte in that line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CaseFormatException(string? sourceName, string location, long? lineNumber, long? bytePositionInLine, string reason, Exception? innerException = null)
        : base(sourceName, location, lineNumber, bytePositionInLine, reason, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CaseFormatException()
        : this(null, "", null, null, "the case file cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CaseFormatException(string message)
        : this(null, "", null, null, message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying exception.</summary>
    public CaseFormatException(string message, Exception innerException)
        : this(null, "", null, null, message, innerException)
    {
    }

    /// <summary>Makes this exception for the shared JSON reader of the core.</summary>
    internal static readonly InputError Factory = static (s, l, line, position, r, e) => new CaseFormatException(s, l, line, position, r, e);
}
