using System.Numerics;

namespace PolicyKit.Semantics;

/// <summary>
/// One enterprise's totals (specification §3): standalone and stacking decisions (叠加) add
/// their figures, each exclusive group adds its part; sums hold at the range instead of throwing.
/// </summary>
/// <typeparam name="T">Decimal yuan, or integer fen.</typeparam>
internal struct TotalsFold<T>
    where T : struct, INumber<T>, IMinMaxValue<T>
{
    private T _amount;
    private T _upTo;
    private bool _unbounded;
    private int _unstated;

    /// <summary>The amount: what eligible decisions are known to pay.</summary>
    public readonly T Amount => _amount;

    /// <summary>The most the decisions can pay.</summary>
    public readonly T UpTo => _upTo;

    /// <summary>Whether every part states a ceiling.</summary>
    public readonly bool Bounded => !_unbounded;

    /// <summary>The contributing decisions of unstated amount (each unbounded), counted by <see cref="NoteUnstated"/>.</summary>
    public readonly int Unstated => _unstated;

    /// <summary>Counts a contributing decision (standalone or in a group) whose amount the sources do not state.</summary>
    public void NoteUnstated(bool unstated) => _unstated += unstated ? 1 : 0;

    /// <summary>Whether a standalone or stacking decision counts in the amount: when it has one.</summary>
    public static bool Counts(bool hasAmount) => hasAmount;

    /// <summary>Adds an eligible or undetermined standalone or stacking decision.</summary>
    public void AddStandalone(bool hasAmount, T amount, bool hasUpTo, T upTo)
    {
        _amount = Money.Add(_amount, hasAmount ? amount : T.Zero);
        _upTo = Money.Add(_upTo, hasUpTo ? upTo : T.Zero);
        _unbounded |= !hasUpTo;
    }

    /// <summary>Adds an exclusive group's part.</summary>
    public void AddGroup(in ExclusiveGroup<T> group) => AddGroup(group.Amount, group.UpTo, group.Unbounded);

    /// <summary>Adds an exclusive group's part given as its figures (summed over firms on the columnar path).</summary>
    public void AddGroup(T amount, T upTo, bool unbounded)
    {
        _amount = Money.Add(_amount, amount);
        _upTo = Money.Add(_upTo, upTo);
        _unbounded |= unbounded;
    }
}
