using System.Numerics;
using System.Runtime.CompilerServices;

namespace PolicyKit.Semantics;

/// <summary>
/// One exclusive group's part in one enterprise's totals (就高不重复, specification §3): the
/// highest amount among its members that have one, and the highest up-to from zero (a member
/// without a ceiling counts zero there and leaves the totals unbounded). <see langword="default"/>
/// is a group no member has reached.
/// </summary>
/// <typeparam name="T">Decimal yuan, or exact integer fen on the columnar path.</typeparam>
internal struct ExclusiveGroup<T>
    where T : struct, INumber<T>
{
    private T _best;
    private T _upTo;
    private int _bestMember;
    private bool _hasBest;
    private bool _unbounded;

    /// <summary>The group's amount: its best member's, or zero when no member has an amount.</summary>
    public readonly T Amount => _hasBest ? _best : T.Zero;

    /// <summary>The group's up-to, never below zero.</summary>
    public readonly T UpTo => _upTo;

    /// <summary>Whether a member states no ceiling.</summary>
    public readonly bool Unbounded => _unbounded;

    /// <summary>Adds an eligible or undetermined member's figures.</summary>
    /// <param name="member">The member's index, for <see cref="Counts"/>.</param>
    /// <param name="hasAmount">Whether the member has an amount.</param>
    /// <param name="amount">The amount, when it has one.</param>
    /// <param name="hasUpTo">Whether the member states a ceiling.</param>
    /// <param name="upTo">The ceiling, when it states one.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int member, bool hasAmount, T amount, bool hasUpTo, T upTo)
    {
        if (hasAmount && (!_hasBest || amount > _best))
        {
            _best = amount;
            _bestMember = member;
            _hasBest = true;
        }

        _upTo = T.Max(_upTo, ExclusiveGroup.UpToPart(hasUpTo, upTo));
        _unbounded |= !hasUpTo;
    }

    /// <summary>Whether <paramref name="member"/>'s amount is the one the group counts.</summary>
    public readonly bool Counts(int member) => _hasBest && _bestMember == member;
}

/// <summary>
/// <see cref="ExclusiveGroup{T}"/> in mask form, for members that pay the same to every firm:
/// taken in order of their figure, highest first, each counts for the firms of a block that no
/// member before it took.
/// </summary>
internal static class ExclusiveGroup
{
    /// <summary>Words of state per word of a block.</summary>
    public const int StateWords = 1;

    /// <summary>A member's part in its group's up-to: its ceiling, from zero; none counts zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T UpToPart<T>(bool hasUpTo, T upTo)
        where T : INumber<T> => hasUpTo ? T.Max(T.Zero, upTo) : T.Zero;

    /// <summary>Starts a group over the firms of <paramref name="firms"/>.</summary>
    /// <param name="state"><see cref="StateWords"/> times the block's words.</param>
    /// <param name="firms">The block's firms.</param>
    public static void Start(Span<ulong> state, ReadOnlySpan<ulong> firms) => firms.CopyTo(state);

    /// <summary>
    /// The next member, in order of its figure (highest first): writes to <paramref name="counted"/>
    /// the firms of <paramref name="member"/> for which its figure counts, and returns how many.
    /// </summary>
    /// <param name="state">The group's state, from <see cref="Start"/>.</param>
    /// <param name="member">The firms where the member has the figure (eligible for an amount; eligible or undetermined for an up-to).</param>
    /// <param name="counted">As many words as <paramref name="member"/>.</param>
    public static int Take(Span<ulong> state, ReadOnlySpan<ulong> member, Span<ulong> counted)
    {
        var n = 0;
        for (var w = 0; w < member.Length; w++)
        {
            var taken = member[w] & state[w];
            state[w] &= ~taken;
            counted[w] = taken;
            n += BitOperations.PopCount(taken);
        }

        return n;
    }
}
