using System.Runtime.CompilerServices;
using PolicyKit.Predicates;

namespace PolicyKit.Semantics;

/// <summary>
/// Kleene's three-valued connectives (specification §3), on one truth and on masks of many.
/// </summary>
/// <remarks>
/// The mask form holds a block of firms as two words: a firm is true where its bit of the true
/// word is set, false where its bit of the false word is set, unknown where neither is (never
/// both). Each mask operation is the scalar one applied bit by bit; the vector kernels of the
/// columnar path do the same operations on wider registers.
/// </remarks>
internal static class Kleene
{
    /// <summary><c>all</c> of no operands.</summary>
    public const Truth AllOfNone = Truth.True;

    /// <summary><c>any</c> of no operands.</summary>
    public const Truth AnyOfNone = Truth.False;

    /// <summary>Conjunction: the smaller truth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth And(Truth left, Truth right) => left < right ? left : right;

    /// <summary>Disjunction: the larger truth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Or(Truth left, Truth right) => left > right ? left : right;

    /// <summary>Negation: swaps true and false, keeps unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Not(Truth value) => (Truth)(2 - (int)value);

    /// <summary>A known truth from a boolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Of(bool value) => value ? Truth.True : Truth.False;

    /// <summary>A leaf: unknown when its fact is, else whether the known value passes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Leaf(bool known, bool passes) => known ? Of(passes) : Truth.Unknown;

    /// <summary><see cref="And(Truth, Truth)"/> on masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong True, ulong False) And(ulong leftTrue, ulong leftFalse, ulong rightTrue, ulong rightFalse) =>
        (leftTrue & rightTrue, leftFalse | rightFalse);

    /// <summary><see cref="Or(Truth, Truth)"/> on masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong True, ulong False) Or(ulong leftTrue, ulong leftFalse, ulong rightTrue, ulong rightFalse) =>
        (leftTrue | rightTrue, leftFalse & rightFalse);

    /// <summary><see cref="Not(Truth)"/> on masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong True, ulong False) Not(ulong valueTrue, ulong valueFalse) => (valueFalse, valueTrue);

    /// <summary>
    /// <see cref="Not(ulong, ulong)"/> on a block of words: the result's true words are the
    /// operand's false words and the other way round, copied whole.
    /// </summary>
    public static void Not(ReadOnlySpan<ulong> valueTrue, ReadOnlySpan<ulong> valueFalse, Span<ulong> resultTrue, Span<ulong> resultFalse)
    {
        valueFalse.CopyTo(resultTrue);
        valueTrue.CopyTo(resultFalse);
    }

    /// <summary><see cref="Leaf(bool, bool)"/> on masks: <paramref name="passes"/> may hold any bit where the fact is unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong True, ulong False) Leaf(ulong known, ulong passes) => (known & passes, known & ~passes);

    /// <summary>One truth for every firm of <paramref name="firms"/>, as masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong True, ulong False) Constant(Truth value, ulong firms) =>
        (value == Truth.True ? firms : 0, value == Truth.False ? firms : 0);
}
