using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Testing.Cases;

/// <summary>
/// A file of named test cases for one catalog, in the spirit of OpenFisca's YAML tests: each case
/// is a profile, an as-of date and what is expected of some policies (docs/authoring-guide.md).
/// </summary>
/// <remarks>Read with <see cref="CaseJson"/>; run with <see cref="CaseRunner"/>. Immutable.</remarks>
public sealed class CaseFile
{
    /// <summary>Creates a case file over <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentException">The cases are null or two share a name.</exception>
    public CaseFile(string? sourceName, PolicyCatalog catalog, IEnumerable<TestCase> cases)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.ToImmutableArray();
        if (list.Any(c => c is null))
        {
            throw new ArgumentException("cases must not be null.", nameof(cases));
        }

        var duplicate = list.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two cases are named '{duplicate.Key}'; case names must be unique in a file.", nameof(cases));
        }

        SourceName = sourceName;
        Catalog = catalog;
        Cases = list;
    }

    /// <summary>The file name, or <see langword="null"/> when read from a string.</summary>
    public string? SourceName { get; }

    /// <summary>The catalog the cases are decided against.</summary>
    public PolicyCatalog Catalog { get; }

    /// <summary>The cases, in file order.</summary>
    public ImmutableArray<TestCase> Cases { get; }

    /// <summary>The case named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No case has that name.</exception>
    public TestCase this[string name] => Cases.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"{SourceName ?? "the case file"} has no case named '{name}'.");
}

/// <summary>One named case: an enterprise, a date, and the expectations for some policies.</summary>
/// <param name="Name">The case's name, a sentence that says what it checks (unique in its file).</param>
/// <param name="AsOf">The date the policies are decided on.</param>
/// <param name="Profile">The enterprise.</param>
/// <param name="Expectations">What is expected of each policy named; policies not named are not checked.</param>
/// <param name="Totals">The expected totals, or <see langword="null"/> when not checked.</param>
/// <remarks>Immutable.</remarks>
public sealed record TestCase(string Name, LocalDate AsOf, EnterpriseProfile Profile, ImmutableArray<PolicyExpectation> Expectations, ExpectedTotals? Totals = null)
{
    /// <summary>The case's name.</summary>
    public string Name { get; } = !string.IsNullOrWhiteSpace(Name) ? Name : throw new ArgumentException("a case needs a name.", nameof(Name));

    /// <summary>The enterprise.</summary>
    public EnterpriseProfile Profile { get; } = Profile ?? throw new ArgumentNullException(nameof(Profile));

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>What a case expects of one policy: each part is checked only when given.</summary>
/// <param name="PolicyId">The policy.</param>
/// <remarks>Immutable.</remarks>
public sealed record PolicyExpectation(string PolicyId)
{
    /// <summary>The expected verdict, or <see langword="null"/> when not checked.</summary>
    public ExpectedVerdict? Verdict { get; init; }

    /// <summary>Whether <see cref="Amount"/> is checked.</summary>
    public bool ChecksAmount { get; init; }

    /// <summary>The expected amount in yuan (<see langword="null"/>: no amount), when <see cref="ChecksAmount"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Whether <see cref="UpTo"/> is checked.</summary>
    public bool ChecksUpTo { get; init; }

    /// <summary>The expected up-to in yuan (<see langword="null"/>: none or unbounded), when <see cref="ChecksUpTo"/>.</summary>
    public decimal? UpTo { get; init; }

    /// <summary>The expected missing facts as a set, or <see langword="null"/> when not checked (empty: none missing).</summary>
    public ImmutableArray<string>? MissingFacts { get; init; }
}

/// <summary>The expected totals of a case; each part is checked only when given.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ExpectedTotals
{
    /// <summary>Whether <see cref="Amount"/> is checked.</summary>
    public bool ChecksAmount { get; init; }

    /// <summary>The expected total amount in yuan.</summary>
    public decimal Amount { get; init; }

    /// <summary>Whether <see cref="UpTo"/> is checked.</summary>
    public bool ChecksUpTo { get; init; }

    /// <summary>The expected total up-to in yuan, or <see langword="null"/> for "unbounded".</summary>
    public decimal? UpTo { get; init; }
}

/// <summary>A verdict a case can expect: the three verdicts, or that the policy is not in force on the date.</summary>
public enum ExpectedVerdict
{
    /// <summary><c>eligible</c>.</summary>
    Eligible,

    /// <summary><c>ineligible</c>.</summary>
    Ineligible,

    /// <summary><c>undetermined</c>.</summary>
    Undetermined,

    /// <summary><c>not-in-force</c>: the report has no decision for the policy on the date.</summary>
    NotInForce,
}
