using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>Builds a <see cref="CodeSetColumn"/>, widening every firm's bit set when a 65th code appears.</summary>
internal sealed class CodeSetColumnBuilder(FactDefinition fact) : ColumnBuilder(fact)
{
    private readonly Dictionary<string, int> _bits = new(StringComparer.Ordinal);
    private readonly List<string> _codes = [];
    private Growable<ulong> _sets = new();
    private int _words = 1;

    protected override void AddKnown(FactValue value, int firm)
    {
        if (value.Type != FactType.CodeSet)
        {
            throw new ArgumentException($"fact '{Fact.Id}' expects {Fact.Type}, got {value.Type}.", nameof(value));
        }

        var codes = value.RawCodes;
        foreach (var code in codes)
        {
            if (!_bits.ContainsKey(code))
            {
                _bits.Add(code, _codes.Count);
                _codes.Add(code);
                if (_codes.Count > _words * 64)
                {
                    Widen();
                }
            }
        }

        var set = _sets.Append(_words);
        foreach (var code in codes)
        {
            var bit = _bits[code];
            set[bit >> 6] |= 1UL << bit;
        }
    }

    protected override void AddUnknown(int firm) => _sets.Append(_words);

    protected override Column Build(ulong[] known) => new CodeSetColumn(Fact, known, [.. _codes], _words, _sets.ToArray(Count * _words));

    private void Widen()
    {
        var wider = new Growable<ulong>(Math.Max(_sets.Count * 2, 1024));
        var firms = _sets.Count / _words;
        for (var i = 0; i < firms; i++)
        {
            var target = wider.Append(_words + 1);
            _sets.Items.AsSpan(i * _words, _words).CopyTo(target);
        }

        _sets = wider;
        _words++;
    }
}
