using System.Text;
using System.Text.Json;

namespace PolicyKit.Reliability.Tests.Hostile;

/// <summary>
/// Seeded mutations of valid JSON: truncation, byte flips, deleted, duplicated and swapped
/// tokens, hostile numbers, invalid UTF-8, byte order marks and NUL bytes.
/// </summary>
internal static class Mutator
{
    /// <summary>The mutation kinds, in the order <see cref="Mutate"/> picks them by <c>seed % Kinds.Length</c>.</summary>
    public static readonly string[] Kinds =
    [
        "truncate", "flip-byte", "flip-bit", "delete-token", "duplicate-token", "swap-type", "hostile-number",
        "invalid-utf8", "bom", "nul", "swap-tokens", "splice-structure",
    ];

    private static readonly string[] Numbers =
    [
        "1e400", "-1e400", "1e-400", "-0", "-0.0", "0e0", "79228162514264337593543950336", "-79228162514264337593543950336",
        "0.00000000000000000000000000001", "1E+28", "9223372036854775808", "-9223372036854775809", "1.5", "-1", "2147483648", "123456789012345678901234567890.5",
    ];

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"\":0}", "\"2023-02-30\"", "\"370212\"", "\"-1\"", "\"\\ud800\"", "\"\\u0000\"",
    ];

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80],
    ];

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The mutation of <paramref name="json"/> chosen by <paramref name="seed"/>, and its kind.</summary>
    public static (byte[] Bytes, string Kind) Mutate(byte[] json, int seed)
    {
        var random = new Random(seed);
        var kind = Kinds[(seed & int.MaxValue) % Kinds.Length];
        var tokens = Tokens(json);
        var token = tokens[random.Next(tokens.Count)];
        var at = random.Next(json.Length + 1);
        var bytes = kind switch
        {
            "truncate" => json[..random.Next(json.Length)],
            "flip-byte" => Set(json, random.Next(json.Length), (byte)random.Next(256)),
            "flip-bit" => Set(json, random.Next(json.Length), (byte)(json[random.Next(json.Length)] ^ (1 << random.Next(8)))),
            "delete-token" => Splice(json, token.Start, token.Length, []),
            "duplicate-token" => Splice(json, token.Start, 0, json.AsSpan(token.Start, token.Length).ToArray()),
            "swap-type" => Splice(json, token.Start, token.Length, Encoding.UTF8.GetBytes(Values[random.Next(Values.Length)])),
            "hostile-number" => Splice(json, NumberOr(tokens, random).Start, NumberOr(tokens, random).Length, Encoding.UTF8.GetBytes(Numbers[random.Next(Numbers.Length)])),
            "invalid-utf8" => Splice(json, InsideString(tokens, random, at), 0, BadUtf8[random.Next(BadUtf8.Length)]),
            "bom" => random.Next(3) switch { 0 => [.. Bom, .. json], 1 => [.. Bom, .. Bom, .. json], _ => Splice(json, at, 0, Bom) },
            "nul" => Splice(json, random.NextDouble() < 0.5 ? InsideString(tokens, random, at) : at, 0, [0]),
            "swap-tokens" => Swap(json, token, tokens[random.Next(tokens.Count)]),
            _ => Splice(json, at, 0, Encoding.UTF8.GetBytes(Structure[random.Next(Structure.Length)])),
        };
        return (bytes, kind);
    }

    private static readonly string[] Structure = ["{", "}", "[", "]", ",", ":", "\"", "\\", ",,", "{}", "[]", "\"a\":1,", "\n", "/*x*/", "//", "\u2028"];

    /// <summary>The byte spans of the tokens of <paramref name="json"/> (strings with their quotes).</summary>
    internal static List<(int Start, int Length, JsonTokenType Type)> Tokens(byte[] json)
    {
        var tokens = new List<(int, int, JsonTokenType)>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            var length = reader.TokenType switch
            {
                JsonTokenType.String or JsonTokenType.PropertyName => reader.ValueSpan.Length + 2,
                JsonTokenType.StartObject or JsonTokenType.EndObject or JsonTokenType.StartArray or JsonTokenType.EndArray => 1,
                _ => reader.ValueSpan.Length,
            };
            tokens.Add((start, length, reader.TokenType));
        }

        return tokens;
    }

    private static (int Start, int Length) NumberOr((int Start, int Length, JsonTokenType Type) fallback, List<(int Start, int Length, JsonTokenType Type)> tokens, Random random)
    {
        var numbers = tokens.Where(t => t.Type == JsonTokenType.Number).ToList();
        var pick = numbers.Count > 0 ? numbers[random.Next(numbers.Count)] : fallback;
        return (pick.Start, pick.Length);
    }

    private static (int Start, int Length) NumberOr(List<(int Start, int Length, JsonTokenType Type)> tokens, Random random) =>
        NumberOr(tokens[0], tokens, random);

    private static int InsideString(List<(int Start, int Length, JsonTokenType Type)> tokens, Random random, int fallback)
    {
        var strings = tokens.Where(t => t.Type is JsonTokenType.String or JsonTokenType.PropertyName && t.Length > 2).ToList();
        if (strings.Count == 0)
        {
            return fallback;
        }

        var s = strings[random.Next(strings.Count)];
        return s.Start + 1 + random.Next(s.Length - 2);
    }

    private static byte[] Set(byte[] json, int index, byte value)
    {
        var copy = (byte[])json.Clone();
        copy[index] = value;
        return copy;
    }

    private static byte[] Splice(byte[] json, int start, int remove, byte[] insert) =>
        [.. json.AsSpan(0, start), .. insert, .. json.AsSpan(start + remove)];

    private static byte[] Swap(byte[] json, (int Start, int Length, JsonTokenType Type) a, (int Start, int Length, JsonTokenType Type) b)
    {
        if (a.Start == b.Start)
        {
            return json;
        }

        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        if (first.Start + first.Length > second.Start)
        {
            return json;
        }

        return
        [
            .. json.AsSpan(0, first.Start), .. json.AsSpan(second.Start, second.Length),
            .. json.AsSpan(first.Start + first.Length, second.Start - first.Start - first.Length),
            .. json.AsSpan(first.Start, first.Length), .. json.AsSpan(second.Start + second.Length),
        ];
    }
}
