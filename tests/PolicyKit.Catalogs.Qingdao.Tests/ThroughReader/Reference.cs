using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader;

/// <summary>
/// The reference catalog as a rule author uses it: loaded by <see cref="QingdaoCatalogs.Reference"/>,
/// which goes through the catalog reader (today the temporary shim, later the public reader).
/// </summary>
internal static class Reference
{
    private static readonly Lazy<PolicyEvaluator> _evaluator = new(() => new PolicyEvaluator(QingdaoCatalogs.Reference));

    /// <summary>A day on which every 2023 list is in force.</summary>
    public static LocalDate InForce2023 { get; } = new(2023, 6, 30);

    public static PolicyCatalog Catalog => QingdaoCatalogs.Reference;

    public static PolicyEvaluator Evaluator => _evaluator.Value;

    /// <summary>A new profile over the catalog's schema.</summary>
    public static EnterpriseProfileBuilder Firm() => EnterpriseProfile.CreateBuilder(Catalog.Schema);

    public static ImmutableArray<Certification> Certified(params Certification[] certifications) => [.. certifications];

    public static ImmutableArray<string> Industries(params string[] codes) => [.. codes];

    /// <summary>The decision for <paramref name="policyId"/>; fails when the policy is not in force.</summary>
    public static Decision Decide(this EnterpriseProfileBuilder firm, string policyId, LocalDate? asOf = null)
    {
        var day = asOf ?? InForce2023;
        var decision = Evaluator.Evaluate(firm.Build(), day).Find(policyId);
        decision.Should().NotBeNull($"policy '{policyId}' should be in force on {day:uuuu-MM-dd}");
        return decision!;
    }

    public static void ShouldBeEligibleUpTo(this Decision decision, decimal cap)
    {
        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.Award.Should().NotBeNull();
        decision.Award!.Amount.Should().BeNull("the amount is at the authority's discretion (最高)");
        decision.Award.UpTo.Should().Be(cap);
        decision.Award.Capped.Should().BeTrue();
        decision.MissingFacts.Should().BeEmpty();
    }

    public static void ShouldBeEligibleWithoutMoney(this Decision decision)
    {
        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.Award.Should().NotBeNull();
        decision.Award!.IsMonetary.Should().BeFalse();
        decision.Award.Amount.Should().BeNull();
        decision.Award.UpTo.Should().BeNull();
    }

    public static void ShouldBeEligibleOfUnstatedAmount(this Decision decision)
    {
        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.Award.Should().NotBeNull();
        decision.Award!.IsMonetary.Should().BeTrue("an award (奖励) is money");
        decision.Award.IsAmountUnstated.Should().BeTrue("the sources state no amount");
        decision.Award.Amount.Should().BeNull();
        decision.Award.UpTo.Should().BeNull("an amount not stated has no ceiling either");
        decision.MissingFacts.Should().BeEmpty();
    }

    public static void ShouldBeIneligible(this Decision decision)
    {
        decision.Verdict.Should().Be(Verdict.Ineligible);
        decision.Award.Should().BeNull();
        decision.MissingFacts.Should().BeEmpty();
    }

    public static void ShouldBeUndetermined(this Decision decision, decimal? upTo, params string[] missingFacts)
    {
        decision.Verdict.Should().Be(Verdict.Undetermined);
        decision.Award.Should().NotBeNull();
        decision.Award!.Amount.Should().BeNull();
        decision.Award.UpTo.Should().Be(upTo);
        decision.MissingFacts.Should().Equal(missingFacts);
    }
}
