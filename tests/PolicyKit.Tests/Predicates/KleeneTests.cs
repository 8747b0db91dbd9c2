using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Predicates;

public class KleeneTests
{
    private static readonly FactKey<bool> A = StandardFacts.SmallLowProfit;
    private static readonly FactKey<bool> B = StandardFacts.IndividualBusiness;

    public static TheoryData<Truth, Truth, Truth> AllTable => new()
    {
        { Truth.True, Truth.True, Truth.True },
        { Truth.True, Truth.False, Truth.False },
        { Truth.True, Truth.Unknown, Truth.Unknown },
        { Truth.False, Truth.True, Truth.False },
        { Truth.False, Truth.False, Truth.False },
        { Truth.False, Truth.Unknown, Truth.False },
        { Truth.Unknown, Truth.True, Truth.Unknown },
        { Truth.Unknown, Truth.False, Truth.False },
        { Truth.Unknown, Truth.Unknown, Truth.Unknown },
    };

    public static TheoryData<Truth, Truth, Truth> AnyTable => new()
    {
        { Truth.True, Truth.True, Truth.True },
        { Truth.True, Truth.False, Truth.True },
        { Truth.True, Truth.Unknown, Truth.True },
        { Truth.False, Truth.True, Truth.True },
        { Truth.False, Truth.False, Truth.False },
        { Truth.False, Truth.Unknown, Truth.Unknown },
        { Truth.Unknown, Truth.True, Truth.True },
        { Truth.Unknown, Truth.False, Truth.Unknown },
        { Truth.Unknown, Truth.Unknown, Truth.Unknown },
    };

    [Theory]
    [MemberData(nameof(AllTable))]
    public void Evaluate_All_FollowsKleeneConjunction(Truth a, Truth b, Truth expected)
    {
        var reasons = Outcome(Predicate.All(TestCatalogs.Leaf(A), TestCatalogs.Leaf(B)), a, b);

        reasons.Outcome.Should().Be(expected);
        reasons.Children.Select(c => c.Outcome).Should().Equal(a, b);
    }

    [Theory]
    [MemberData(nameof(AnyTable))]
    public void Evaluate_Any_FollowsKleeneDisjunction(Truth a, Truth b, Truth expected)
    {
        Outcome(Predicate.Any(TestCatalogs.Leaf(A), TestCatalogs.Leaf(B)), a, b).Outcome.Should().Be(expected);
    }

    [Theory]
    [InlineData(Truth.True, Truth.False)]
    [InlineData(Truth.False, Truth.True)]
    [InlineData(Truth.Unknown, Truth.Unknown)]
    public void Evaluate_Not_SwapsKnownAndKeepsUnknown(Truth a, Truth expected)
    {
        Outcome(Predicate.Not(TestCatalogs.Leaf(A)), a, Truth.Unknown).Outcome.Should().Be(expected);
    }

    [Fact]
    public void Evaluate_EmptyAllAndAny_AreTrueAndFalse()
    {
        Outcome(Predicate.All(), Truth.Unknown, Truth.Unknown).Outcome.Should().Be(Truth.True);
        Outcome(Predicate.Any(), Truth.Unknown, Truth.Unknown).Outcome.Should().Be(Truth.False);
    }

    [Theory]
    [InlineData(Truth.True, Verdict.Eligible)]
    [InlineData(Truth.False, Verdict.Ineligible)]
    [InlineData(Truth.Unknown, Verdict.Undetermined)]
    public void Evaluate_RootOutcome_GivesVerdict(Truth a, Verdict expected)
    {
        var decision = TestCatalogs.Decide(TestCatalogs.Leaf(A), Profile(a, Truth.Unknown));

        decision.Verdict.Should().Be(expected);
    }

    [Fact]
    public void MissingFacts_AllWithFalseChild_IsEmptyBecauseIneligible()
    {
        var decision = TestCatalogs.Decide(Predicate.All(TestCatalogs.Leaf(A), TestCatalogs.Leaf(B)), Profile(Truth.False, Truth.Unknown));

        decision.Verdict.Should().Be(Verdict.Ineligible);
        decision.MissingFacts.Should().BeEmpty();
    }

    [Fact]
    public void MissingFacts_Undetermined_ListsOnlyFactsUnderUnknownNodes()
    {
        // any(all(A, B), employees >= 50): A true, B unknown, employees unknown.
        var predicate = Predicate.Any(
            Predicate.All(TestCatalogs.Leaf(A), TestCatalogs.Leaf(B)),
            StandardFacts.Employees.Ge(50));
        var profile = Profile(Truth.True, Truth.Unknown);

        var decision = TestCatalogs.Decide(predicate, profile);

        decision.Verdict.Should().Be(Verdict.Undetermined);
        decision.MissingFacts.Should().Equal("enterprise.employees", "enterprise.individualBusiness");
    }

    [Fact]
    public void MissingFacts_UnknownLeafUnderDecidedBranch_IsNotListed()
    {
        // all(any(A, B), C): A true decides the any; only C's fact is missing.
        var predicate = Predicate.All(
            Predicate.Any(TestCatalogs.Leaf(A), TestCatalogs.Leaf(B)),
            StandardFacts.Employees.Ge(50));

        var decision = TestCatalogs.Decide(predicate, Profile(Truth.True, Truth.Unknown));

        decision.MissingFacts.Should().Equal("enterprise.employees");
    }

    private static ReasonNode Outcome(Predicate predicate, Truth a, Truth b) =>
        TestCatalogs.Decide(predicate, Profile(a, b)).Reasons;

    private static EnterpriseProfile Profile(Truth a, Truth b)
    {
        var builder = TestCatalogs.Profile();
        Set(builder, A, a);
        Set(builder, B, b);
        return builder.Build();
    }

    private static void Set(EnterpriseProfileBuilder builder, FactKey<bool> key, Truth truth)
    {
        if (truth != Truth.Unknown)
        {
            builder.Set(key, truth == Truth.True);
        }
    }
}
