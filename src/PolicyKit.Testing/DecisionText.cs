using System.Collections.Immutable;
using System.Text;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Testing;

/// <summary>
/// A decision written for a person reading a failed test: the reasons tree with a mark per node,
/// the facts the tree read, and the facts that decided it. Case results use it, and so can the
/// assertions of any test framework (PolicyKit.Testing.FluentAssertions does), so every failure is
/// explained the same way.
/// </summary>
public static class DecisionText
{
    /// <summary>
    /// The reasons tree, one node a line, indented by depth and marked <c>✓</c> true, <c>✗</c> false,
    /// <c>?</c> unknown, each line ending in a newline.
    /// </summary>
    public static string Reasons(ReasonNode reasons, Language language = Language.Zh, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var text = new StringBuilder();
        WriteReasons(text, reasons, language, indent ?? "");
        return text.ToString();
    }

    /// <summary>The facts the reasons tree read, in tree order without repeats, with the value each leaf saw.</summary>
    public static ImmutableArray<(string FactId, FactValue Seen)> FactsRead(ReasonNode reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var facts = ImmutableArray.CreateBuilder<(string, FactValue)>();
        foreach (var node in Walk(reasons))
        {
            if (node.FactId is { } id && seen.Add(id))
            {
                facts.Add((id, node.Seen));
            }
        }

        return facts.ToImmutable();
    }

    /// <summary>
    /// The facts that decided the outcome: the leaves reached from the root through children whose
    /// outcome gives their parent's (a false child of a false <c>all</c>, a true child of a true
    /// <c>any</c>, the operand of a <c>not</c>). For an ineligible decision these are the facts it
    /// failed on; for an undetermined one, the missing facts.
    /// </summary>
    public static ImmutableArray<string> DecidingFacts(ReasonNode reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        var stack = new Stack<ReasonNode>();
        stack.Push(reasons);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.FactId is { } id && node.Children.IsEmpty)
            {
                facts.Add(id);
            }

            foreach (var child in node.Children)
            {
                var decides = node.Kind == "not" || child.Outcome == node.Outcome;
                if (decides)
                {
                    stack.Push(child);
                }
            }
        }

        return [.. facts];
    }

    /// <summary>The facts read, as <c>fact = value</c> lines indented by <paramref name="indent"/>.</summary>
    public static string Facts(ReasonNode reasons, string indent = "")
    {
        var text = new StringBuilder();
        foreach (var (id, value) in FactsRead(reasons))
        {
            text.Append(indent).Append(id).Append(" = ").Append(value.ToString()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The verdict in words: 符合 / eligible, 不符合 / ineligible, 待定 / undetermined.</summary>
    public static string Verdict(Verdict verdict, Language language = Language.Zh) => language == Language.Zh
        ? verdict switch { Evaluation.Verdict.Eligible => "符合", Evaluation.Verdict.Ineligible => "不符合", _ => "待定" }
        : verdict switch { Evaluation.Verdict.Eligible => "eligible", Evaluation.Verdict.Ineligible => "ineligible", _ => "undetermined" };

    private static void WriteReasons(StringBuilder text, ReasonNode node, Language language, string indent)
    {
        var mark = node.Outcome switch { Truth.True => "✓", Truth.False => "✗", _ => "?" };
        text.Append(indent).Append(mark).Append(' ').Append(node.Text.In(language)).Append('\n');
        foreach (var child in node.Children)
        {
            WriteReasons(text, child, language, indent + "  ");
        }
    }

    internal static IEnumerable<ReasonNode> Walk(ReasonNode root)
    {
        var stack = new Stack<ReasonNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }
}
