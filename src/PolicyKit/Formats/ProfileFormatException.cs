namespace PolicyKit.Formats;

/// <summary>
/// Thrown when an enterprise profile cannot be read: a profile JSON file, a line of a JSON Lines
/// population, a CSV row or a database row (specification §4, §10) that is not valid.
/// </summary>
/// <remarks>
/// <see cref="InputFormatException.Location"/> is the JSON path within the profile (e.g.
/// <c>facts['enterprise.employees']</c>) or the CSV or database column. Whoever reads a
/// population gets nothing when one row is bad. Immutable.
/// </remarks>
public sealed class ProfileFormatException : InputFormatException
{
    /// <summary>Creates the exception with where and why.</summary>
    /// <param name="sourceName">The file name, or <see langword="null"/> when the input was not a file.</param>
    /// <param name="location">The JSON path (e.g. <c>facts['enterprise.employees']</c>) or the column of the offending value; empty for the whole input.</param>
    /// <param name="lineNumber">The line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="bytePositionInLine">The byte in that line (1-based), or <see langword="null"/> when not known.</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ProfileFormatException(string? sourceName, string location, long? lineNumber, long? bytePositionInLine, string reason, Exception? innerException = null)
        : base(sourceName, location, lineNumber, bytePositionInLine, reason, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ProfileFormatException()
        : this(null, "", null, null, "the profile cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ProfileFormatException(string message)
        : this(null, "", null, null, message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying exception.</summary>
    public ProfileFormatException(string message, Exception innerException)
        : this(null, "", null, null, message, innerException)
    {
    }
}
