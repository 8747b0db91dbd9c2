using PolicyKit.Formats;

namespace PolicyKit.Validation;

/// <summary>Declared versus modelled counts (PK3001 information, PK3003 when more are modelled than declared).</summary>
internal static class CountChecks
{
    public static void Run(ValidationContext context)
    {
        var catalog = context.Catalog;
        for (var i = 0; i < catalog.Lists.Length; i++)
        {
            var list = catalog.Lists[i];
            var modelled = catalog.Policies.Count(p => p.List == list.Id);
            if (list.DeclaredItems is { } declared)
            {
                Compare(context, $"lists[{i}]", $"list '{list.Id}'", declared, modelled);
            }
            else
            {
                context.Info("PK3001", $"lists[{i}]", $"list '{list.Id}' declares no item count; models {modelled}.");
            }

            for (var s = 0; s < list.Sections.Length; s++)
            {
                var section = list.Sections[s];
                var inSection = catalog.Policies.Count(p => p.List == list.Id && p.Section == section.Id);
                var where = $"lists[{i}].sections[{s}]";
                if (section.DeclaredItems is { } items)
                {
                    Compare(context, where, $"section '{list.Id}/{section.Id}'", items, inSection);
                }

                if (section.DeclaredThemes is { } themes)
                {
                    context.Info("PK3001", where + ".themes", $"section '{list.Id}/{section.Id}' declares {themes} themes, names {section.Themes.Length}.");
                }
            }
        }
    }

    private static void Compare(ValidationContext context, string location, string what, int declared, int modelled)
    {
        context.Info("PK3001", location, $"{what} declares {declared} items, models {modelled}.");
        if (modelled > declared)
        {
            context.Warning("PK3003", location, $"{what} models {modelled} items but declares only {declared}.");
        }
    }
}
