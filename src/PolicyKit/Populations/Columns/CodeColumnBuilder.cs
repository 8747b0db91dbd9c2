using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>Builds a <see cref="CodeColumn"/>: a dictionary of the values met, ids narrowed at the end.</summary>
internal sealed class CodeColumnBuilder(FactDefinition fact) : ColumnBuilder(fact)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly Growable<int> _firmIds = new();

    protected override void AddKnown(FactValue value, int firm)
    {
        if (value.Type is not (FactType.Code or FactType.Text or FactType.Jurisdiction))
        {
            throw new ArgumentException($"fact '{Fact.Id}' expects {Fact.Type}, got {value.Type}.", nameof(value));
        }

        var text = value.RawString;
        if (!_ids.TryGetValue(text, out var id))
        {
            id = _values.Count;
            _ids.Add(text, id);
            _values.Add(text);
        }

        _firmIds.Add(id);
    }

    protected override void AddUnknown(int firm) => _firmIds.Add(0);

    protected override Column Build(ulong[] known)
    {
        var ids = _firmIds.Items.AsSpan(0, Count);
        Array narrowed = _values.Count <= byte.MaxValue + 1 ? Narrow<byte>(ids, i => (byte)i)
            : _values.Count <= ushort.MaxValue + 1 ? Narrow<ushort>(ids, i => (ushort)i)
            : ids.ToArray();
        return new CodeColumn(Fact, known, [.. _values], narrowed);
    }

    private static T[] Narrow<T>(Span<int> ids, Func<int, T> convert)
    {
        var result = new T[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            result[i] = convert(ids[i]);
        }

        return result;
    }
}
