using System.Text.Json;
using PolicyKit.Formats;

namespace PolicyKit.Formats;

/// <summary>
/// The bytes of one JSON input and its name, turning byte offsets into lines and positions for
/// <see cref="CatalogFormatException"/>.
/// </summary>
internal sealed class JsonSource
{
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _length;
    private readonly long _firstLine;
    private readonly InputError _error;

    private JsonSource(byte[] bytes, int length, string? name, long firstLine, InputError error)
    {
        // A UTF-8 byte order mark is allowed and skipped.
        _start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        _bytes = bytes;
        _length = length - _start;
        Name = name;
        _firstLine = firstLine;
        _error = error;
    }

    /// <summary>The source name (a file name), or null.</summary>
    public string? Name { get; }

    /// <summary>The JSON text without a byte order mark.</summary>
    public ReadOnlySpan<byte> Span => _bytes.AsSpan(_start, _length);

    /// <summary>Reads all of <paramref name="stream"/>, refusing more than the size limit.</summary>
    public static JsonSource FromStream(Stream stream, CatalogReadOptions options, string? name, InputError error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length - stream.Position, 0) + 1, options.MaxBytes + 1) : 64 * 1024];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > options.MaxBytes)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, options.MaxBytes + 1));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return Checked(new JsonSource(buffer, length, name, 1, error), length, options);
    }

    /// <summary>
    /// Reads all of <paramref name="stream"/> asynchronously, refusing more than the size limit: the
    /// bytes are buffered (at most <see cref="CatalogReadOptions.MaxBytes"/> + 1) and then parsed by
    /// the same reader as <see cref="FromStream"/>, so errors and their places are the same.
    /// </summary>
    public static async ValueTask<JsonSource> FromStreamAsync(Stream stream, CatalogReadOptions options, string? name, InputError error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length - stream.Position, 0) + 1, options.MaxBytes + 1) : (int)Math.Min(16 * 1024, options.MaxBytes + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > options.MaxBytes)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, options.MaxBytes + 1));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return Checked(new JsonSource(buffer, length, name, 1, error), length, options);
    }

    /// <summary>The UTF-8 of <paramref name="json"/>, refusing more than the size limit.</summary>
    public static JsonSource FromString(string json, CatalogReadOptions options, string? name, InputError error, long firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        return Checked(new JsonSource(bytes, bytes.Length, name, firstLine, error), bytes.Length, options);
    }

    /// <summary>UTF-8 bytes the source takes over (a line of a JSON Lines file), refusing more than the size limit.</summary>
    public static JsonSource FromUtf8(byte[] utf8, CatalogReadOptions options, string? name, InputError error, long firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return Checked(new JsonSource(utf8, utf8.Length, name, firstLine, error), utf8.Length, options);
    }

    private static JsonSource Checked(JsonSource source, long length, CatalogReadOptions options) =>
        length > options.MaxBytes
            ? throw source.Fail("", 0, $"the input is larger than {options.MaxBytes} bytes (CatalogReadOptions.MaxBytes).", located: false)
            : source;

    /// <summary>An exception at <paramref name="node"/>.</summary>
    public InputFormatException Fail(JsonTree node, string reason) => Fail(node.Path, node.Offset, reason);

    /// <summary>An exception at byte <paramref name="offset"/>, path <paramref name="path"/>.</summary>
    public InputFormatException Fail(string path, int offset, string reason, Exception? inner = null, bool located = true)
    {
        if (!located)
        {
            return _error(Name, path, null, null, reason, inner);
        }

        var (line, position) = Locate(offset);
        return _error(Name, path, line, position, reason, inner);
    }

    /// <summary>Wraps a syntax error of System.Text.Json.</summary>
    public InputFormatException Wrap(JsonException e, string path)
    {
        var message = e.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut].TrimEnd(' ', '|');
            }
        }

        return _error(Name, path, (e.LineNumber ?? 0) + _firstLine, (e.BytePositionInLine ?? 0) + 1, "invalid JSON: " + message, e);
    }

    /// <summary>The 1-based line and byte position of <paramref name="offset"/>.</summary>
    public (long Line, long Position) Locate(int offset)
    {
        var span = Span[..Math.Clamp(offset, 0, _length)];
        var line = _firstLine + span.Count((byte)'\n');
        var lastNewline = span.LastIndexOf((byte)'\n');
        return (line, span.Length - lastNewline);
    }
}
