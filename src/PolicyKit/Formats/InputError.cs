namespace PolicyKit.Formats;

/// <summary>Makes the exception of one kind of input, so shared readers throw the kind they read.</summary>
internal delegate InputFormatException InputError(string? sourceName, string location, long? lineNumber, long? bytePositionInLine, string reason, Exception? innerException);

/// <summary>The error factories of the core's inputs.</summary>
internal static class InputErrors
{
    public static readonly InputError Catalog = static (s, l, line, position, r, e) => new CatalogFormatException(s, l, line, position, r, e);

    public static readonly InputError Profile = static (s, l, line, position, r, e) => new ProfileFormatException(s, l, line, position, r, e);
}
