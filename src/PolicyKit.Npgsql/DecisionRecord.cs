using PolicyKit.Evaluation;
using PolicyKit.Guidance;
using PolicyKit.Compilation;
using PolicyKit.Model;
using PolicyKit.Populations;

namespace PolicyKit.Npgsql;

/// <summary>
/// One firm's decision on one item, as a nightly run writes it back (a row of the table of
/// <see cref="PostgresDecisions.CreateTableSql"/>): no reasons, the figures after modifiers and caps.
/// </summary>
/// <param name="FirmId">The firm (the profile's id, e.g. its 统一社会信用代码).</param>
/// <param name="PolicyId">The item.</param>
/// <param name="Verdict">Eligible, ineligible or undetermined.</param>
/// <param name="Amount">The award in yuan when eligible and stated; otherwise <see langword="null"/>.</param>
/// <param name="UpTo">The most the award can be in yuan (eligible or undetermined); <see langword="null"/> when not monetary or unbounded.</param>
/// <param name="Capped">Whether a cap lowered the award.</param>
/// <param name="NextQuestion">For an undetermined decision, the fact id best asked next (the firm's highest-ranked question that bears on this item); otherwise <see langword="null"/>.</param>
public sealed record DecisionRecord(string FirmId, string PolicyId, Verdict Verdict, decimal? Amount, decimal? UpTo, bool Capped, string? NextQuestion)
{
    /// <summary>
    /// The rows of one firm's report from the per-profile path, one per item decided, in report order;
    /// the next question is ranked as <see cref="PolicyGuide.NextQuestions"/> ranks it for the firm.
    /// </summary>
    /// <param name="firmId">The firm's id (the profile's <c>Id</c>).</param>
    /// <param name="report">The firm's report.</param>
    /// <param name="catalog">The catalog the report was made with.</param>
    /// <exception cref="ArgumentException"><paramref name="firmId"/> is empty, or the report was made with another catalog.</exception>
    public static IEnumerable<DecisionRecord> FromReport(string firmId, DecisionReport report, PolicyCatalog catalog)
    {
        ArgumentException.ThrowIfNullOrEmpty(firmId);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalog);
        var questions = report.Decisions.Any(d => d.Verdict == Verdict.Undetermined)
            ? PolicyGuide.NextQuestions(report, catalog)
            : [];
        return Rows(firmId, report, questions);
    }

    /// <summary>
    /// The records of the columnar path's per-firm decisions (specification §10.11), firm by firm,
    /// items in catalog order: the same records <see cref="FromReport"/> gives for each firm's report.
    /// </summary>
    /// <param name="decisions">Every firm's decisions.</param>
    /// <param name="firmIds">The firms' ids by index in the population (a population keeps none).</param>
    /// <param name="filter">Which decisions to write; eligible and undetermined by default (the rows a platform reads).</param>
    /// <param name="cancellationToken">Stops between firms.</param>
    /// <exception cref="ArgumentException"><paramref name="firmIds"/> does not have one id per firm.</exception>
    public static IEnumerable<DecisionRecord> FromDecisions(PopulationDecisions decisions, IReadOnlyList<string> firmIds, DecisionRowFilter filter = DecisionRowFilter.EligibleOrUndetermined, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(firmIds);
        if (firmIds.Count != decisions.Count)
        {
            throw new ArgumentException($"{firmIds.Count} firm ids for {decisions.Count} firms: give one id per firm, in population order.", nameof(firmIds));
        }

        return decisions.Rows(filter, cancellationToken: cancellationToken).Select(r => new DecisionRecord(
            firmIds[r.Firm],
            r.PolicyId,
            VerdictOf(r.Verdict),
            r.Verdict == VerdictCode.Eligible ? r.Amount : null,
            r.Verdict == VerdictCode.Ineligible ? null : r.UpTo,
            r.Capped,
            r.Verdict == VerdictCode.Undetermined ? r.Question : null));
    }

    private static Verdict VerdictOf(VerdictCode code) => code switch
    {
        VerdictCode.Eligible => Verdict.Eligible,
        VerdictCode.Ineligible => Verdict.Ineligible,
        VerdictCode.Undetermined => Verdict.Undetermined,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "an item not in force has no decision to write."),
    };

    private static IEnumerable<DecisionRecord> Rows(string firmId, DecisionReport report, System.Collections.Immutable.ImmutableArray<Question> questions)
    {
        foreach (var d in report.Decisions)
        {
            var next = d.Verdict == Verdict.Undetermined
                ? questions.FirstOrDefault(q => q.Policies.Contains(d.PolicyId))?.FactId
                : null;
            var award = d.Award;
            yield return new DecisionRecord(
                firmId,
                d.PolicyId,
                d.Verdict,
                d.Verdict == Verdict.Eligible ? award?.Amount : null,
                d.Verdict == Verdict.Ineligible ? null : award?.UpTo,
                award?.Capped ?? false,
                next);
        }
    }
}
