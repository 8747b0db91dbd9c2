using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>
/// A code, text or division-code slot, dictionary-coded: each firm holds the small integer id of
/// its value in <see cref="Values"/>, as bytes, 16-bit or 32-bit integers by how many values occur.
/// </summary>
internal sealed class CodeColumn : Column
{
    public CodeColumn(FactDefinition fact, ulong[] known, string[] values, Array ids)
        : base(fact, known)
    {
        Values = values;
        AsBytes = ids as byte[];
        AsUInt16 = ids as ushort[];
        AsInt32 = ids as int[];
    }

    /// <summary>The distinct values, indexed by id.</summary>
    public string[] Values { get; }

    public byte[]? AsBytes { get; }

    public ushort[]? AsUInt16 { get; }

    public int[]? AsInt32 { get; }

    public override long Bytes => KnownBytes + (AsBytes?.LongLength ?? 0) + (AsUInt16?.LongLength * 2 ?? 0) + (AsInt32?.LongLength * 4 ?? 0)
        + Values.Sum(v => 24L + 2 * v.Length);

    public int IdAt(int firm) => AsBytes is { } b ? b[firm] : AsUInt16 is { } s ? s[firm] : AsInt32![firm];
}
