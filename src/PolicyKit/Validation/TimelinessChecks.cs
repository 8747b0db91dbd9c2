using NodaTime;
using NodaTime.Text;
using PolicyKit.Model;

namespace PolicyKit.Validation;

/// <summary>Application windows outside validity (PK3007) and, for a given as-of date, stale lists (PK3006).</summary>
internal static class TimelinessChecks
{
    /// <summary>How long after its publication a list without a stated end is taken as current: lists are published every year.</summary>
    public static readonly Period StaleAfter = Period.FromYears(1);

    public static void Run(ValidationContext context)
    {
        var catalog = context.Catalog;
        for (var i = 0; i < catalog.Policies.Length; i++)
        {
            var policy = catalog.Policies[i];
            if (policy.Guide is not { } guide)
            {
                continue;
            }

            var validity = catalog.ValidityOf(policy);
            for (var w = 0; w < guide.Windows.Length; w++)
            {
                var window = guide.Windows[w];
                if (!validity.Encloses(window))
                {
                    context.Warning("PK3007", $"policies[{i}].guide.windows[{w}]", $"policy '{policy.Id}' takes applications {window}, outside the days it is in force ({validity}); check both dates against the source.");
                }
            }
        }
    }

    public static void Run(ValidationContext context, LocalDate asOf)
    {
        var catalog = context.Catalog;
        for (var i = 0; i < catalog.Lists.Length; i++)
        {
            var list = catalog.Lists[i];
            if (list.PublishedOn is { } published && list.Validity.End is null && asOf > published.Plus(StaleAfter))
            {
                context.Warning("PK3006", $"lists[{i}]", $"list '{list.Id}' was published on {Iso(published)} and states no end; on {Iso(asOf)}, more than a year later, its items and amounts may be out of date: check for a newer list or state its validity.");
            }
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
