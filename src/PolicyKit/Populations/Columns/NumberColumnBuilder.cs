using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>
/// Builds a <see cref="NumberColumn"/>: values kept as 64-bit integers at the smallest decimal
/// scale that holds every value so far (existing values are rescaled when a finer one comes),
/// falling back to decimals when a value needs more than 9 places or does not fit.
/// </summary>
internal sealed class NumberColumnBuilder(FactDefinition fact) : ColumnBuilder(fact)
{
    private const int MaxScale = 9;
    private readonly Growable<long> _raw = new();
    private Growable<decimal>? _decimals;
    private int _scale;

    protected override void AddKnown(FactValue value, int firm)
    {
        switch (value.Type)
        {
            case FactType.Bool or FactType.Date or FactType.Integer when _decimals is null && _scale == 0:
                _raw.Add(value.RawBits);
                return;
            case FactType.Bool or FactType.Date:
                AddNumber(value.RawBits);
                return;
            case FactType.Integer or FactType.Decimal or FactType.Money:
                AddNumber(value.RawNumber);
                return;
            default:
                throw new ArgumentException($"fact '{Fact.Id}' expects {Fact.Type}, got {value.Type}.", nameof(value));
        }
    }

    protected override void AddUnknown(int firm)
    {
        if (_decimals is null)
        {
            _raw.Add(0);
        }
        else
        {
            _decimals.Add(0m);
        }
    }

    protected override Column Build(ulong[] known)
    {
        if (_decimals is not null)
        {
            return new NumberColumn(Fact, known, 0, _decimals.ToArray(Count));
        }

        var raw = _raw.Items.AsSpan(0, Count);
        long min = 0, max = 0;
        foreach (var x in raw)
        {
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }

        Array values = min >= 0 && max <= byte.MaxValue ? ToArray<byte>(raw, x => (byte)x)
            : min >= int.MinValue && max <= int.MaxValue ? ToArray(raw, x => (int)x)
            : raw.ToArray();
        return new NumberColumn(Fact, known, _scale, values);
    }

    private static T[] ToArray<T>(Span<long> raw, Func<long, T> convert)
    {
        var result = new T[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            result[i] = convert(raw[i]);
        }

        return result;
    }

    private void AddNumber(decimal value)
    {
        if (_decimals is not null)
        {
            _decimals.Add(value);
            return;
        }

        var scale = ScaleOf(value);
        if (scale > MaxScale || (scale > _scale && !Rescale(scale)) || !TryRaw(value, _scale, out var raw))
        {
            SwitchToDecimals();
            _decimals!.Add(value);
            return;
        }

        _raw.Add(raw);
    }

    /// <summary>The fewest decimal places that hold <paramref name="value"/> exactly.</summary>
    private static int ScaleOf(decimal value)
    {
        var scale = (int)value.Scale;
        while (scale > 0 && decimal.Round(value, scale - 1) == value)
        {
            scale--;
        }

        return scale;
    }

    private static bool TryRaw(decimal value, int scale, out long raw)
    {
        var scaled = value * NumberColumn.Power(scale);
        if (scaled < long.MinValue || scaled > long.MaxValue)
        {
            raw = 0;
            return false;
        }

        raw = (long)scaled;
        return true;
    }

    private bool Rescale(int scale)
    {
        var factor = (long)NumberColumn.Power(scale - _scale);
        var raw = _raw.Items.AsSpan(0, _raw.Count);
        var limit = long.MaxValue / factor;
        foreach (var x in raw)
        {
            if (x > limit || x < -limit)
            {
                return false;
            }
        }

        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] *= factor;
        }

        _scale = scale;
        return true;
    }

    private void SwitchToDecimals()
    {
        _decimals = new Growable<decimal>(Math.Max(_raw.Count * 2, 1024));
        for (var i = 0; i < _raw.Count; i++)
        {
            _decimals.Add(NumberColumn.Unscale(_raw.Items[i], _scale));
        }
    }
}
