using System.Globalization;
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Canonical;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Evaluation;

public class DeterminationTests
{
    private static PolicyCatalog Catalog(decimal cap = 500_000m) => TestCatalogs.Single(StandardFacts.Employees.Ge(10), AwardRule.UpTo(cap));

    private static EnterpriseProfile Profile(long employees = 12) => TestCatalogs.Profile()
        .Set(StandardFacts.Employees, employees)
        .Set(StandardFacts.Industries, ["virtual-reality", "finance"])
        .Set(StandardFacts.AnnualOutput, 1_200_000_000m)
        .Build();

    private static string Id(PolicyCatalog catalog, EnterpriseProfile profile, LocalDate? asOf = null) =>
        TestCatalogs.Evaluate(catalog, profile, asOf).DeterminationId;

    [Fact]
    public void DeterminationId_EqualInputsBuiltSeparately_AreEqual()
    {
        var reordered = TestCatalogs.Profile()
            .Set(StandardFacts.AnnualOutput, 1_200_000_000.00m)
            .Set(StandardFacts.Industries, ["finance", "virtual-reality", "finance"])
            .Set(StandardFacts.Employees, 12)
            .WithId("another caller id")
            .Build();

        Id(Catalog(), reordered).Should().Be(Id(Catalog(), Profile()));
        Id(Catalog(), Profile()).Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void DeterminationId_AnyOneInputChanged_Differs()
    {
        var baseline = Id(Catalog(), Profile());

        Id(Catalog(cap: 500_001m), Profile()).Should().NotBe(baseline);
        Id(Catalog(), Profile(employees: 13)).Should().NotBe(baseline);
        Id(Catalog(), Profile(), TestCatalogs.AsOf.PlusDays(1)).Should().NotBe(baseline);
        Id(Catalog(), Profile().ToBuilder().Set(StandardFacts.SmallLowProfit, false).Build()).Should().NotBe(baseline);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void DeterminationId_AnyCulture_IsTheSame(string culture)
    {
        var expected = Id(Catalog(), Profile());
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Id(Catalog(), Profile()).Should().Be(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void ContentHash_EqualCatalogsBuiltSeparately_AreEqual()
    {
        Catalog().ContentHash().Should().Be(Catalog().ContentHash()).And.MatchRegex("^[0-9a-f]{64}$");
        Catalog(cap: 1m).ContentHash().Should().NotBe(Catalog().ContentHash());
    }
}
