using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>Builds a <see cref="CertificationColumn"/>: kinds as small ids, dates as day numbers.</summary>
internal sealed class CertificationColumnBuilder(FactDefinition fact) : ColumnBuilder(fact)
{
    private readonly Dictionary<string, int> _kindIds = new(StringComparer.Ordinal);
    private readonly List<string> _kinds = [];
    private readonly Growable<int> _offsets = new();
    private readonly Growable<ushort> _entryKinds = new();
    private readonly Growable<int> _recognized = new();
    private readonly Growable<int> _expires = new();

    protected override void AddKnown(FactValue value, int firm)
    {
        if (value.Type != FactType.Certifications)
        {
            throw new ArgumentException($"fact '{Fact.Id}' expects {Fact.Type}, got {value.Type}.", nameof(value));
        }

        _offsets.Add(_entryKinds.Count);
        foreach (var c in value.RawCertifications)
        {
            if (!_kindIds.TryGetValue(c.Kind, out var id))
            {
                id = _kinds.Count;
                if (id > ushort.MaxValue)
                {
                    throw new ArgumentException($"fact '{Fact.Id}' has more than {ushort.MaxValue + 1} certification kinds.", nameof(value));
                }

                _kindIds.Add(c.Kind, id);
                _kinds.Add(c.Kind);
            }

            _entryKinds.Add((ushort)id);
            _recognized.Add(c.RecognizedOn.ToDateOnly().DayNumber);
            _expires.Add(c.ExpiresOn is { } e ? e.ToDateOnly().DayNumber : CertificationColumn.NeverExpires);
        }
    }

    protected override void AddUnknown(int firm) => _offsets.Add(_entryKinds.Count);

    protected override Column Build(ulong[] known)
    {
        _offsets.Add(_entryKinds.Count);
        var offsets = _offsets.ToArray(Count + 1);
        var kinds = _entryKinds.ToArray(_entryKinds.Count);
        ulong[]? kindBits = null;
        if (_kinds.Count <= 64)
        {
            kindBits = new ulong[Count];
            for (var i = 0; i < Count; i++)
            {
                for (var e = offsets[i]; e < offsets[i + 1]; e++)
                {
                    kindBits[i] |= 1UL << kinds[e];
                }
            }
        }

        return new CertificationColumn(Fact, known, [.. _kinds], offsets, kinds, _recognized.ToArray(_recognized.Count), _expires.ToArray(_expires.Count), kindBits);
    }
}
