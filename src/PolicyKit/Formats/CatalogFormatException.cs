namespace PolicyKit.Formats;

/// <summary>
/// Thrown when a catalog file cannot be read: it is not JSON, breaks a limit, or does not have the
/// shape of specification §4 (an unknown property, a duplicate key, a wrong type, an unknown
/// predicate or award form, a value outside its fact's codes).
/// </summary>
/// <remarks>
/// Malformed JSON syntax is wrapped into it too. A catalog that reads but is wrong is not an
/// exception: validation reports it as diagnostics. Immutable.
/// </remarks>
public sealed class CatalogFormatException : InputFormatException
{
    /// <summary>Creates the exception with where and why.</summary>
    /// <param name="sourceName">The file name, or <see langword="null"/> when the input was not a file.</param>
    /// <param name="location">The JSON path of the offending value, e.g. <c>policies[3].award</c>; empty for the whole document.</param>
    /// <param name="lineNumber">The line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="bytePositionInLine">The byte in that line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CatalogFormatException(string? sourceName, string location, long? lineNumber, long? bytePositionInLine, string reason, Exception? innerException = null)
        : base(sourceName, location, lineNumber, bytePositionInLine, reason, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CatalogFormatException()
        : this(null, "", null, null, "the catalog cannot be read.")
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

    /// <summary>The JSON path of the offending value, e.g. <c>policies[3].award</c>; empty for the document itself.</summary>
    public string JsonPath => Location;
}
