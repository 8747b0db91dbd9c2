using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;
using PolicyKit.Semantics;
using PolicyKit.Text;

namespace PolicyKit.Compilation;

/// <summary>A leaf reading one slot; subclasses say how a known value is tested.</summary>
internal abstract class CompiledLeaf : CompiledPredicate
{
    private readonly string _factId;
    private readonly string _needed;
    private readonly Func<ReasonNode, LocalizedText> _describe;

    protected CompiledLeaf(string path, string kind, int slot, string factId, string needed, Func<ReasonNode, LocalizedText> describe)
        : base(path, kind)
    {
        Slot = slot;
        _factId = factId;
        _needed = needed;
        _describe = describe;
    }

    protected int Slot { get; }

    public sealed override Truth Eval(ReadOnlySpan<FactValue> values, LocalDate asOf)
    {
        var value = Read(values, Slot);
        return value.IsKnown ? Kleene.Of(Test(value, asOf)) : Truth.Unknown;
    }

    public sealed override ReasonNode Explain(ReadOnlySpan<FactValue> values, LocalDate asOf)
    {
        var value = Read(values, Slot);
        var truth = value.IsKnown ? Kleene.Of(Test(value, asOf)) : Truth.Unknown;
        return new ReasonNode(Path, Kind, truth, _factId, value, _needed, [], _describe);
    }

    protected abstract bool Test(FactValue value, LocalDate asOf);

    /// <summary>The text maker the interpreter would use for a fact leaf.</summary>
    public static Func<ReasonNode, LocalizedText> LeafText(FactDefinition? fact, FactPredicate source) =>
        node => ReasonText.Outcome(ReasonText.Leaf(fact, source, node.Seen), node.Outcome);
}

/// <summary>A comparison of a whole-number or date slot with a constant, on the raw 64-bit value.</summary>
internal sealed class CompiledInt64Compare(string path, ComparisonPredicate source, int slot, long constant, FactDefinition? fact)
    : CompiledLeaf(path, source.OperatorName, slot, source.FactId, ReasonText.Needed(source), LeafText(fact, source))
{
    private readonly ComparisonOperator _op = source.Operator;

    protected override bool Test(FactValue value, LocalDate asOf) => Comparisons.Holds(_op, value.RawBits.CompareTo(constant));
}

/// <summary>A comparison of a number slot with a constant, in <see cref="decimal"/>.</summary>
internal sealed class CompiledNumberCompare(string path, ComparisonPredicate source, int slot, FactDefinition? fact)
    : CompiledLeaf(path, source.OperatorName, slot, source.FactId, ReasonText.Needed(source), LeafText(fact, source))
{
    private readonly ComparisonOperator _op = source.Operator;
    private readonly decimal _constant = source.Value.AsNumber();

    protected override bool Test(FactValue value, LocalDate asOf) => Comparisons.Holds(_op, value.RawNumber.CompareTo(_constant));
}

/// <summary><c>eq</c>/<c>ne</c> on bool, text, code and jurisdiction slots.</summary>
internal sealed class CompiledEquality(string path, ComparisonPredicate source, int slot, FactDefinition? fact)
    : CompiledLeaf(path, source.OperatorName, slot, source.FactId, ReasonText.Needed(source), LeafText(fact, source))
{
    private readonly ComparisonOperator _op = source.Operator;
    private readonly FactValue _constant = source.Value;

    protected override bool Test(FactValue value, LocalDate asOf) => Comparisons.HoldsForEquality(_op, value.Equals(_constant));
}

/// <summary><c>in</c> on a code or code-set slot.</summary>
internal sealed class CompiledIn(string path, InPredicate source, int slot, FactDefinition? fact)
    : CompiledLeaf(path, "in", slot, source.FactId, ReasonText.Needed(source), LeafText(fact, source))
{
    private readonly string[] _codes = [.. source.Codes];

    protected override bool Test(FactValue value, LocalDate asOf) => Leaves.In(_codes, value);
}

/// <summary><c>within</c> on a jurisdiction slot.</summary>
internal sealed class CompiledWithin(string path, WithinPredicate source, int slot, FactDefinition? fact)
    : CompiledLeaf(path, "within", slot, source.FactId, ReasonText.Needed(source), LeafText(fact, source))
{
    private readonly JurisdictionCode _outer = source.Jurisdiction;

    protected override bool Test(FactValue value, LocalDate asOf) => Leaves.Within(value.RawString, _outer);
}

/// <summary><c>has</c> on a certifications slot.</summary>
internal sealed class CompiledHas(string path, HasPredicate source, int slot, FactDefinition? fact)
    : CompiledLeaf(path, "has", slot, source.FactId, ReasonText.Needed(source), node => ReasonText.Outcome(ReasonText.Has(source, fact, node.Seen), node.Outcome))
{
    private readonly string _kind = source.Kind;
    private readonly DateInterval? _within = source.RecognizedWithin;

    protected override bool Test(FactValue value, LocalDate asOf) => Leaves.Has(value.RawCertifications, _kind, asOf, _within);
}
