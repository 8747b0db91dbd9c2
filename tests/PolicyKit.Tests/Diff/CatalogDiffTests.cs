using PolicyKit.Awards;
using PolicyKit.CatalogFiles;
using PolicyKit.Diff;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Diff;

public class CatalogDiffTests
{
    private static Policy Item(string id, string list = "l", string? continues = null, AwardRule? award = null, Predicate? eligibility = null) => new()
    {
        Id = id,
        List = list,
        Title = new("政策 " + id),
        Status = continues is null ? PolicyStatus.New : PolicyStatus.Continued,
        Continues = continues,
        Eligibility = eligibility ?? StandardFacts.Employees.Ge(10),
        Award = award ?? AwardRule.UpTo(1000m),
    };

    private static PolicyCatalog Catalog(string version, params Policy[] policies)
    {
        var builder = SampleCatalogs.Minimal().RemovePolicy("p");
        builder.Version = version;
        foreach (var p in policies)
        {
            builder.AddPolicy(p);
        }

        return builder.Build();
    }

    [Fact]
    public void Compare_SameCatalog_IsEmpty()
    {
        var catalog = SampleCatalogs.Full();
        var diff = CatalogDiff.Compare(catalog, catalog);
        diff.IsEmpty.Should().BeTrue();
        diff.Matched.Should().HaveCount(catalog.Policies.Length);
    }

    [Fact]
    public void Compare_CatalogAndItsJsonCopy_IsEmpty()
    {
        var catalog = SampleCatalogs.Full();
        CatalogDiff.Compare(catalog, CatalogJson.Read(CatalogJson.Write(catalog))).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Compare_NewItem_IsAdded()
    {
        var diff = CatalogDiff.Compare(Catalog("1", Item("a")), Catalog("2", Item("a"), Item("b")));
        diff.Added.Select(p => p.Id).Should().Equal("b");
        diff.Removed.Should().BeEmpty();
        diff.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Compare_DroppedItem_IsRemoved()
    {
        var diff = CatalogDiff.Compare(Catalog("1", Item("a"), Item("b")), Catalog("2", Item("b")));
        diff.Removed.Select(p => p.Id).Should().Equal("a");
        diff.Added.Should().BeEmpty();
    }

    [Fact]
    public void Compare_ItemContinuingAnOldOne_IsContinuedNotAddedOrRemoved()
    {
        var diff = CatalogDiff.Compare(Catalog("1", Item("a-2022")), Catalog("2", Item("a-2023", continues: "a-2022")));
        diff.Continued.Should().ContainSingle().Which.Should().Match<PolicyMatch>(m => m.Old.Id == "a-2022" && m.New.Id == "a-2023" && m.MatchedBy == PolicyMatchKind.Continues);
        diff.Added.Should().BeEmpty();
        diff.Removed.Should().BeEmpty();
    }

    [Fact]
    public void Compare_RaisedCap_IsAwardChangeOnly()
    {
        var diff = CatalogDiff.Compare(Catalog("1", Item("a")), Catalog("2", Item("a", award: AwardRule.UpTo(2000m))));
        var change = diff.Changed.Should().ContainSingle().Subject;
        change.Changes.Should().Be(PolicyChanges.Award);
        change.Describe().Should().Be("award");
    }

    [Fact]
    public void Compare_SameAmountWithTrailingZeros_IsUnchanged()
    {
        var diff = CatalogDiff.Compare(Catalog("1", Item("a")), Catalog("2", Item("a", award: AwardRule.UpTo(1000.00m))));
        diff.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Compare_StricterCondition_IsEligibilityChange()
    {
        var diff = CatalogDiff.Compare(Catalog("1", Item("a")), Catalog("2", Item("a", eligibility: StandardFacts.Employees.Ge(50))));
        diff.Changed.Single().Changes.Should().Be(PolicyChanges.Eligibility);
    }

    [Fact]
    public void Compare_TitleFundingStackingAndValidity_AreEachReported()
    {
        var old = Item("a");
        var changed = new Policy
        {
            Id = "a",
            List = "l",
            Title = new("新标题"),
            Eligibility = old.Eligibility,
            Award = old.Award,
            FundingKind = FundingKind.Investment,
            Stacking = Stacking.Exclusive("g"),
            Validity = Validity.Between(new(2023, 2, 1), new(2023, 12, 31)),
        };
        var diff = CatalogDiff.Compare(Catalog("1", old), Catalog("2", changed));
        diff.Changed.Single().Changes.Should().Be(PolicyChanges.Title | PolicyChanges.FundingKind | PolicyChanges.Stacking | PolicyChanges.Validity);
        diff.Changed.Single().Describe().Should().Be("title, validity, stacking, fundingkind");
    }

    [Fact]
    public void Compare_ContinuedItemWithNewAward_IsBothContinuedAndChanged()
    {
        var diff = CatalogDiff.Compare(Catalog("1", Item("a-2022")), Catalog("2", Item("a-2023", continues: "a-2022", award: AwardRule.Fixed(5m))));
        diff.Continued.Should().ContainSingle();
        diff.Changed.Single().Changes.Should().HaveFlag(PolicyChanges.Award);
    }
}
