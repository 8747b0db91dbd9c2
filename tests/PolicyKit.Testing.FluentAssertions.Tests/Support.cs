using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Testing.Builders;

namespace PolicyKit.Testing.FluentAssertions.Tests;

/// <summary>A small made-up catalog (not real policy) that the assertions are tried on (as in PolicyKit.Testing.Tests).</summary>
internal static class Support
{
    public static LocalDate Day { get; } = new(2023, 6, 30);

    /// <summary>unicorn: Laoshan and a unicorn certification, up to 3,000,000; vr-scale: above size and in VR, no money.</summary>
    public static PolicyCatalog Catalog { get; } = TestCatalog.For(KnownJurisdictions.Laoshan)
        .Policy("unicorn", Predicate.All(StandardFacts.District.Within(KnownJurisdictions.Laoshan.Code), Predicate.Has("unicorn")), AwardRule.UpTo(3_000_000m), "独角兽奖励")
        .Policy("vr-scale", Predicate.All(StandardFacts.Scale.Eq("above-designated"), StandardFacts.Industries.In("virtual-reality")))
        .Build();

    public static DecisionReport Decide(EnterpriseProfile profile, PolicyCatalog? catalog = null) =>
        new PolicyEvaluator(catalog ?? Catalog).Evaluate(profile, Day);

    public static DecisionReport Decide(TestProfile profile, PolicyCatalog? catalog = null) => Decide(profile.Build(), catalog);
}
