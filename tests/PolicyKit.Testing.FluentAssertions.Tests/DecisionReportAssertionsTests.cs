using FluentAssertions.Execution;
using NodaTime;
using PolicyKit.Jurisdictions;
using PolicyKit.Testing.Builders;
using PolicyKit.Text;
using Xunit.Sdk;

namespace PolicyKit.Testing.FluentAssertions.Tests;

public sealed class DecisionReportAssertionsTests
{
    private static readonly TestProfile LaoshanUnicorn = TestProfile.Firm().In(KnownJurisdictions.Laoshan).Certified("unicorn", new LocalDate(2023, 5, 10));

    private static string FailureOf(Action assertion) => assertion.Should().Throw<XunitException>().Which.Message;

    [Fact]
    public void FindEligible_EligiblePolicy_PassesAndChainsToFigures()
    {
        var report = Support.Decide(LaoshanUnicorn);

        var which = report.Should().FindEligible("unicorn").WithAmount(null).WithUpTo(3_000_000m).NeedingFacts().Which;

        which!.PolicyId.Should().Be("unicorn");
    }

    [Fact]
    public void FindEligible_UndeterminedPolicy_FailsNamingPolicyWithReasonsAndFactsInEnglish()
    {
        var report = Support.Decide(TestProfile.Firm().In(KnownJurisdictions.Laoshan));

        var message = FailureOf(() => report.Should(Language.En).FindEligible("unicorn", "it is a {0}", "unicorn"));

        message.Should().StartWith("Expected policy unicorn to be eligible because it is a unicorn, but it was undetermined.");
        message.Should().Contain("reasons:").And.Contain("? ").And.Contain("✓ ");
        message.Should().Contain("facts read:").And.Contain("enterprise.district = 370212").And.Contain("enterprise.certifications = unknown");
        message.Should().Contain("missing facts: enterprise.certifications");
    }

    [Fact]
    public void FindIneligible_EligiblePolicy_FailsInChineseByDefault()
    {
        var report = Support.Decide(LaoshanUnicorn);

        var message = FailureOf(() => report.Should().FindIneligible("unicorn"));

        message.Should().StartWith("预期政策 unicorn 不符合，实际为符合。");
        message.Should().Contain("理由：").And.Contain("涉及的事实：").And.Contain("奖补：");
    }

    [Fact]
    public void WithUpTo_WrongCap_FailsWithBothFigures()
    {
        var report = Support.Decide(LaoshanUnicorn);

        var message = FailureOf(() => report.Should(Language.En).FindEligible("unicorn").WithUpTo(5_000_000m));

        message.Should().StartWith("Expected policy unicorn to award up to 5,000,000 yuan, but found up to 3,000,000 yuan.");
    }

    [Fact]
    public void WithAmount_UpToAward_FailsSayingThereIsNone()
    {
        var report = Support.Decide(LaoshanUnicorn);

        var message = FailureOf(() => report.Should(Language.En).FindEligible("unicorn").WithAmount(3_000_000m));

        message.Should().StartWith("Expected policy unicorn to award an amount of 3,000,000 yuan, but found none.");
    }

    [Fact]
    public void BecauseOf_IneligibleForItsDistrict_PassesForThatFactAndFailsForAnother()
    {
        var report = Support.Decide(TestProfile.Firm().In(KnownJurisdictions.Licang).Certified("unicorn", new LocalDate(2023, 5, 10)));

        report.Should().FindIneligible("unicorn").BecauseOf("enterprise.district");
        var message = FailureOf(() => report.Should(Language.En).FindIneligible("unicorn").BecauseOf("enterprise.certifications"));

        message.Should().StartWith("Expected policy unicorn to be decided by enterprise.certifications, but it was decided by [enterprise.district].");
        message.Should().Contain("✗ ").And.Contain("enterprise.district = 370213");
    }

    [Fact]
    public void NeedingFacts_WrongFacts_FailsListingBoth()
    {
        var report = Support.Decide(TestProfile.Firm());

        report.Should().FindUndetermined("unicorn").NeedingFacts("enterprise.district", "enterprise.certifications");
        var message = FailureOf(() => report.Should(Language.En).FindUndetermined("unicorn").NeedingFacts("enterprise.district"));

        message.Should().StartWith("Expected policy unicorn to need the facts [enterprise.district], but it needs [enterprise.certifications, enterprise.district].");
    }

    [Fact]
    public void Failure_ReasonWithBraces_IsQuotedLiterally()
    {
        var report = Support.Decide(TestProfile.Firm().AboveDesignatedSize().InIndustries("finance"));

        var message = FailureOf(() => report.Should(Language.En).FindEligible("vr-scale"));

        message.Should().Contain("Industries must include virtual reality (is finance): not met").And.Contain("enterprise.industries = [finance]");
    }

    [Fact]
    public void HaveTotals_WrongTotals_FailsWithEachDecision()
    {
        var report = Support.Decide(LaoshanUnicorn);

        report.Should().HaveTotals(0m, 3_000_000m);
        var message = FailureOf(() => report.Should(Language.En).HaveTotals(0m, 1_000_000m));

        message.Should().StartWith("Expected totals of 0 yuan certain and up to 1,000,000 yuan, but found 0 yuan certain and up to 3,000,000 yuan.");
        message.Should().Contain("unicorn: eligible");
    }

    [Fact]
    public void FindNotInForce_PolicyOutsideItsListsValidity_PassesAndFailsWhenInForce()
    {
        var catalog = TestCatalog.For(KnownJurisdictions.Laoshan).InForce(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))
            .Policy("later", Predicates.Predicate.Always).Build();

        Support.Decide(TestProfile.Firm(), catalog).Should().FindNotInForce("later");
        var message = FailureOf(() => Support.Decide(TestProfile.Firm()).Should(Language.En).FindNotInForce("unicorn"));
        var notInForce = FailureOf(() => Support.Decide(TestProfile.Firm(), catalog).Should(Language.En).FindEligible("later"));

        message.Should().StartWith("Expected policy unicorn to be not in force on 2023-06-30 (no decision), but it was undetermined.");
        notInForce.Should().Be("Expected policy later to be eligible, but it is not in force on 2023-06-30 (no decision).");
    }

    [Fact]
    public void AssertionScope_CollectsEveryFailure()
    {
        var report = Support.Decide(TestProfile.Firm());

        var message = FailureOf(() =>
        {
            using var scope = new AssertionScope();
            report.Should(Language.En).FindEligible("unicorn").WithUpTo(1m);
            report.Should(Language.En).FindEligible("vr-scale");
        });

        message.Should().Contain("Expected policy unicorn to be eligible").And.Contain("to award up to 1 yuan").And.Contain("Expected policy vr-scale to be eligible");
    }
}
