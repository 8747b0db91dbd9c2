using PolicyKit.Facts;
using PolicyKit.Predicates;

namespace PolicyKit.Compilation;

/// <summary>Turns a validated predicate tree into compiled nodes with slots resolved once.</summary>
internal static class PredicateCompiler
{
    public static CompiledPredicate Compile(Predicate predicate, FactSchema schema) =>
        Compile(predicate, schema, Evaluation.PredicateInterpreter.RootPath);

    private static CompiledPredicate Compile(Predicate node, FactSchema schema, string path)
    {
        switch (node)
        {
            case AllPredicate all:
                return new CompiledComposite(node, path, true, [.. all.Operands.Select((c, i) => Compile(c, schema, $"{path}.all[{i}]"))]);
            case AnyPredicate any:
                return new CompiledComposite(node, path, false, [.. any.Operands.Select((c, i) => Compile(c, schema, $"{path}.any[{i}]"))]);
            case NotPredicate not:
                return new CompiledNot(node, path, Compile(not.Operand, schema, path + ".not"));
            case ConstantPredicate constant:
                return new CompiledConstant(constant, path);
            case HasPredicate has:
                schema.TryGet(has.FactId, out var certifications, out var certSlot);
                return new CompiledHas(path, has, certSlot, certifications);
            case FactPredicate leaf:
                schema.TryGet(leaf.FactId, out var fact, out var slot);
                return leaf switch
                {
                    ComparisonPredicate cmp => Comparison(cmp, fact!, slot, path),
                    InPredicate inSet => new CompiledIn(path, inSet, slot, fact),
                    WithinPredicate within => new CompiledWithin(path, within, slot, fact),
                    _ => throw new InvalidOperationException($"unexpected leaf {leaf.GetType().Name}."),
                };
            default:
                throw new InvalidOperationException($"unexpected predicate {node.GetType().Name}.");
        }
    }

    private static CompiledPredicate Comparison(ComparisonPredicate cmp, FactDefinition fact, int slot, string path) => fact.Type switch
    {
        FactType.Integer when cmp.Value.Type == FactType.Integer => new CompiledInt64Compare(path, cmp, slot, cmp.Value.AsInteger(), fact),
        FactType.Date => new CompiledInt64Compare(path, cmp, slot, cmp.Value.RawBits, fact),
        FactType.Integer or FactType.Decimal or FactType.Money => new CompiledNumberCompare(path, cmp, slot, fact),
        _ => new CompiledEquality(path, cmp, slot, fact),
    };
}
