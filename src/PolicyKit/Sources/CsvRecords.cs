using System.Buffers;
using System.Globalization;
using PolicyKit.Formats;

namespace PolicyKit.Sources;

/// <summary>
/// Splits UTF-8 CSV (RFC 4180) into records and cells in place: a record ends at a line break
/// outside quotes, cells are separated by commas, a quoted cell may hold commas, line breaks and
/// doubled quotes.
/// </summary>
/// <remarks>
/// Strict: a quote inside an unquoted cell, text after a closing quote, an unterminated quote, a
/// cell over <see cref="CatalogReadOptions.MaxStringLength"/> bytes or a record over its limit
/// throws <see cref="ProfileFormatException"/> with the line and byte position. A cell is a
/// span valid until the next <see cref="Next"/>. Not thread-safe.
/// </remarks>
internal sealed class CsvRecords : IDisposable
{
    private const byte Quote = (byte)'"';
    private readonly Utf8Input _input;
    private readonly string? _sourceName;
    private readonly int _maxCell;
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private byte[] _kinds = new byte[32];
    private byte[] _scratch = ArrayPool<byte>.Shared.Rent(1024);
    private int _consumed;
    private int _linesInRecord;

    public CsvRecords(Utf8Input input, string? sourceName, int maxCell)
    {
        _input = input;
        _sourceName = sourceName;
        _maxCell = maxCell;
    }

    /// <summary>The line the current record starts on, 1-based.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>The number of cells of the current record.</summary>
    public int Count { get; private set; }

    /// <summary>The most bytes one record may take.</summary>
    public int MaxRecord { get; set; } = int.MaxValue;

    /// <summary>Whether the current record is an empty line.</summary>
    public bool IsBlank => Count == 1 && _lengths[0] == 0 && _kinds[0] == 0;

    private ReadOnlySpan<byte> Record => _input.Buffer.AsSpan(_input.Start, _consumed);

    /// <summary>Moves to the next record; false at the end of the input.</summary>
    public bool Next()
    {
        _input.Start += _consumed;
        Line += _linesInRecord;
        _consumed = 0;
        _linesInRecord = 0;

        var scan = 0;
        var inQuote = false;
        var newlines = 0;
        int length;
        while (true)
        {
            var window = _input.Window;
            var hit = window[scan..].IndexOfAny(Quote, (byte)'\n');
            if (hit < 0)
            {
                var had = window.Length;
                if (_input.Fill(MaxRecord))
                {
                    scan = had;
                    continue;
                }

                if (!_input.Ended)
                {
                    throw Fail(Line, 1, "", $"a record longer than {MaxRecord} bytes" + (inQuote ? "; is a quote left open?" : "."));
                }

                if (had == 0)
                {
                    return false;
                }

                if (inQuote)
                {
                    // A stray quote in an unquoted cell is the likelier mistake: Split names it where it is.
                    _consumed = had;
                    Split(had);
                    throw Fail(Line, 1, "", "a quoted cell is never closed: the input ends inside it.");
                }

                length = _consumed = had;
                break;
            }

            scan += hit;
            if (window[scan] == Quote)
            {
                inQuote = !inQuote;
            }
            else if (inQuote)
            {
                newlines++;
            }
            else
            {
                length = scan;
                _consumed = scan + 1;
                newlines++;
                break;
            }

            scan++;
        }

        _linesInRecord = newlines;
        if (length > MaxRecord)
        {
            throw Fail(Line, 1, "", $"a record longer than {MaxRecord} bytes.");
        }

        Split(length);
        return true;
    }

    /// <summary>The text of cell <paramref name="index"/>, quotes removed.</summary>
    public ReadOnlySpan<byte> Cell(int index)
    {
        var raw = Record.Slice(_starts[index], _lengths[index]);
        if (_kinds[index] != 2)
        {
            return raw;
        }

        if (_scratch.Length < raw.Length)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
            _scratch = ArrayPool<byte>.Shared.Rent(raw.Length);
        }

        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            _scratch[n++] = raw[i];
            if (raw[i] == Quote)
            {
                i++;
            }
        }

        return _scratch.AsSpan(0, n);
    }

    /// <summary>Whether cell <paramref name="index"/> was quoted.</summary>
    public bool IsQuoted(int index) => _kinds[index] != 0;

    /// <summary>An error at cell <paramref name="index"/>, naming its line and byte position.</summary>
    public ProfileFormatException Fail(int index, string path, string reason)
    {
        var (line, position) = Locate(_starts[index] - (_kinds[index] != 0 ? 1 : 0));
        return Fail(line, position, path, reason);
    }

    private ProfileFormatException Fail(long line, long position, string path, string reason) =>
        new(_sourceName, path, line, position, reason);

    private (long Line, long Position) Locate(int offset)
    {
        var before = Record[..offset];
        return (Line + before.Count((byte)'\n'), offset - before.LastIndexOf((byte)'\n'));
    }

    private void Split(int length)
    {
        var record = _input.Buffer.AsSpan(_input.Start, length);
        if (length > 0 && record[^1] == (byte)'\r')
        {
            record = record[..^1];
        }

        Count = 0;
        var i = 0;
        while (true)
        {
            if (i < record.Length && record[i] == Quote)
            {
                var start = i + 1;
                var escaped = false;
                var j = start;
                while (true)
                {
                    var close = record[j..].IndexOf(Quote);
                    if (close < 0)
                    {
                        var (line, position) = Locate(i);
                        throw Fail(line, position, "", "a quoted cell is never closed: the input ends inside it.");
                    }

                    j += close;
                    if (j + 1 < record.Length && record[j + 1] == Quote)
                    {
                        escaped = true;
                        j += 2;
                        continue;
                    }

                    break;
                }

                Add(start, j - start, escaped ? (byte)2 : (byte)1);
                i = j + 1;
                if (i == record.Length)
                {
                    return;
                }

                if (record[i] != (byte)',')
                {
                    var (line, position) = Locate(i);
                    throw Fail(line, position, "", "after a closing quote, expected a comma or the end of the line; double a quote inside a quoted cell (\"\").");
                }

                i++;
                continue;
            }

            var k = record[i..].IndexOfAny((byte)',', Quote);
            if (k >= 0 && record[i + k] == Quote)
            {
                var (line, position) = Locate(i + k);
                throw Fail(line, position, "", "a quote inside an unquoted cell; quote the whole cell and double the quote (\"a \"\"b\"\"\").");
            }

            Add(i, k < 0 ? record.Length - i : k, 0);
            if (k < 0)
            {
                return;
            }

            i += k + 1;
        }
    }

    private void Add(int start, int length, byte kind)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _kinds, Count * 2);
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        _kinds[Count] = kind;
        Count++;
        if (length > _maxCell)
        {
            throw Fail(Count - 1, "", string.Create(CultureInfo.InvariantCulture,
                $"cell {Count} is {length} bytes, over the limit of {_maxCell} (CatalogReadOptions.MaxStringLength)."));
        }
    }

    /// <summary>Returns the pooled buffers and the input's.</summary>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_scratch);
        _scratch = [];
        _input.Dispose();
    }
}
