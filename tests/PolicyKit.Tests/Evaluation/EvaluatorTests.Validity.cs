using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Tests.Support;
using PolicyKit.Validation;

namespace PolicyKit.Tests.Evaluation;

public class EvaluatorValidityTests
{
    [Theory]
    [InlineData(2023, 1, 1, true)]
    [InlineData(2023, 12, 31, true)]
    [InlineData(2022, 12, 31, false)]
    [InlineData(2024, 1, 1, false)]
    public void Evaluate_ListValidity_InForceOnFirstAndLastDayOnly(int year, int month, int day, bool inForce)
    {
        var report = TestCatalogs.Evaluate(TestCatalogs.Single(Predicate.Always), TestCatalogs.Profile().Build(), new LocalDate(year, month, day));

        report.Decisions.Should().HaveCount(inForce ? 1 : 0);
    }

    [Theory]
    [InlineData(3, 31, false)]
    [InlineData(4, 1, true)]
    [InlineData(6, 30, true)]
    [InlineData(7, 1, false)]
    public void Evaluate_PolicyValidity_OverridesListValidityInclusively(int month, int day, bool inForce)
    {
        var policy = TestCatalogs.Policy("q2", Predicate.Always);
        var catalog = TestCatalogs.With(new Policy
        {
            Id = policy.Id,
            List = policy.List,
            Title = policy.Title,
            Validity = Validity.Between(new(2023, 4, 1), new(2023, 6, 30)),
        });

        var report = TestCatalogs.Evaluate(catalog, TestCatalogs.Profile().Build(), new LocalDate(2023, month, day));

        report.Decisions.Select(d => d.PolicyId).Should().Equal(inForce ? ["q2"] : Array.Empty<string>());
    }

    [Fact]
    public void Constructor_CatalogWithErrors_ThrowsListingEveryError()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("a", Predicate.Compare("enterprise.employes", ComparisonOperator.Ge, PolicyKit.Facts.FactValue.Integer(5))),
            TestCatalogs.Policy("a", Predicate.Always, PolicyKit.Awards.AwardRule.UpTo(-1m)));

        var act = () => new PolicyEvaluator(catalog);

        var error = act.Should().Throw<InvalidCatalogException>().Which;
        error.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code)
            .Should().BeEquivalentTo(["PK2001", "PK2012", "PK4004"]);
        error.Message.Should().Contain("did you mean 'enterprise.employees'");
    }
}
