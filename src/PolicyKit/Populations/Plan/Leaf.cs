using PolicyKit.Populations.Columns;
using PolicyKit.Semantics;

namespace PolicyKit.Populations.Plan;

/// <summary>
/// A predicate leaf over one column: writes a block's Kleene masks, true bits where the firm's
/// known value passes, false bits where it is known and fails; neither where it is unknown.
/// </summary>
internal abstract class Leaf(Column? column)
{
    /// <summary>The column read, or null when no firm knows the fact (every firm unknown).</summary>
    public Column? Column { get; } = column;

    public virtual void Evaluate(int start, int count, Span<ulong> t, Span<ulong> f, ReadOnlySpan<ulong> valid, SimdWidth width)
    {
        t.Clear();
        f.Clear();
        if (Column is null)
        {
            return;
        }

        Test(start, count, t, width);
        var known = Column.Known.AsSpan(start >> 6, t.Length);
        for (var w = 0; w < t.Length; w++)
        {
            // Into locals first: assigning the tuple straight to two span elements was part of a 10-20%
            // loss on the population verdicts (62-72 ms for 1M firms, against 50-63 ms before the redesign).
            var (pass, fail) = Kleene.Leaf(known[w], t[w]);
            t[w] = pass;
            f[w] = fail;
        }
    }

    /// <summary>Writes the test's bits for firms <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/>; unknown firms may get any bit.</summary>
    protected abstract void Test(int start, int count, Span<ulong> bits, SimdWidth width);

    /// <summary>Flips the bits of the block's firms (for <c>ne</c> and tests written through their complement).</summary>
    protected static void Invert(Span<ulong> bits, int count)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            var firms = Math.Clamp(count - (w << 6), 0, 64);
            bits[w] = ~bits[w] & (firms == 64 ? ulong.MaxValue : (1UL << firms) - 1);
        }
    }
}

/// <summary><c>always</c>/<c>never</c>: known for every firm of the block.</summary>
internal sealed class ConstantLeaf(bool value) : Leaf(null)
{
    public override void Evaluate(int start, int count, Span<ulong> t, Span<ulong> f, ReadOnlySpan<ulong> valid, SimdWidth width)
    {
        ColumnarPlan.Start(t, f, Kleene.Of(value), valid);
    }

    protected override void Test(int start, int count, Span<ulong> bits, SimdWidth width) => throw new InvalidOperationException();
}
