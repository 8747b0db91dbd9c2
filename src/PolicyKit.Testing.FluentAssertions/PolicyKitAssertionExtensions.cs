using PolicyKit.Evaluation;
using PolicyKit.Testing.Cases;
using PolicyKit.Text;

namespace PolicyKit.Testing.FluentAssertions;

/// <summary>
/// The entry points of the assertions: <c>report.Should().FindEligible("laoshan-unicorn-award").WithUpTo(3_000_000m)</c>.
/// </summary>
/// <remarks>
/// Failure messages name the policy, quote the reasons tree and the facts it read, in
/// the language given (Chinese by default; <c>Should(Language.En)</c> for English).
/// </remarks>
public static class PolicyKitAssertionExtensions
{
    /// <summary>Assertions on a report, failing in <paramref name="language"/>.</summary>
    public static DecisionReportAssertions Should(this DecisionReport report, Language language = Language.Zh) => new(report, language);

    /// <summary>Assertions on a case's result, failing with its text in <paramref name="language"/>.</summary>
    public static CaseResultAssertions Should(this CaseResult result, Language language = Language.Zh) => new(result, language);
}
