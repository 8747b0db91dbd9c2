using PolicyKit.Canonical;
using PolicyKit.Facts;
using PolicyKit.Model;

namespace PolicyKit.Validation;

/// <summary>Duplicate ids, list structure, validity and exclusive groups (PK2012, PK2013, PK3002, PK3004, PK3005).</summary>
internal static class StructureChecks
{
    public static void Run(ValidationContext context)
    {
        var catalog = context.Catalog;
        var standard = StandardFacts.Definitions.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        Duplicates(context, "facts", catalog.DeclaredFacts.Select(f => f.Id), standard);
        for (var i = 0; i < catalog.DeclaredFacts.Length; i++)
        {
            var fact = catalog.DeclaredFacts[i];
            foreach (var code in fact.CodeLabels.Keys.Where(c => !fact.IsKnownCode(c)).Order(StringComparer.Ordinal))
            {
                context.Error("PK2013", $"facts[{i}].codes", $"fact '{fact.Id}' labels code '{code}', which is not among its codes; add the code or remove the label.");
            }
        }

        Duplicates(context, "lists", catalog.Lists.Select(l => l.Id), []);
        Duplicates(context, "policies", catalog.Policies.Select(p => p.Id), []);
        Duplicates(context, "modifiers", catalog.Modifiers.Select(m => m.Id), []);
        Duplicates(context, "classifications", catalog.Classifications.Select(c => c.Id), []);
        for (var i = 0; i < catalog.Lists.Length; i++)
        {
            var list = catalog.Lists[i];
            Duplicates(context, $"lists[{i}].sections", list.Sections.Select(s => s.Id), []);
            for (var s = 0; s < list.Sections.Length; s++)
            {
                Duplicates(context, $"lists[{i}].sections[{s}].themes", list.Sections[s].Themes.Select(t => t.Id), []);
            }
        }

        for (var i = 0; i < catalog.Policies.Length; i++)
        {
            var policy = catalog.Policies[i];
            var list = catalog.FindList(policy.List);
            if (list is null)
            {
                continue;
            }

            if (policy.Validity is { } validity && !list.Validity.Encloses(validity))
            {
                context.Error("PK3002", $"policies[{i}].validity", $"policy '{policy.Id}' is in force {validity}, outside its list '{list.Id}' ({list.Validity}).");
            }

            var section = policy.Section is null ? null : list.Sections.FirstOrDefault(s => s.Id == policy.Section);
            if (section is not null && (section.Kind == SectionKind.Continued) != (policy.Status == PolicyStatus.Continued))
            {
                context.Warning("PK3005", $"policies[{i}].status", $"policy '{policy.Id}' is {policy.Status.ToString().ToLowerInvariant()} but sits in the {section.Kind.ToString().ToLowerInvariant()} section '{section.Id}'.");
            }
        }

        foreach (var group in catalog.Policies.Select((p, i) => (p, i)).Where(x => x.p.Stacking.ExclusiveGroup is not null).GroupBy(x => x.p.Stacking.ExclusiveGroup!, StringComparer.Ordinal))
        {
            var kinds = group.Select(x => x.p.FundingKind).Distinct().ToList();
            if (kinds.Count > 1)
            {
                var first = group.First();
                context.Error("PK3004", $"policies[{first.i}].stacking.exclusiveGroup", $"exclusive group '{group.Key}' mixes funding kinds ({string.Join(", ", group.Select(x => $"{x.p.Id}: {JsonNames.Of(x.p.FundingKind)}"))}); only the highest of one kind of funds can replace the others.");
            }
        }
    }

    private static void Duplicates(ValidationContext context, string path, IEnumerable<string> ids, HashSet<string> reserved)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (reserved.Contains(id))
            {
                context.Error("PK2012", $"{path}[{index}].id", $"'{id}' is a standard fact and cannot be declared again.");
            }
            else if (!seen.Add(id))
            {
                context.Error("PK2012", $"{path}[{index}].id", $"duplicate id '{id}'.");
            }

            index++;
        }
    }
}
