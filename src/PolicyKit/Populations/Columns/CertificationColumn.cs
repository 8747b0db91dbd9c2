using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>
/// A certifications slot: every firm's certifications one after another (firm <c>i</c> owns
/// entries <c>Offsets[i]</c> to <c>Offsets[i + 1]</c>), each a kind id and its two dates as ISO
/// day numbers (<see cref="int.MaxValue"/> when it never expires), plus one word per firm with a
/// bit per kind it holds at all, so most firms fail a <c>has</c> test without reading entries.
/// </summary>
internal sealed class CertificationColumn(
    FactDefinition fact,
    ulong[] known,
    string[] kinds,
    int[] offsets,
    ushort[] kindIds,
    int[] recognizedOn,
    int[] expiresOn,
    ulong[]? kindBits) : Column(fact, known)
{
    public const int NeverExpires = int.MaxValue;

    public string[] Kinds { get; } = kinds;

    public int[] Offsets { get; } = offsets;

    public ushort[] KindIds { get; } = kindIds;

    public int[] RecognizedOn { get; } = recognizedOn;

    public int[] ExpiresOn { get; } = expiresOn;

    /// <summary>One word per firm with bit <c>k</c> set when it holds kind <c>k</c>; null beyond 64 kinds.</summary>
    public ulong[]? KindBits { get; } = kindBits;

    public override long Bytes => KnownBytes + Offsets.LongLength * 4 + KindIds.LongLength * 2 + RecognizedOn.LongLength * 4
        + ExpiresOn.LongLength * 4 + (KindBits?.LongLength * 8 ?? 0) + Kinds.Sum(v => 24L + 2 * v.Length);
}
