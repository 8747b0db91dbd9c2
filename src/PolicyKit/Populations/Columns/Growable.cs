namespace PolicyKit.Populations.Columns;

/// <summary>An append-only array that doubles as it grows; the builders' only storage.</summary>
internal sealed class Growable<T>(int capacity = 1024)
{
    private T[] _items = new T[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public T[] Items => _items;

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    /// <summary>Makes room for <paramref name="count"/> more items and returns them, zeroed.</summary>
    public Span<T> Append(int count)
    {
        while (Count + count > _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var span = _items.AsSpan(Count, count);
        span.Clear();
        Count += count;
        return span;
    }

    public T[] ToArray(int length)
    {
        var result = new T[length];
        _items.AsSpan(0, Math.Min(Count, length)).CopyTo(result);
        return result;
    }
}
