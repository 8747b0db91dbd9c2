using System.Text.Json;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>
/// Reads JSON Lines of profiles at population scale: lines are found in pooled UTF-8 buffers and
/// read with one <see cref="Utf8JsonReader"/> pass straight into a profile's slots, with no
/// string per line and no document tree.
/// </summary>
/// <remarks>
/// The fast pass accepts only what the strict reader (<see cref="ProfileJsonReader"/>) accepts,
/// and gives up on anything else: an unknown or repeated name, a value of the wrong kind, an
/// escaped string, a code outside its fact's set. A line it gives up on is read again by the
/// strict reader, which either reads it (the rare shapes the fast pass leaves out) or throws the
/// one error it would throw for that line on its own, with the file's line number. So errors and
/// values are the strict reader's, and only speed differs.
/// </remarks>
internal sealed partial class ProfileJsonLines
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private readonly FactSchema _schema;
    private readonly CatalogReadOptions _options;
    private readonly string? _sourceName;
    private readonly Utf8Table<int> _slots = new(int.MaxValue);
    private readonly byte[][] _sortedNames;
    private readonly int[] _sortedSlots;
    private readonly int[] _sortedIndex;
    private readonly List<string> _codes = new(8);
    private readonly FactCells _cells;
    private readonly Utf8Table<FactValue>?[] _arrays;
    private readonly bool[] _seen;
    private readonly bool _fast;

    private ProfileJsonLines(FactSchema schema, CatalogReadOptions options, string? sourceName)
    {
        _schema = schema;
        _options = options;
        _sourceName = sourceName;
        _cells = new FactCells(schema);
        _arrays = new Utf8Table<FactValue>?[schema.Count];
        _seen = new bool[schema.Count];

        // Writers (ProfileJson among them) list facts sorted by id: the next name is checked first.
        var sorted = Enumerable.Range(0, schema.Count).OrderBy(slot => schema[slot].Id, StringComparer.Ordinal).ToArray();
        _sortedSlots = sorted;
        _sortedNames = [.. sorted.Select(slot => System.Text.Encoding.UTF8.GetBytes(schema[slot].Id))];
        _sortedIndex = new int[schema.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            _sortedIndex[sorted[i]] = i;
        }

        // The strict reader limits depth and every string, names included; the fast pass checks
        // only values, so it stands aside when limits are tighter than the names it knows.
        _fast = options.MaxDepth >= 4 && options.MaxStringLength >= Math.Max(12, schema.Facts.Max(f => f.Id.Length));
        for (var slot = 0; slot < schema.Count; slot++)
        {
            _slots.Add(schema[slot].Id, slot);
            if (schema[slot].Type is FactType.CodeSet or FactType.Certifications)
            {
                _arrays[slot] = new Utf8Table<FactValue>();
            }
        }
    }

    /// <summary>Every profile of the input <paramref name="open"/> makes, skipping blank lines.</summary>
    public static IEnumerable<EnterpriseProfile> Read(Func<Utf8Input> open, FactSchema schema, CatalogReadOptions options, string? sourceName, CancellationToken cancellationToken)
    {
        using (var input = open())
        {
            var lines = new ProfileJsonLines(schema, options, sourceName);
            var maxLine = (int)Math.Min(options.MaxBytes + 2, Array.MaxLength);
            long number = 0;
            var searched = 0;
            while (true)
            {
                var newline = input.Window[searched..].IndexOf((byte)'\n');
                int length;
                int consumed;
                if (newline >= 0)
                {
                    length = searched + newline;
                    consumed = length + 1;
                }
                else if (input.End - input.Start is var searchedAll && input.Fill(maxLine))
                {
                    searched = searchedAll;
                    continue;
                }
                else if (!input.Ended)
                {
                    throw lines.TooLong(number + 1);
                }
                else if (input.End == input.Start)
                {
                    yield break;
                }
                else
                {
                    length = consumed = input.End - input.Start;
                }

                searched = 0;
                number++;
                if ((number & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var profile = lines.ReadLine(input.Buffer, input.Start, length, number);
                input.Start += consumed;
                if (profile is not null)
                {
                    yield return profile;
                }
            }
        }
    }

    /// <summary>The profile on one line, or null for a blank line.</summary>
    private EnterpriseProfile? ReadLine(byte[] buffer, int start, int length, long number)
    {
        var line = buffer.AsSpan(start, length).TrimEnd((byte)'\r');
        if (line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        if (line.Length > _options.MaxBytes)
        {
            throw TooLong(number);
        }

        EnterpriseProfile? profile = null;
        if (_fast)
        {
            try
            {
                profile = TryRead(line);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
            {
                profile = null;
            }
        }

        return profile ?? ProfileJsonReader.Read(JsonSource.FromUtf8(line.ToArray(), _options, _sourceName, InputErrors.Profile, number), _options, _schema);
    }

    private ProfileFormatException TooLong(long number) =>
        new(_sourceName, "", number, 1, $"the line is longer than {_options.MaxBytes} bytes (CatalogReadOptions.MaxBytes).");

    private EnterpriseProfile? TryRead(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null;
        FactValue[]? values = null;
        var sawId = false;
        var sawSchema = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var isFacts = reader.ValueTextEquals("facts"u8);
            var isId = !isFacts && reader.ValueTextEquals("id"u8);
            var isSchema = !isFacts && !isId && reader.ValueTextEquals("$schema"u8);
            reader.Read();
            if (isFacts && values is null && reader.TokenType == JsonTokenType.StartObject)
            {
                values = ReadFacts(ref reader, line);
                if (values is null)
                {
                    return null;
                }
            }
            else if ((isId && !sawId) || (isSchema && !sawSchema))
            {
                sawId |= isId;
                sawSchema |= isSchema;
                if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= _options.MaxStringLength)
                {
                    var text = reader.GetString();
                    id = isId ? text : id;
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        // Anything after the object (a second value, a stray token) makes Read throw or return true.
        return reader.TokenType == JsonTokenType.EndObject && values is not null && !reader.Read()
            ? new EnterpriseProfile(id, _schema, values)
            : null;
    }

    private FactValue[]? ReadFacts(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        var values = new FactValue[_schema.Count];
        Array.Clear(_seen);
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int slot;
            if (next < _sortedNames.Length && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(_sortedNames[next]))
            {
                slot = _sortedSlots[next];
            }
            else if (reader.ValueIsEscaped || !_slots.TryGet(reader.ValueSpan, out slot))
            {
                return null;
            }

            if (_seen[slot])
            {
                return null;
            }

            _seen[slot] = true;
            next = _sortedIndex[slot] + 1;
            reader.Read();
            if (reader.TokenType != JsonTokenType.Null && !TryValue(ref reader, line, slot, out values[slot]))
            {
                return null;
            }
        }

        return values;
    }

    /// <summary>Whether a number literal has a digit other than 0 before its exponent.</summary>
    private static bool IsNonZero(ReadOnlySpan<byte> literal)
    {
        foreach (var b in literal)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    private bool TryValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, int slot, out FactValue value)
    {
        value = default;
        var token = reader.TokenType;
        switch (_schema[slot].Type)
        {
            case FactType.Bool when token is JsonTokenType.True or JsonTokenType.False:
                value = FactValue.Bool(token == JsonTokenType.True);
                return true;
            case FactType.Integer when token == JsonTokenType.Number && reader.TryGetInt64(out var integer):
                value = FactValue.Integer(integer);
                return true;
            // A 0 that was not written as 0 (1e-30) and a negative amount are left to the full reader, which refuses them with their place.
            case FactType.Decimal when token == JsonTokenType.Number && reader.TryGetDecimal(out var number) && (number != 0m || !IsNonZero(reader.ValueSpan)):
                value = FactValue.Decimal(number);
                return true;
            case FactType.Money when token == JsonTokenType.Number && reader.TryGetDecimal(out var money) && money >= 0m && (money != 0m || !IsNonZero(reader.ValueSpan)):
                value = FactValue.Money(money);
                return true;
            case FactType.Text when token == JsonTokenType.String && reader.ValueSpan.Length <= _options.MaxStringLength:
                value = FactValue.Text(reader.GetString()!);
                return true;
            case FactType.Date or FactType.Jurisdiction or FactType.Code
                when token == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length <= _options.MaxStringLength:
                value = _cells.Parse(slot, reader.ValueSpan, out var reason);
                return reason is null;
            case FactType.CodeSet or FactType.Certifications when token == JsonTokenType.StartArray:
                return TryArray(ref reader, line, slot, out value);
            default:
                return false;
        }
    }

    /// <summary>
    /// A code set or certification list. Its raw text keys a cache, since a population repeats
    /// the same sets: a code set is read in place and its value shared; a certification list,
    /// whose dates rarely repeat, is looked up first and read with a second reader when new.
    /// </summary>
    private bool TryArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, int slot, out FactValue value)
    {
        var start = (int)reader.TokenStartIndex;
        var cache = _arrays[slot]!;
        if (_schema[slot].Type == FactType.CodeSet)
        {
            _codes.Clear();
            while (reader.Read() && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
                && reader.ValueSpan.Length <= _options.MaxStringLength && _cells.TryCode(slot, reader.ValueSpan, out var code))
            {
                _codes.Add(code);
            }

            value = default;
            if (reader.TokenType != JsonTokenType.EndArray)
            {
                return false;
            }

            var text = line[start..(int)reader.BytesConsumed];
            if (!cache.TryGet(text, out value))
            {
                value = FactValue.SortedCodeSet(FactCells.SortedDistinct(_codes));
                cache.TryAdd(text, value);
            }

            return true;
        }

        reader.Skip();
        var raw = line[start..(int)reader.BytesConsumed];
        if (cache.TryGet(raw, out value))
        {
            return true;
        }

        var items = new Utf8JsonReader(raw, ReaderOptions);
        items.Read();
        bool ok;
        var list = new List<Certification>(4);
        while ((ok = items.Read()) && items.TokenType == JsonTokenType.StartObject && TryCertification(ref items, slot, out var certification))
        {
            list.Add(certification);
        }

        ok = ok && items.TokenType == JsonTokenType.EndArray;
        value = ok ? FactValue.OwnedCertifications([.. list]) : default;
        if (ok)
        {
            cache.TryAdd(raw, value);
        }

        return ok;
    }

    private bool TryCertification(ref Utf8JsonReader reader, int slot, out Certification certification)
    {
        certification = null!;
        string? kind = null;
        NodaTime.LocalDate? recognizedOn = null;
        NodaTime.LocalDate? expiresOn = null;
        var sawExpires = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueIsEscaped ? 0
                : reader.ValueTextEquals("kind"u8) ? 1
                : reader.ValueTextEquals("recognizedOn"u8) ? 2
                : reader.ValueTextEquals("expiresOn"u8) ? 3 : 0;
            reader.Read();
            var isString = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length <= _options.MaxStringLength;
            switch (field)
            {
                case 1 when kind is null && isString && _cells.TryCode(slot, reader.ValueSpan, out var code):
                    kind = code;
                    break;
                case 2 when recognizedOn is null && isString && FactCells.TryDate(reader.ValueSpan, out var recognized):
                    recognizedOn = recognized;
                    break;
                case 3 when !sawExpires && reader.TokenType == JsonTokenType.Null:
                    sawExpires = true;
                    break;
                case 3 when !sawExpires && isString && FactCells.TryDate(reader.ValueSpan, out var expires):
                    sawExpires = true;
                    expiresOn = expires;
                    break;
                default:
                    return false;
            }
        }

        if (kind is null || recognizedOn is not { } on || expiresOn < on)
        {
            return false;
        }

        certification = new Certification(kind, on, expiresOn, @checked: true);
        return true;
    }
}
