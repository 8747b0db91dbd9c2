using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;

namespace PolicyKit.Tests.Support;

/// <summary>Small catalogs for tests: one list in Laoshan for 2023, items added by the caller.</summary>
internal static class TestCatalogs
{
    public static readonly LocalDate AsOf = new(2023, 6, 1);

    public static readonly JurisdictionCode Laoshan = KnownJurisdictions.Laoshan.Code;

    public static PolicyList List(string id = "list", JurisdictionCode? jurisdiction = null) => new()
    {
        Id = id,
        Title = new("测试清单", "Test list"),
        Jurisdiction = jurisdiction ?? Laoshan,
        Validity = Validity.Between(new(2023, 1, 1), new(2023, 12, 31)),
    };

    public static Policy Policy(string id, Predicate eligibility, AwardRule? award = null, string list = "list", Stacking? stacking = null, FundingKind funding = FundingKind.NonInvestment) => new()
    {
        Id = id,
        List = list,
        Title = new("测试政策 " + id, "Test policy " + id),
        Eligibility = eligibility,
        Award = award ?? AwardRule.None,
        Stacking = stacking ?? Stacking.Standalone,
        FundingKind = funding,
    };

    /// <summary>A catalog with one list and the given items.</summary>
    public static PolicyCatalog With(params Policy[] policies)
    {
        var builder = PolicyCatalog.CreateBuilder("test", "1.0.0").AddList(List());
        foreach (var policy in policies)
        {
            builder.AddPolicy(policy);
        }

        return builder.Build();
    }

    /// <summary>A catalog with one item "p".</summary>
    public static PolicyCatalog Single(Predicate eligibility, AwardRule? award = null) => With(Policy("p", eligibility, award));

    public static EnterpriseProfileBuilder Profile() => EnterpriseProfile.CreateBuilder();

    /// <summary>Evaluates with the compiled evaluator, checking that the tree interpreter says exactly the same.</summary>
    public static DecisionReport Evaluate(PolicyCatalog catalog, EnterpriseProfile profile, LocalDate? asOf = null)
    {
        var compiled = new CompiledEvaluator(catalog).Evaluate(profile, asOf ?? AsOf);
        var interpreted = new PolicyEvaluator(catalog).Evaluate(profile, asOf ?? AsOf);
        ReportText.Of(compiled).Should().Be(ReportText.Of(interpreted), "the compiled evaluator must agree with the reference interpreter");
        return compiled;
    }

    public static Decision Decide(Predicate eligibility, EnterpriseProfile profile, AwardRule? award = null, LocalDate? asOf = null) =>
        Evaluate(Single(eligibility, award), profile, asOf).Decisions.Single();

    /// <summary>A leaf that is true, false or unknown as the named bool fact is true, false or unset.</summary>
    public static Predicate Leaf(FactKey<bool> key) => key.Eq(true);
}
