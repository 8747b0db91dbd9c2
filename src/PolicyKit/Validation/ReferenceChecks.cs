using PolicyKit.Model;
using PolicyKit.Predicates;

namespace PolicyKit.Validation;

/// <summary>References between parts of a catalog (PK2001-PK2010).</summary>
internal static class ReferenceChecks
{
    public static void Run(ValidationContext context)
    {
        var catalog = context.Catalog;
        for (var i = 0; i < catalog.Lists.Length; i++)
        {
            var list = catalog.Lists[i];
            if (list.Predecessor is { } predecessor && catalog.FindList(predecessor) is null)
            {
                context.Error("PK2005", $"lists[{i}].predecessor", $"list '{list.Id}' continues list '{predecessor}', which is not in the catalog; add it (its items may be left unmodelled) or remove the link.");
            }
        }

        for (var i = 0; i < catalog.Policies.Length; i++)
        {
            CheckPolicy(context, catalog.Policies[i], $"policies[{i}]");
        }

        StacksOnCycles(context);
        for (var i = 0; i < catalog.Modifiers.Length; i++)
        {
            var modifier = catalog.Modifiers[i];
            if (!catalog.Schema.Contains(modifier.FactId))
            {
                context.Error("PK2001", $"modifiers[{i}].fact", context.UnknownFact(modifier.FactId));
            }
        }

        for (var i = 0; i < catalog.Classifications.Length; i++)
        {
            var classification = catalog.Classifications[i];
            if (!catalog.Schema.Contains(classification.FactId))
            {
                context.Error("PK2001", $"classifications[{i}].fact", context.UnknownFact(classification.FactId));
            }
        }
    }

    private static void CheckPolicy(ValidationContext context, Policy policy, string at)
    {
        var catalog = context.Catalog;
        var list = catalog.FindList(policy.List);
        if (list is null)
        {
            context.Error("PK2002", $"{at}.list", $"policy '{policy.Id}' belongs to list '{policy.List}', which is not in the catalog.");
        }
        else
        {
            var section = policy.Section is null ? null : list.Sections.FirstOrDefault(s => s.Id == policy.Section);
            if (policy.Section is not null && section is null)
            {
                context.Error("PK2003", $"{at}.section", $"policy '{policy.Id}' is in section '{policy.Section}', which list '{list.Id}' does not have.");
            }

            if (policy.Theme is not null && policy.Section is null)
            {
                context.Error("PK2004", $"{at}.theme", $"policy '{policy.Id}' has theme '{policy.Theme}' but no section; name the section the theme belongs to.");
            }
            else if (policy.Theme is not null && section is not null && section.Themes.All(t => t.Id != policy.Theme))
            {
                context.Error("PK2004", $"{at}.theme", $"policy '{policy.Id}' has theme '{policy.Theme}', which section '{list.Id}/{section.Id}' does not name" + (section.Themes.IsEmpty ? "." : $"; it names {string.Join(", ", section.Themes.Select(t => t.Id))}."));
            }

            CheckContinuation(context, policy, list, at);
        }

        if (policy.Stacking.StacksOn is { } upper && catalog.FindPolicy(upper) is null)
        {
            context.Error("PK2008", $"{at}.stacking.stacksOn", $"policy '{policy.Id}' stacks on '{upper}', which is not in the catalog.");
        }

        if (policy.Enhances is { } enhanced && catalog.FindPolicy(enhanced) is null)
        {
            context.Warning("PK2010", $"{at}.enhances", $"policy '{policy.Id}' enhances '{enhanced}', which is not in the catalog.");
        }

        foreach (var (node, path) in Walk(policy.Eligibility, $"{at}.eligibility"))
        {
            var factId = node switch { FactPredicate f => f.FactId, HasPredicate h => h.FactId, _ => null };
            if (factId is not null && !catalog.Schema.Contains(factId))
            {
                context.Error("PK2001", path, context.UnknownFact(factId));
            }
        }

        foreach (var factId in policy.Award.FactIds())
        {
            if (!catalog.Schema.Contains(factId))
            {
                context.Error("PK2001", $"{at}.award", context.UnknownFact(factId));
            }
        }
    }

    private static void CheckContinuation(ValidationContext context, Policy policy, PolicyList list, string at)
    {
        if (policy.Status != PolicyStatus.Continued)
        {
            if (policy.Continues is not null)
            {
                context.Warning("PK2007", $"{at}.continues", $"policy '{policy.Id}' is new but names '{policy.Continues}' as the item it continues.");
            }

            return;
        }

        if (list.Predecessor is null)
        {
            context.Error("PK2006", $"{at}.status", $"policy '{policy.Id}' is continued, but its list '{list.Id}' has no predecessor list.");
            return;
        }

        if (policy.Continues is null)
        {
            context.Warning("PK2007", $"{at}.continues", $"policy '{policy.Id}' is continued but does not say which item of '{list.Predecessor}' it continues.");
            return;
        }

        var previous = context.Catalog.FindPolicy(policy.Continues);
        if (previous is null || previous.List != list.Predecessor)
        {
            context.Error("PK2006", $"{at}.continues", $"policy '{policy.Id}' continues '{policy.Continues}', which is not an item of the predecessor list '{list.Predecessor}'.");
        }
    }

    private static void StacksOnCycles(ValidationContext context)
    {
        var catalog = context.Catalog;
        for (var i = 0; i < catalog.Policies.Length; i++)
        {
            var start = catalog.Policies[i];
            var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
            var current = start;
            while (current.Stacking.StacksOn is { } next && catalog.FindPolicy(next) is { } upper)
            {
                if (upper.Id == start.Id)
                {
                    context.Error("PK2009", $"policies[{i}].stacking.stacksOn", $"policy '{start.Id}' stacks on itself through a cycle ({string.Join(" → ", seen)} → {start.Id}).");
                    break;
                }

                if (!seen.Add(upper.Id))
                {
                    break;
                }

                current = upper;
            }
        }
    }

    /// <summary>Every node of a predicate with its JSON path.</summary>
    public static IEnumerable<(Predicate Node, string Path)> Walk(Predicate root, string path)
    {
        yield return (root, path);
        var kind = root switch { AllPredicate => "all", AnyPredicate => "any", _ => null };
        if (root is NotPredicate not)
        {
            foreach (var item in Walk(not.Operand, path + ".not"))
            {
                yield return item;
            }
        }
        else if (kind is not null)
        {
            for (var i = 0; i < root.Children.Length; i++)
            {
                foreach (var item in Walk(root.Children[i], $"{path}.{kind}[{i}]"))
                {
                    yield return item;
                }
            }
        }
    }
}
