using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PolicyKit.Jurisdictions;
using PolicyKit.Text;

namespace PolicyKit.Formats;

/// <summary>
/// The properties of one JSON object being read: refuses properties not in the allowed list at
/// once, and converts values strictly, failing with the value's path and position.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonSource _source;

    public JsonFields(JsonSource source, JsonTree node, string what, IReadOnlyList<string> allowed)
    {
        _source = source;
        Node = node;
        What = what;
        if (node.Kind != JsonValueKind.Object)
        {
            throw source.Fail(node, $"expected {what} as an object, found {node.Describe()}.");
        }

        foreach (var property in node.Properties)
        {
            if (!allowed.Contains(property.Name))
            {
                throw source.Fail(node.Path, property.NameOffset, $"unknown property '{property.Name}' in {what}; expected {Names(allowed)}.");
            }
        }
    }

    public JsonTree Node { get; }

    public string What { get; }

    /// <summary>Formats names for messages: "a, b or c".</summary>
    public static string Names(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];

    /// <summary>The value of <paramref name="name"/>, or null when absent or JSON null.</summary>
    public JsonTree? Optional(string name) => Node.Find(name)?.Value is { Kind: not JsonValueKind.Null } value ? value : null;

    /// <summary>The value of <paramref name="name"/>; fails when absent or null.</summary>
    public JsonTree Required(string name) => Node.Find(name)?.Value is { Kind: not JsonValueKind.Null } value
        ? value
        : throw _source.Fail(Node, $"{What} needs '{name}'" + (Node.Find(name) is null ? "." : ", found null."));

    public string RequiredString(string name) => _source.String(Required(name));

    public string? OptionalString(string name) => Optional(name) is { } v ? _source.String(v) : null;

    public LocalizedText RequiredText(string name) => _source.Text(Required(name));

    public LocalizedText? OptionalText(string name) => Optional(name) is { } v ? _source.Text(v) : null;

    public int? OptionalCount(string name) => Optional(name) is { } v ? _source.Count(v) : null;

    public LocalDate? OptionalDate(string name) => Optional(name) is { } v ? _source.Date(v) : null;

    public decimal RequiredNumber(string name) => _source.Number(Required(name));

    public bool? OptionalBool(string name) => Optional(name) is { } v ? _source.Bool(v) : null;

    public IReadOnlyList<JsonTree> OptionalArray(string name) => Optional(name) is { } v ? _source.Array(v) : [];

    public T OptionalName<T>(string name, T fallback, IReadOnlyList<(string Name, T Value)> names) =>
        Optional(name) is { } v ? _source.Name(v, names) : fallback;

    public T RequiredName<T>(string name, IReadOnlyList<(string Name, T Value)> names) => _source.Name(Required(name), names);
}

/// <summary>Strict conversions of <see cref="JsonTree"/> values.</summary>
internal static class JsonConversions
{
    public static string String(this JsonSource source, JsonTree node) =>
        node.Kind == JsonValueKind.String ? node.String! : throw source.Fail(node, $"expected a string, found {node.Describe()}.");

    public static decimal Number(this JsonSource source, JsonTree node)
    {
        if (node.Kind != JsonValueKind.Number)
        {
            throw source.Fail(node, $"expected a number, found {node.Describe()}.");
        }

        var number = node.Number ?? throw source.Fail(node, $"the number {node.RawNumber} is outside the range of decimal (about ±7.9e28, 28 decimal places).");
        return number == 0m && IsNonZero(node.RawNumber)
            ? throw source.Fail(node, $"the number {node.RawNumber} is not 0 but smaller than decimal can hold (28 decimal places); it would read as 0.")
            : number;
    }

    /// <summary>Whether a JSON number literal has a digit other than 0 before its exponent (1e-30 is not zero).</summary>
    internal static bool IsNonZero(ReadOnlySpan<char> literal)
    {
        foreach (var c in literal)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    public static long Integer(this JsonSource source, JsonTree node)
    {
        var value = source.Number(node);
        return value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue
            ? (long)value
            : throw source.Fail(node, $"expected a whole number, found {node.RawNumber}.");
    }

    public static int Count(this JsonSource source, JsonTree node)
    {
        var value = source.Number(node);
        return value == decimal.Truncate(value) && value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw source.Fail(node, $"expected a count (a whole number of zero or more), found {node.RawNumber}.");
    }

    public static bool Bool(this JsonSource source, JsonTree node) => node.Kind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw source.Fail(node, $"expected true or false, found {node.Describe()}."),
    };

    public static IReadOnlyList<JsonTree> Array(this JsonSource source, JsonTree node) =>
        node.Kind == JsonValueKind.Array ? node.Items : throw source.Fail(node, $"expected an array, found {node.Describe()}.");

    public static LocalDate Date(this JsonSource source, JsonTree node)
    {
        var text = source.String(node);
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success && text.Length == 10
            ? result.Value
            : throw source.Fail(node, $"'{text}' is not a date; expected yyyy-MM-dd, e.g. 2023-01-01.");
    }

    public static JurisdictionCode Jurisdiction(this JsonSource source, JsonTree node)
    {
        var text = source.String(node);
        return JurisdictionCode.TryParse(text, out var code)
            ? code
            : throw source.Fail(node, $"'{text}' is not a jurisdiction code; expected six digits (GB/T 2260, e.g. 370212) or nine for a street.");
    }

    public static LocalizedText Text(this JsonSource source, JsonTree node)
    {
        var fields = new JsonFields(source, node, "a text ({ \"zh\", \"en\" })", ["zh", "en"]);
        var zh = fields.RequiredString("zh");
        var en = fields.OptionalString("en");
        return string.IsNullOrWhiteSpace(zh)
            ? throw source.Fail(fields.Required("zh"), "the Chinese text must not be empty.")
            : new LocalizedText(zh, en);
    }

    public static DateInterval Interval(this JsonSource source, JsonTree node)
    {
        var fields = new JsonFields(source, node, "a period ({ \"start\", \"end\" })", ["start", "end"]);
        var start = source.Date(fields.Required("start"));
        var end = source.Date(fields.Required("end"));
        return end >= start
            ? new DateInterval(start, end)
            : throw source.Fail(fields.Required("end"), $"the period ends ({LocalDatePattern.Iso.Format(end)}) before it starts ({LocalDatePattern.Iso.Format(start)}).");
    }

    public static T Name<T>(this JsonSource source, JsonTree node, IReadOnlyList<(string Name, T Value)> names)
    {
        var text = source.String(node);
        foreach (var (name, value) in names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw source.Fail(node, $"'{text}' is not allowed here; expected one of {string.Join(", ", names.Select(n => n.Name))}.");
    }

    /// <summary>Runs a model constructor, turning its argument checks into a format error at <paramref name="node"/>.</summary>
    public static T Make<T>(this JsonSource source, JsonTree node, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw source.Fail(node, message, e);
        }
    }

    public static InputFormatException Fail(this JsonSource source, JsonTree node, string reason, Exception inner) =>
        source.Fail(node.Path, node.Offset, reason, inner);
}
