namespace PolicyKit.Formats;

/// <summary>Limits that protect a reader of catalog and profile JSON from oversized or hostile input.</summary>
/// <remarks>
/// Breaking a limit throws <see cref="CatalogFormatException"/> naming the limit. The defaults
/// (<see cref="Default"/>) are far above any real policy list: the whole Qingdao reference
/// catalog is under 1 MiB and nests about 12 levels. Immutable.
/// </remarks>
public sealed record CatalogReadOptions
{
    /// <summary>The default nesting depth limit, 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default file size limit, 16 MiB.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The default string length limit, 64 KiB.</summary>
    public const int DefaultMaxStringLength = 64 * 1024;

    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly long _maxBytes = DefaultMaxBytes;
    private readonly int _maxStringLength = DefaultMaxStringLength;

    /// <summary>The defaults: depth 64, 16 MiB, strings of 64 KiB.</summary>
    public static CatalogReadOptions Default { get; } = new();

    /// <summary>The deepest nesting of objects and arrays allowed (default 64; the document itself is depth 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 1000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the nesting depth limit must be between 1 and 1000.");
    }

    /// <summary>The largest input accepted, in bytes (default 16 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or exceeds 1 GiB.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = value is > 0 and <= 1L << 30 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the size limit must be between 1 byte and 1 GiB.");
    }

    /// <summary>The longest string (value or property name) accepted, in UTF-8 bytes as written in the file (default 64 KiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the string length limit must be positive.");
    }
}
