using System.Collections.Immutable;
using PolicyKit.Compilation;
using PolicyKit.Model;

namespace PolicyKit.Populations;

/// <summary>Which firms a push list gives for each item (政策找企业).</summary>
public enum PushVerdicts
{
    /// <summary>The firms that qualify and the firms that might (the default).</summary>
    EligibleOrUndetermined,

    /// <summary>The firms that qualify: to pay or notify them (免申即享).</summary>
    Eligible,

    /// <summary>The firms that might: each with the one question to ask.</summary>
    Undetermined,
}

/// <summary>
/// One item of a push list with its summary (specification §10.12): how many firms qualify or might,
/// what they come to, and whether the item takes applications on the date.
/// </summary>
/// <param name="PolicyId">The item.</param>
/// <param name="Title">The item's title in Chinese.</param>
/// <param name="Application">Whether applications are accepted on the date (from the item's application guide; not stated when it has none).</param>
/// <param name="Eligible">Firms eligible (counted whatever <see cref="PushVerdicts"/> asks, so the summary is the same for every list).</param>
/// <param name="Undetermined">Firms undetermined.</param>
/// <param name="Amount">The eligible firms' amounts, summed, in yuan.</param>
/// <param name="UpTo">The up-tos of the firms listed, summed, in yuan (unbounded ones add nothing).</param>
/// <param name="Unbounded">Firms listed whose up-to has no ceiling.</param>
public sealed record PushItem(string PolicyId, string Title, ApplicationStatus Application, int Eligible, int Undetermined, decimal Amount, decimal UpTo, int Unbounded)
{
    /// <summary>Whether every application window of the item has ended on the date: its firms are listed apart.</summary>
    public bool IsClosed => Application == ApplicationStatus.Closed;
}

/// <summary>One firm on one item's push list.</summary>
/// <param name="FirmId">The firm's id (the profile's id when given, else its index in the population).</param>
/// <param name="Firm">The firm's index in the population.</param>
/// <param name="PolicyId">The item.</param>
/// <param name="Verdict">Eligible or undetermined.</param>
/// <param name="Amount">What the firm can count on, in yuan, or null.</param>
/// <param name="UpTo">The most it can be, in yuan, or null when unbounded or non-monetary.</param>
/// <param name="Question">For an undetermined firm, the fact to ask (<see cref="DecisionRow.Question"/>); else null.</param>
/// <param name="Application">The item's application state on the date.</param>
public readonly record struct PushRow(string FirmId, int Firm, string PolicyId, VerdictCode Verdict, decimal? Amount, decimal? UpTo, string? Question, ApplicationStatus Application);

/// <summary>
/// For some items, the firms that qualify or might, with amount, up-to and the question to ask, and a
/// summary per item (specification §10.12). Rows of items whose application windows have all ended
/// on the date come apart (<see cref="ClosedRows"/>), after the others.
/// </summary>
/// <remarks>The summary is computed when the list is made; rows are read from the decisions as they are enumerated. Immutable.</remarks>
public sealed class PushList
{
    private readonly PopulationDecisions _decisions;
    private readonly IReadOnlyList<string?>? _firmIds;
    private readonly DecisionRowFilter _filter;
    private readonly Dictionary<string, ApplicationStatus> _status;

    private PushList(PopulationDecisions decisions, IReadOnlyList<string?>? firmIds, DecisionRowFilter filter, ImmutableArray<PushItem> items, string catalog)
    {
        _decisions = decisions;
        _firmIds = firmIds;
        _filter = filter;
        Items = items;
        Catalog = catalog;
        _status = items.ToDictionary(i => i.PolicyId, i => i.Application, StringComparer.Ordinal);
    }

    /// <summary>The items in force among those asked for, in catalog order, with their summaries.</summary>
    public ImmutableArray<PushItem> Items { get; }

    /// <summary>The catalog, as <c>id@version</c>.</summary>
    public string Catalog { get; }

    /// <summary>The date decided.</summary>
    public NodaTime.LocalDate AsOf => _decisions.AsOf;

