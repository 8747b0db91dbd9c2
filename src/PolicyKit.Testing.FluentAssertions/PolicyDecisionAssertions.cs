using FluentAssertions.Execution;
using PolicyKit.Evaluation;
using PolicyKit.Text;

namespace PolicyKit.Testing.FluentAssertions;

/// <summary>
/// Assertions on one policy's decision, reached from <see cref="DecisionReportAssertions"/>:
/// <c>.WithAmount(..)</c>, <c>.WithUpTo(..)</c>, <c>.NeedingFacts(..)</c>, <c>.BecauseOf(..)</c>, then <c>.And</c>.
/// </summary>
public sealed class PolicyDecisionAssertions
{
    private readonly DecisionReportAssertions _report;

    internal PolicyDecisionAssertions(DecisionReportAssertions report, Decision? decision)
    {
        _report = report;
        Which = decision;
    }

    /// <summary>The decision asserted on (<see langword="null"/> only when the policy was not in force inside an assertion scope).</summary>
    public Decision? Which { get; }

    /// <summary>Back to the report, to assert on another policy.</summary>
    public DecisionReportAssertions And => _report;

    private Language Language => _report.Language;

    private string Policy => AssertionText.Policy(Which!.PolicyId, Language);

    /// <summary>Asserts the amount in yuan (<see langword="null"/>: no amount, e.g. "up to" or undetermined).</summary>
    public PolicyDecisionAssertions WithAmount(decimal? amount, string because = "", params object[] becauseArgs)
    {
        if (Which is not null)
        {
            var actual = Which.Award?.Amount;
            Fail(actual == amount, because, becauseArgs,
                Language == Language.Zh ? $"预期{Policy}的奖补金额为 {AssertionText.Yuan(amount, Language)}" : $"Expected {Policy} to award an amount of {AssertionText.Yuan(amount, Language)}",
                Language == Language.Zh ? $"，实际为 {AssertionText.Yuan(actual, Language)}。" : $", but found {AssertionText.Yuan(actual, Language)}.");
        }

        return this;
    }

    /// <summary>Asserts the up-to in yuan (<see langword="null"/>: none stated, or non-monetary).</summary>
    public PolicyDecisionAssertions WithUpTo(decimal? upTo, string because = "", params object[] becauseArgs)
    {
        if (Which is not null)
        {
            var actual = Which.Award?.UpTo;
            Fail(actual == upTo, because, becauseArgs,
                Language == Language.Zh ? $"预期{Policy}最高 {AssertionText.Yuan(upTo, Language)}" : $"Expected {Policy} to award up to {AssertionText.Yuan(upTo, Language)}",
                Language == Language.Zh ? $"，实际最高 {AssertionText.Yuan(actual, Language)}。" : $", but found up to {AssertionText.Yuan(actual, Language)}.");
        }

        return this;
    }

    /// <summary>Asserts that exactly <paramref name="factIds"/> are missing (in any order).</summary>
    public PolicyDecisionAssertions NeedingFacts(params string[] factIds)
    {
        ArgumentNullException.ThrowIfNull(factIds);
        if (Which is not null)
        {
            var expected = factIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var actual = Which.MissingFacts;
            Fail(expected.SequenceEqual(actual, StringComparer.Ordinal), "", [],
                Language == Language.Zh ? $"预期{Policy}待补充信息为 [{string.Join(", ", expected)}]" : $"Expected {Policy} to need the facts [{string.Join(", ", expected)}]",
                Language == Language.Zh ? $"，实际为 [{string.Join(", ", actual)}]。" : $", but it needs [{string.Join(", ", actual)}].");
        }

        return this;
    }

    /// <summary>
    /// Asserts that <paramref name="factId"/> is one of the facts that decided the verdict (for an
    /// ineligible decision, a fact it failed on; see <see cref="DecisionText.DecidingFacts"/>).
    /// </summary>
    public PolicyDecisionAssertions BecauseOf(string factId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(factId);
        if (Which is not null)
        {
            var deciding = DecisionText.DecidingFacts(Which.Reasons);
            Fail(deciding.Contains(factId, StringComparer.Ordinal), because, becauseArgs,
                Language == Language.Zh ? $"预期{Policy}的结论由 {factId} 决定" : $"Expected {Policy} to be decided by {factId}",
                Language == Language.Zh ? $"，实际由 [{string.Join(", ", deciding)}] 决定。" : $", but it was decided by [{string.Join(", ", deciding)}].");
        }

        return this;
    }

    private void Fail(bool condition, string because, object[] becauseArgs, string expectation, string found) =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(condition)
            .FailWith(AssertionText.Escape(expectation) + "{reason}" + AssertionText.Escape(found) + AssertionText.Explain(Which!, Language));
}
