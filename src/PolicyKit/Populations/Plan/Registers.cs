namespace PolicyKit.Populations.Plan;

/// <summary>
/// One worker's masks for one block: per register a run of true words and a run of false words.
/// Allocated once per worker and plan, reused for every block.
/// </summary>
internal sealed class Registers
{
    private readonly ulong[] _true;
    private readonly ulong[] _false;
    private readonly ulong[] _valid;
    private int _validCount = -1;

    public Registers(int count, int blockSize)
    {
        Words = blockSize / 64;
        _true = new ulong[Math.Max(count, 1) * Words];
        _false = new ulong[Math.Max(count, 1) * Words];
        _valid = new ulong[Words];
    }

    public int Words { get; }

    public Span<ulong> True(int register) => _true.AsSpan(register * Words, Words);

    public Span<ulong> False(int register) => _false.AsSpan(register * Words, Words);

    /// <summary>Bits of the block's first <paramref name="count"/> firms.</summary>
    public ReadOnlySpan<ulong> Valid(int count)
    {
        if (count != _validCount)
        {
            for (var w = 0; w < Words; w++)
            {
                var firms = Math.Clamp(count - (w << 6), 0, 64);
                _valid[w] = firms == 64 ? ulong.MaxValue : (1UL << firms) - 1;
            }

            _validCount = count;
        }

        return _valid;
    }
}
