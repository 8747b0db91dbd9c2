using System.Text.Json;

namespace PolicyKit.Formats;

/// <summary>
/// A parsed JSON value that remembers where it stands (JSON path and byte offset), so that
/// every error after parsing can still name its line and position. Unlike
/// <see cref="JsonDocument"/>, it rejects duplicate keys and keeps numbers as the exact
/// <see cref="decimal"/> read from the token.
/// </summary>
internal sealed class JsonTree
{
    private JsonTree(JsonValueKind kind, string path, int offset)
    {
        Kind = kind;
        Path = path;
        Offset = offset;
    }

    public JsonValueKind Kind { get; }

    /// <summary>The JSON path, e.g. <c>policies[3].award</c>; empty for the root.</summary>
    public string Path { get; }

    /// <summary>The byte offset of the token that starts the value.</summary>
    public int Offset { get; }

    /// <summary>The string value.</summary>
    public string? String { get; private init; }

    /// <summary>The number as a decimal, or null when it is outside decimal's range.</summary>
    public decimal? Number { get; private init; }

    /// <summary>The number as written.</summary>
    public string? RawNumber { get; private init; }

    /// <summary>The properties of an object, in file order.</summary>
    public IReadOnlyList<JsonTreeProperty> Properties { get; private init; } = [];

    /// <summary>The items of an array.</summary>
    public IReadOnlyList<JsonTree> Items { get; private init; } = [];

    /// <summary>The property <paramref name="name"/> of an object, or null.</summary>
    public JsonTreeProperty? Find(string name)
    {
        foreach (var p in Properties)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Words for the kind of this value, for messages ("a string \"x\"", "an array").</summary>
    public string Describe() => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string \"" + Shorten(String!) + "\"",
        JsonValueKind.Number => "the number " + RawNumber,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <summary>The path of property <paramref name="name"/> under <paramref name="parent"/>.</summary>
    public static string Child(string parent, string name)
    {
        var simple = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
        return simple ? (parent.Length == 0 ? name : parent + "." + name) : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
    }

    /// <summary>The path of item <paramref name="index"/> under <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    /// <summary>Parses one JSON document, enforcing <paramref name="options"/>.</summary>
    public static JsonTree Parse(JsonSource source, CatalogReadOptions options)
    {
        var reader = new Utf8JsonReader(source.Span, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = options.MaxDepth + 1,
        });
        var state = new ParseState(source, options);
        try
        {
            if (!reader.Read())
            {
                throw source.Fail("", 0, "the input is empty; expected a JSON object.");
            }

            var root = state.ReadValue(ref reader, "");
            if (reader.Read())
            {
                throw source.Fail("", (int)reader.TokenStartIndex, "more than one JSON value; expected a single object.");
            }

            return root;
        }
        catch (JsonException e)
        {
            throw source.Wrap(e, state.CurrentPath);
        }
    }

    private sealed class ParseState(JsonSource source, CatalogReadOptions options)
    {
        public string CurrentPath { get; private set; } = "";

        public JsonTree ReadValue(ref Utf8JsonReader reader, string path)
        {
            CurrentPath = path;
            var offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    Deeper(ref reader, path, offset);
                    return ReadObject(ref reader, path, offset);
                case JsonTokenType.StartArray:
                    Deeper(ref reader, path, offset);
                    var items = new List<JsonTree>();
                    while (Next(ref reader) != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader, Item(path, items.Count)));
                    }

                    CurrentPath = path;
                    return new JsonTree(JsonValueKind.Array, path, offset) { Items = items };
                case JsonTokenType.String:
                    return new JsonTree(JsonValueKind.String, path, offset) { String = ReadString(ref reader, path, offset) };
                case JsonTokenType.Number:
                    return new JsonTree(JsonValueKind.Number, path, offset)
                    {
                        Number = reader.TryGetDecimal(out var number) ? number : null,
                        RawNumber = System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                    };
                case JsonTokenType.True:
                    return new JsonTree(JsonValueKind.True, path, offset);
                case JsonTokenType.False:
                    return new JsonTree(JsonValueKind.False, path, offset);
                default:
                    return new JsonTree(JsonValueKind.Null, path, offset);
            }
        }

        private JsonTree ReadObject(ref Utf8JsonReader reader, string path, int offset)
        {
            var properties = new List<JsonTreeProperty>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (Next(ref reader) != JsonTokenType.EndObject)
            {
                var nameOffset = (int)reader.TokenStartIndex;
                var name = ReadString(ref reader, path, nameOffset);
                var childPath = Child(path, name);
                if (!names.Add(name))
                {
                    throw source.Fail(childPath, nameOffset, $"duplicate property '{name}'; each property may appear once.");
                }

                Next(ref reader);
                properties.Add(new JsonTreeProperty(name, nameOffset, ReadValue(ref reader, childPath)));
            }

            CurrentPath = path;
            return new JsonTree(JsonValueKind.Object, path, offset) { Properties = properties };
        }

        private string ReadString(ref Utf8JsonReader reader, string path, int offset)
        {
            if (reader.ValueSpan.Length > options.MaxStringLength)
            {
                throw source.Fail(path, offset, $"a string of {reader.ValueSpan.Length} bytes exceeds the limit of {options.MaxStringLength} (CatalogReadOptions.MaxStringLength).");
            }

            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException e)
            {
                throw source.Fail(path, offset, "a string is not valid UTF-8 (" + e.Message + ").");
            }
        }

        private void Deeper(ref Utf8JsonReader reader, string path, int offset)
        {
            if (reader.CurrentDepth >= options.MaxDepth)
            {
                throw source.Fail(path, offset, $"the JSON nests deeper than {options.MaxDepth} levels (CatalogReadOptions.MaxDepth).");
            }
        }

        private static JsonTokenType Next(ref Utf8JsonReader reader)
        {
            // With the whole input in one span and isFinalBlock, Read only returns false at the end,
            // and an unterminated object or array makes it throw.
            reader.Read();
            return reader.TokenType;
        }
    }
}

/// <summary>A property of a <see cref="JsonTree"/> object.</summary>
/// <param name="Name">The property name.</param>
/// <param name="NameOffset">The byte offset of the name.</param>
/// <param name="Value">The value.</param>
internal sealed record JsonTreeProperty(string Name, int NameOffset, JsonTree Value);