    /// <summary>Makes the push list of <paramref name="policyIds"/> from <paramref name="decisions"/>.</summary>
    /// <param name="decisions">The population's decisions.</param>
    /// <param name="catalog">The catalog decided (for titles and application windows).</param>
    /// <param name="policyIds">The items; those not in force on the date are left out.</param>
    /// <param name="verdicts">Which firms to list.</param>
    /// <param name="firmIds">The firms' ids, by index (e.g. the profiles' ids); a missing or null id is the index.</param>
    /// <exception cref="ArgumentException">An id is not a policy of the catalog, or the decisions are of another catalog.</exception>
    public static PushList Build(PopulationDecisions decisions, PolicyCatalog catalog, IEnumerable<string> policyIds, PushVerdicts verdicts = PushVerdicts.EligibleOrUndetermined, IReadOnlyList<string?>? firmIds = null)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(policyIds);
        if (!decisions.PolicyIds.SequenceEqual(catalog.Policies.Select(p => p.Id)))
        {
            throw new ArgumentException($"the decisions were not made with catalog {catalog}.", nameof(catalog));
        }

        var filter = verdicts switch
        {
            PushVerdicts.Eligible => DecisionRowFilter.Eligible,
            PushVerdicts.Undetermined => DecisionRowFilter.Undetermined,
            _ => DecisionRowFilter.EligibleOrUndetermined,
        };
        var selected = decisions.Selected(policyIds);
        var ids = selected.Select(p => decisions.PolicyIds[p]).ToArray();
        var sums = ids.ToDictionary(id => id, _ => (Amount: 0m, UpTo: 0m, Unbounded: 0), StringComparer.Ordinal);
        foreach (var p in selected)
        {
            var id = decisions.PolicyIds[p];
            var (amount, upTo, unbounded) = sums[id];
            foreach (var firm in decisions.FirmsWith(p, VerdictCode.Eligible))
            {
                amount += decisions.Amount(p, firm) ?? 0m;
                if (filter != DecisionRowFilter.Undetermined)
                {
                    (upTo, unbounded) = AddUpTo(decisions, p, firm, upTo, unbounded);
                }
            }

            if (filter != DecisionRowFilter.Eligible)
            {
                foreach (var firm in decisions.FirmsWith(p, VerdictCode.Undetermined))
                {
                    (upTo, unbounded) = AddUpTo(decisions, p, firm, upTo, unbounded);
                }
            }

            sums[id] = (amount, upTo, unbounded);
        }

        var items = selected.Select(p =>
        {
            var policy = catalog.Policies[p];
            var s = sums[policy.Id];
            return new PushItem(
                policy.Id,
                policy.Title.Zh,
                ApplicationGuide.StateOn(policy.Guide, decisions.AsOf).Status,
                decisions.CountOf(p, VerdictCode.Eligible),
                decisions.CountOf(p, VerdictCode.Undetermined),
                s.Amount,
                s.UpTo,
                s.Unbounded);
        });
        return new PushList(decisions, firmIds, filter, [.. items], catalog.Id + "@" + catalog.Version);
    }

    /// <summary>The rows of the items still taking applications (or not stating a window), firm by firm.</summary>
    public IEnumerable<PushRow> OpenRows(CancellationToken cancellationToken = default) =>
        RowsOf(Items.Where(i => !i.IsClosed), cancellationToken);

    /// <summary>The rows of the items whose application windows have all ended on the date, listed apart.</summary>
    public IEnumerable<PushRow> ClosedRows(CancellationToken cancellationToken = default) =>
        RowsOf(Items.Where(i => i.IsClosed), cancellationToken);

    /// <summary>Every row: <see cref="OpenRows"/>, then <see cref="ClosedRows"/>.</summary>
    public IEnumerable<PushRow> Rows(CancellationToken cancellationToken = default) =>
        OpenRows(cancellationToken).Concat(ClosedRows(cancellationToken));

    private IEnumerable<PushRow> RowsOf(IEnumerable<PushItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.PolicyId).ToList();
        if (ids.Count == 0)
        {
            yield break;
        }

        foreach (var row in _decisions.Rows(_filter, ids, cancellationToken))
        {
            var id = _firmIds is { } f && row.Firm < f.Count && f[row.Firm] is { } given ? given : row.Firm.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return new PushRow(id, row.Firm, row.PolicyId, row.Verdict, row.Amount, row.UpTo, row.Question, _status[row.PolicyId]);
        }
    }

    private static (decimal UpTo, int Unbounded) AddUpTo(PopulationDecisions decisions, int policy, int firm, decimal upTo, int unbounded) =>
        decisions.UpTo(policy, firm) is { } u ? (upTo + u, unbounded)
        : decisions.IsMonetary(policy) ? (upTo, unbounded + 1) : (upTo, unbounded);
}
