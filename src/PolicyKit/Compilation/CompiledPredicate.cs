using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Semantics;
using PolicyKit.Text;

namespace PolicyKit.Compilation;

/// <summary>
/// A predicate node with its facts resolved to slots: <see cref="Eval"/> decides it without
/// allocating, <see cref="Explain"/> builds the reasons node whose text is formatted on demand.
/// </summary>
internal abstract class CompiledPredicate(string path, string kind)
{
    public string Path { get; } = path;

    public string Kind { get; } = kind;

    public abstract Truth Eval(ReadOnlySpan<FactValue> values, LocalDate asOf);

    public abstract ReasonNode Explain(ReadOnlySpan<FactValue> values, LocalDate asOf);

    protected static FactValue Read(ReadOnlySpan<FactValue> values, int slot) => (uint)slot < (uint)values.Length ? values[slot] : default;
}

/// <summary><c>all</c> and <c>any</c>: Kleene's min and max, stopping at the first deciding child.</summary>
internal sealed class CompiledComposite : CompiledPredicate
{
    private readonly CompiledPredicate[] _children;
    private readonly bool _isAll;
    private readonly Func<ReasonNode, LocalizedText> _describe;

    public CompiledComposite(Predicate source, string path, bool isAll, CompiledPredicate[] children)
        : base(path, isAll ? "all" : "any")
    {
        _isAll = isAll;
        _children = children;
        var body = ReasonText.Composite(source);
        _describe = node => ReasonText.Outcome(body, node.Outcome);
    }

    public override Truth Eval(ReadOnlySpan<FactValue> values, LocalDate asOf)
    {
        // False absorbs and, true absorbs or: once there, no later child changes the result.
        // One loop per connective keeps the choice out of the loop over children.
        if (_isAll)
        {
            var all = Kleene.AllOfNone;
            foreach (var child in _children)
            {
                all = Kleene.And(all, child.Eval(values, asOf));
                if (all == Truth.False)
                {
                    return all;
                }
            }

            return all;
        }

        var any = Kleene.AnyOfNone;
        foreach (var child in _children)
        {
            any = Kleene.Or(any, child.Eval(values, asOf));
            if (any == Truth.True)
            {
                return any;
            }
        }

        return any;
    }

    public override ReasonNode Explain(ReadOnlySpan<FactValue> values, LocalDate asOf)
    {
        var children = new ReasonNode[_children.Length];
        var truth = _isAll ? Kleene.AllOfNone : Kleene.AnyOfNone;
        for (var i = 0; i < _children.Length; i++)
        {
            children[i] = _children[i].Explain(values, asOf);
            truth = _isAll ? Kleene.And(truth, children[i].Outcome) : Kleene.Or(truth, children[i].Outcome);
        }

        return new ReasonNode(Path, Kind, truth, null, default, null, ImmutableCollectionsMarshalShim.AsImmutable(children), _describe);
    }
}

/// <summary><c>not</c>.</summary>
internal sealed class CompiledNot : CompiledPredicate
{
    private readonly CompiledPredicate _operand;
    private readonly Func<ReasonNode, LocalizedText> _describe;

    public CompiledNot(Predicate source, string path, CompiledPredicate operand)
        : base(path, "not")
    {
        _operand = operand;
        var body = ReasonText.Composite(source);
        _describe = node => ReasonText.Outcome(body, node.Outcome);
    }

    public override Truth Eval(ReadOnlySpan<FactValue> values, LocalDate asOf) => Kleene.Not(_operand.Eval(values, asOf));

    public override ReasonNode Explain(ReadOnlySpan<FactValue> values, LocalDate asOf)
    {
        var child = _operand.Explain(values, asOf);
        return new ReasonNode(Path, Kind, Kleene.Not(child.Outcome), null, default, null, [child], _describe);
    }
}

/// <summary><c>always</c> and <c>never</c>.</summary>
internal sealed class CompiledConstant : CompiledPredicate
{
    private readonly Truth _truth;
    private readonly Func<ReasonNode, LocalizedText> _describe;

    public CompiledConstant(ConstantPredicate source, string path)
        : base(path, source.Value ? "always" : "never")
    {
        _truth = Kleene.Of(source.Value);
        var text = ReasonText.Outcome(ReasonText.Composite(source), _truth);
        _describe = _ => text;
    }

    public override Truth Eval(ReadOnlySpan<FactValue> values, LocalDate asOf) => _truth;

    public override ReasonNode Explain(ReadOnlySpan<FactValue> values, LocalDate asOf) =>
        new(Path, Kind, _truth, null, default, null, [], _describe);
}

internal static class ImmutableCollectionsMarshalShim
{
    public static ImmutableArray<T> AsImmutable<T>(T[] items) => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);
}
