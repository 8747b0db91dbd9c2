using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using PolicyKit.Evaluation;
using PolicyKit.Text;

namespace PolicyKit.Testing.FluentAssertions;

/// <summary>
/// Assertions on a <see cref="DecisionReport"/> that read like the policy:
/// <c>report.Should().FindIneligible("laoshan-unicorn-award").BecauseOf("enterprise.district")</c>.
/// </summary>
public sealed class DecisionReportAssertions : ReferenceTypeAssertions<DecisionReport, DecisionReportAssertions>
{
    /// <summary>Creates the assertions; failures are written in <paramref name="language"/>.</summary>
    public DecisionReportAssertions(DecisionReport report, Language language = Language.Zh)
        : base(report) => Language = language;

    /// <summary>The language of failure messages.</summary>
    public Language Language { get; }

    /// <inheritdoc />
    protected override string Identifier => "report";

    /// <summary>Asserts that <paramref name="policyId"/> is in force and eligible.</summary>
    public PolicyDecisionAssertions FindEligible(string policyId, string because = "", params object[] becauseArgs) =>
        Find(policyId, Verdict.Eligible, because, becauseArgs);

    /// <summary>Asserts that <paramref name="policyId"/> is in force and ineligible.</summary>
    public PolicyDecisionAssertions FindIneligible(string policyId, string because = "", params object[] becauseArgs) =>
        Find(policyId, Verdict.Ineligible, because, becauseArgs);

    /// <summary>Asserts that <paramref name="policyId"/> is in force and undetermined.</summary>
    public PolicyDecisionAssertions FindUndetermined(string policyId, string because = "", params object[] becauseArgs) =>
        Find(policyId, Verdict.Undetermined, because, becauseArgs);

    /// <summary>Asserts that <paramref name="policyId"/> has no decision: it is not in force on the report's date.</summary>
    public AndConstraint<DecisionReportAssertions> FindNotInForce(string policyId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(policyId);
        var decision = Subject.Find(policyId);
        if (decision is not null)
        {
            var zh = Language == Language.Zh;
            var policy = AssertionText.Policy(policyId, Language);
            var notInForce = AssertionText.NotInForce(Subject, Language);
            var actual = AssertionText.Verdict(decision.Verdict, Language);
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .FailWith(AssertionText.Escape(zh ? $"预期{policy}{notInForce}" : $"Expected {policy} to be {notInForce}") + "{reason}"
                    + AssertionText.Escape(zh ? $"，实际为{actual}。" : $", but it was {actual}.") + AssertionText.Explain(decision, Language));
        }

        return new AndConstraint<DecisionReportAssertions>(this);
    }

    /// <summary>
    /// Asserts the totals: the amount the enterprise can count on and the most it could reach
    /// (<see langword="null"/> <paramref name="upTo"/>: some award has no stated ceiling).
    /// </summary>
    public AndConstraint<DecisionReportAssertions> HaveTotals(decimal amount, decimal? upTo, string because = "", params object[] becauseArgs)
    {
        var totals = Subject.Totals;
        var actualUpTo = totals.UpToIsBounded ? totals.UpTo : (decimal?)null;
        var zh = Language == Language.Zh;
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(totals.Amount == amount && actualUpTo == upTo)
            .FailWith(AssertionText.Escape(zh
                ? $"预期合计确定 {AssertionText.Yuan(amount, Language)}、最高 {AssertionText.Yuan(upTo, Language)}"
                : $"Expected totals of {AssertionText.Yuan(amount, Language)} certain and up to {AssertionText.Yuan(upTo, Language)}")
                + "{reason}" + AssertionText.Escape(zh
                ? $"，实际为确定 {AssertionText.Yuan(totals.Amount, Language)}、最高 {AssertionText.Yuan(actualUpTo, Language)}。\n" + Decisions()
                : $", but found {AssertionText.Yuan(totals.Amount, Language)} certain and up to {AssertionText.Yuan(actualUpTo, Language)}.\n" + Decisions()));
        return new AndConstraint<DecisionReportAssertions>(this);
    }

    private string Decisions() => string.Concat(Subject.Decisions.Select(d =>
        $"  {d.PolicyId}: {AssertionText.Verdict(d.Verdict, Language)}, {d.Award?.Text.In(Language) ?? "-"}{(d.Counted ? "" : Language == Language.Zh ? "（不计入）" : " (not counted)")}\n"));

    private PolicyDecisionAssertions Find(string policyId, Verdict expected, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(policyId);
        var decision = Subject.Find(policyId);
        var zh = Language == Language.Zh;
        var policy = AssertionText.Policy(policyId, Language);
        var want = AssertionText.Verdict(expected, Language);
        var expectation = AssertionText.Escape(zh ? $"预期{policy}{want}" : $"Expected {policy} to be {want}") + "{reason}";
        if (decision is null)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .FailWith(expectation + AssertionText.Escape(zh ? $"，但它{AssertionText.NotInForce(Subject, Language)}。" : $", but it is {AssertionText.NotInForce(Subject, Language)}."));
        }
        else
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(decision.Verdict == expected)
                .FailWith(expectation + AssertionText.Escape(zh ? $"，实际为{AssertionText.Verdict(decision.Verdict, Language)}。" : $", but it was {AssertionText.Verdict(decision.Verdict, Language)}.")
                    + AssertionText.Explain(decision, Language));
        }

        // Inside a caller's AssertionScope a failure does not throw, so the decision may be missing.
        return new PolicyDecisionAssertions(this, decision);
    }
}
