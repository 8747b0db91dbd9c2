using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>
/// Appends one fact slot's values firm by firm, encoding as it goes so a million profiles never
/// sit in memory as <see cref="FactValue"/>s; Build narrows to the final column (see <c>Build(int)</c>).
/// </summary>
internal abstract class ColumnBuilder(FactDefinition fact)
{
    private readonly Growable<ulong> _known = new();
    private bool _anyKnown;

    public FactDefinition Fact { get; } = fact;

    public int Count { get; private set; }

    public static ColumnBuilder For(FactDefinition fact) => fact.Type switch
    {
        FactType.Code or FactType.Text or FactType.Jurisdiction => new CodeColumnBuilder(fact),
        FactType.CodeSet => new CodeSetColumnBuilder(fact),
        FactType.Certifications => new CertificationColumnBuilder(fact),
        _ => new NumberColumnBuilder(fact),
    };

    public void Add(FactValue value)
    {
        if ((Count & 63) == 0)
        {
            _known.Add(0);
        }

        if (value.IsKnown)
        {
            _known.Items[Count >> 6] |= 1UL << Count;
            _anyKnown = true;
            AddKnown(value, Count);
        }
        else
        {
            AddUnknown(Count);
        }

        Count++;
    }

    /// <summary>The column, or null when no firm knows the fact (an absent column reads as unknown).</summary>
    /// <param name="paddedWords">The known-mask's length in words, whole blocks.</param>
    public Column? Build(int paddedWords) => _anyKnown ? Build(_known.ToArray(paddedWords)) : null;

    protected abstract void AddKnown(FactValue value, int firm);

    protected abstract void AddUnknown(int firm);

    protected abstract Column Build(ulong[] known);
}
