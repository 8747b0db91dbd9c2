using System.Text;

namespace PolicyKit.Sources;

/// <summary>
/// A small hash table keyed by UTF-8 bytes, so a reader can map a fact id or a code to its value
/// without making a string first. Grows until <see cref="Capacity"/>; past that,
/// <see cref="TryAdd"/> refuses and callers go on without caching. Not thread-safe.
/// </summary>
internal sealed class Utf8Table<T>
{
    private byte[][] _keys = new byte[16][];
    private T[] _values = new T[16];
    private int[] _hashes = new int[16];

    public Utf8Table(int capacity = 4096) => Capacity = capacity;

    /// <summary>The most entries the table keeps.</summary>
    public int Capacity { get; }

    /// <summary>The number of entries.</summary>
    public int Count { get; private set; }

    public bool TryGet(ReadOnlySpan<byte> key, out T value)
    {
        var hash = Hash(key);
        var mask = _keys.Length - 1;
        for (var i = hash & mask; _keys[i] is { } k; i = (i + 1) & mask)
        {
            if (_hashes[i] == hash && key.SequenceEqual(k))
            {
                value = _values[i];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds <paramref name="key"/> (absent) unless the table is full.</summary>
    public bool TryAdd(ReadOnlySpan<byte> key, T value)
    {
        if (Count >= Capacity)
        {
            return false;
        }

        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(key.ToArray(), Hash(key), value);
        Count++;
        return true;
    }

    public void Add(string key, T value)
    {
        if (!TryAdd(Encoding.UTF8.GetBytes(key), value))
        {
            throw new InvalidOperationException("the table is full.");
        }
    }

    private void Insert(byte[] key, int hash, T value)
    {
        var mask = _keys.Length - 1;
        var i = hash & mask;
        while (_keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        _keys[i] = key;
        _hashes[i] = hash;
        _values[i] = value;
    }

    private void Grow()
    {
        var (keys, values, hashes) = (_keys, _values, _hashes);
        _keys = new byte[keys.Length * 2][];
        _values = new T[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } k)
            {
                Insert(k, hashes[i], values[i]);
            }
        }
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        // FNV-1a: keys are short ids and codes; a non-negative result indexes directly.
        var h = 2166136261u;
        foreach (var b in key)
        {
            h = (h ^ b) * 16777619u;
        }

        return (int)(h & 0x7FFFFFFF);
    }
}
