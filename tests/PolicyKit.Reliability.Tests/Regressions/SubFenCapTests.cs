using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Compilation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Validation;

namespace PolicyKit.Reliability.Tests.Regressions;

/// <summary>
/// Found by the cap law with sub-fen amounts: a cap of 100.005 yuan was reported as an up-to, or
/// a capped amount, of 100.01 (rounding to the fen went past the cap). Amounts and caps finer
/// than a fen are now a validation error (PK4011), so no evaluator is built on them.
/// </summary>
public class SubFenCapTests
{
    public static TheoryData<string, AwardRule> SubFenRules => new()
    {
        { "upTo", AwardRule.UpTo(100.005m) },
        { "cap", AwardRule.Rate(1m, StandardFacts.AnnualRevenue.Id, 100.005m) },
        { "fixed", AwardRule.Fixed(0.005m) },
        { "cap", AwardRule.Capped(AwardRule.Fixed(200m), 100.001m) },
        { "tiers.bands[0].amount", AwardRule.Tiers(StandardFacts.AnnualRevenue.Id, new TierBand(0m, 0.125m)) },
    };

    [Theory]
    [MemberData(nameof(SubFenRules))]
    public void Validate_AmountOrCapFinerThanAFen_IsAnErrorAndNoEvaluatorIsBuilt(string where, AwardRule rule)
    {
        var catalog = With(rule);

        CatalogValidator.Validate(catalog).Should().ContainSingle(d => d.Code == "PK4011")
            .Which.Location.Should().Be("policies[0].award." + where);
        var build = () => new CompiledEvaluator(catalog);
        build.Should().Throw<InvalidCatalogException>();
    }

    [Fact]
    public void Evaluate_CapInWholeFen_BaseJustUnderIt_RoundsOntoTheCapNeverPast()
    {
        var evaluator = new CompiledEvaluator(With(AwardRule.Rate(1m, StandardFacts.AnnualRevenue.Id, 100.01m)));
        var profile = EnterpriseProfile.CreateBuilder(evaluator.Catalog.Schema).Set(StandardFacts.AnnualRevenue, 100.009m).Build();

        var award = evaluator.Evaluate(profile, new LocalDate(2023, 1, 1)).Decisions.Single().Award!;

        (award.Amount, award.UpTo, award.Capped).Should().Be((100.01m, 100.01m, false));
    }

    private static PolicyCatalog With(AwardRule award) => PolicyCatalog.CreateBuilder("synthetic-subfen", "1")
        .AddList(new PolicyList { Id = "synthetic-list", Title = new("合成清单", "Synthetic list"), Jurisdiction = KnownJurisdictions.Laoshan.Code })
        .AddPolicy(new Policy { Id = "synthetic-a", List = "synthetic-list", Title = new("合成政策", "Synthetic policy"), Eligibility = Predicate.Always, Award = award })
        .Build();
}
