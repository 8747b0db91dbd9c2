using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>
/// A code-set slot as a bit set per firm: <see cref="Words"/> 64-bit words per firm (one while a
/// population uses 64 codes or fewer), bit <c>k</c> for <see cref="Codes"/>[k].
/// </summary>
internal sealed class CodeSetColumn(FactDefinition fact, ulong[] known, string[] codes, int words, ulong[] bits) : Column(fact, known)
{
    public string[] Codes { get; } = codes;

    public int Words { get; } = words;

    /// <summary>Firm <c>i</c>'s set is <c>Bits[i * Words .. (i + 1) * Words]</c>.</summary>
    public ulong[] Bits { get; } = bits;

    public override long Bytes => KnownBytes + Bits.LongLength * 8 + Codes.Sum(v => 24L + 2 * v.Length);
}
