using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Predicates;

public class HasTests
{
    private static readonly LocalDate AsOf = new(2023, 6, 1);

    [Theory]
    [InlineData("2023-05-31", false)]
    [InlineData("2023-06-01", true)]
    [InlineData(null, true)]
    public void Has_CertificationExpiringAroundAsOf_CountsThroughItsLastValidDay(string? expiresOn, bool expected)
    {
        var expiry = expiresOn is null ? (LocalDate?)null : NodaTime.Text.LocalDatePattern.Iso.Parse(expiresOn).Value;

        VerdictOf(Predicate.Has("high-tech"), new Certification("high-tech", new(2020, 1, 1), expiry))
            .Should().Be(expected ? Verdict.Eligible : Verdict.Ineligible);
    }

    [Fact]
    public void Has_CertificationRecognisedAfterAsOf_DoesNotCountYet()
    {
        VerdictOf(Predicate.Has("unicorn"), new Certification("unicorn", AsOf.PlusDays(1)))
            .Should().Be(Verdict.Ineligible);
    }

    [Theory]
    [InlineData(2023, 1, 1, true)]
    [InlineData(2023, 5, 31, true)]
    [InlineData(2022, 12, 31, false)]
    public void Has_RecognizedWithin_IncludesBothEnds(int year, int month, int day, bool expected)
    {
        var within = new DateInterval(new(2023, 1, 1), new(2023, 5, 31));

        VerdictOf(Predicate.Has("unicorn", within), new Certification("unicorn", new(year, month, day)))
            .Should().Be(expected ? Verdict.Eligible : Verdict.Ineligible);
    }

    [Fact]
    public void Has_OtherKindOnly_IsIneligible()
    {
        VerdictOf(Predicate.Has("unicorn"), new Certification("gazelle", new(2023, 1, 1)))
            .Should().Be(Verdict.Ineligible);
    }

    [Fact]
    public void Has_CertificationsUnknown_IsUndetermined()
    {
        var decision = TestCatalogs.Decide(Predicate.Has("unicorn"), TestCatalogs.Profile().Build(), asOf: AsOf);

        decision.Verdict.Should().Be(Verdict.Undetermined);
        decision.MissingFacts.Should().Equal("enterprise.certifications");
    }

    private static Verdict VerdictOf(Predicate predicate, params Certification[] certifications)
    {
        var profile = TestCatalogs.Profile().Set(StandardFacts.Certifications, [.. certifications]).Build();
        return TestCatalogs.Decide(predicate, profile, asOf: AsOf).Verdict;
    }
}
