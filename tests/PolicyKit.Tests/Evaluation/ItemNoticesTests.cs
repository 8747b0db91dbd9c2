using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;

namespace PolicyKit.Tests.Evaluation;

/// <summary>Validity told honestly, and what the sources leave open (specification §3.23).</summary>
public class ItemNoticesTests
{
    private static readonly FactDefinition Guidance = new("enterprise.fitsGuidance", FactType.Bool, new("符合产业导向")) { IsOpenCondition = true };

    private static PolicyCatalog Catalog() => PolicyCatalog.CreateBuilder("c", "1")
        .AddFact(Guidance)
        .AddList(new PolicyList { Id = "dated", Title = new("有期限清单"), Jurisdiction = KnownJurisdictions.Laoshan.Code, Validity = Validity.Between(new(2023, 1, 1), new(2023, 12, 31)) })
        .AddList(new PolicyList { Id = "open", Title = new("未载明有效期的清单"), Jurisdiction = KnownJurisdictions.Laoshan.Code })
        .AddPolicy(new Policy { Id = "dated", List = "dated", Title = new("有期限"), Award = AwardRule.UpTo(1000m) })
        .AddPolicy(new Policy { Id = "early", List = "dated", Title = new("提前截止"), Validity = Validity.Between(new(2023, 1, 1), new(2023, 6, 30)), Award = AwardRule.Fixed(1m) })
        .AddPolicy(new Policy { Id = "undated", List = "open", Title = new("未载明"), Award = AwardRule.Rate(0.1m, StandardFacts.ProjectInvestment.Id) })
        .AddPolicy(new Policy { Id = "judged", List = "open", Title = new("由主管部门认定"), Eligibility = Predicate.Compare(Guidance.Id, ComparisonOperator.Eq, FactValue.Bool(true)), Award = AwardRule.None })
        .Build();

    [Fact]
    public void LeftOpen_NamesUnstatedValidity_UnstatedCeiling_AndOpenConditions()
    {
        var catalog = Catalog();
        var report = new PolicyEvaluator(catalog).Evaluate(EnterpriseProfile.CreateBuilder(catalog.Schema).Build(), new(2023, 3, 1));

        LeftOpen Of(string id) => ItemNotices.LeftOpenBy(catalog, catalog.FindPolicy(id)!, report.Find(id));
        Of("dated").Should().Be(LeftOpen.None);
        Of("undated").Should().Be(LeftOpen.Validity | LeftOpen.Amount);
        Of("judged").Should().Be(LeftOpen.Validity | LeftOpen.Conditions);
        ItemNotices.IsValidityStated(catalog, catalog.FindPolicy("early")!).Should().BeTrue();
    }

    [Theory]
    [InlineData(2023, 5, 30, null)]
    [InlineData(2023, 5, 31, "2023-06-30")]
    [InlineData(2023, 6, 30, "2023-06-30")]
    [InlineData(2023, 7, 1, null)]
    public void EndingSoon_WithinThirtyDaysOfTheEnd(int year, int month, int day, string? end)
    {
        var catalog = Catalog();

        var soon = ItemNotices.EndingSoon(catalog, catalog.FindPolicy("early")!, new LocalDate(year, month, day));

        (soon is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : null).Should().Be(end);

        ItemNotices.EndingSoon(catalog, catalog.FindPolicy("undated")!, new LocalDate(year, month, day)).Should().BeNull("an unstated end never ends soon");
    }

    [Fact]
    public void RecentlyEnded_ListsItemsEndedWithinNinetyDays_InCatalogOrder()
    {
        var catalog = Catalog();

        ItemNotices.RecentlyEnded(catalog, new(2023, 6, 30)).Should().BeEmpty("an item on its last day is still in force");
        ItemNotices.RecentlyEnded(catalog, new(2023, 7, 1)).Should().Equal(new EndedItem("early", new(2023, 6, 30)));
        ItemNotices.RecentlyEnded(catalog, new(2023, 9, 1)).Should().Equal(new EndedItem("early", new(2023, 6, 30)));
        ItemNotices.RecentlyEnded(catalog, new(2024, 1, 1)).Should().Equal(new EndedItem("dated", new(2023, 12, 31)));
        ItemNotices.RecentlyEnded(catalog, new LocalDate(2023, 6, 30).PlusDays(ItemNotices.EndedWindowDays)).Should().ContainSingle();
        ItemNotices.RecentlyEnded(catalog, new LocalDate(2023, 6, 30).PlusDays(ItemNotices.EndedWindowDays + 1)).Should().BeEmpty();
    }
}
