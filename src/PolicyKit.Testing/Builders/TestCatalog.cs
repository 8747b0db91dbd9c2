using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Testing.Builders;

/// <summary>
/// A small catalog for a rule's own tests: one list in one jurisdiction, then the policies under
/// test. <c>TestCatalog.For(KnownJurisdictions.Laoshan).Policy("unicorn-award", Predicate.Has("unicorn"), AwardRule.UpTo(3_000_000m)).Build()</c>.
/// </summary>
/// <remarks>
/// The list is in force at all times unless <see cref="InForce"/> says otherwise. Policies added
/// without a list go in that list. <see cref="Build"/> gives an unvalidated catalog; evaluators
/// validate it. Mutable (a builder).
/// </remarks>
public sealed class TestCatalog
{
    private readonly PolicyCatalogBuilder _builder;
    private readonly JurisdictionCode _jurisdiction;
    private Validity _validity = Validity.Always;

    private TestCatalog(JurisdictionCode jurisdiction, string id)
    {
        _jurisdiction = jurisdiction;
        _builder = PolicyCatalog.CreateBuilder(id, "0.0.0-test");
    }

    /// <summary>The id of the one list.</summary>
    public const string ListId = "test-list";

    /// <summary>A catalog whose list belongs to <paramref name="jurisdiction"/>.</summary>
    public static TestCatalog For(Jurisdiction jurisdiction, string id = "test-catalog")
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        return new TestCatalog(jurisdiction.Code, id);
    }

    /// <summary>The list is in force from <paramref name="start"/> to <paramref name="end"/> (inclusive).</summary>
    public TestCatalog InForce(LocalDate start, LocalDate end)
    {
        _validity = Validity.Between(start, end);
        return this;
    }

    /// <summary>Adds a policy of the list.</summary>
    /// <param name="id">The policy id.</param>
    /// <param name="eligibility">Who qualifies.</param>
    /// <param name="award">How much (non-monetary when null).</param>
    /// <param name="title">The title in Chinese (the id when null).</param>
    public TestCatalog Policy(string id, Predicate eligibility, AwardRule? award = null, string? title = null) => Policy(new Policy
    {
        Id = id,
        List = ListId,
        Title = new LocalizedText(title ?? id),
        Eligibility = eligibility,
        Award = award ?? AwardRule.None,
    });

    /// <summary>Adds a policy as written (its <see cref="Model.Policy.List"/> should be <see cref="ListId"/>).</summary>
    public TestCatalog Policy(Policy policy)
    {
        _builder.AddPolicy(policy);
        return this;
    }

    /// <summary>Adds a payout modifier (for the list's own policies, its jurisdiction should be the list's).</summary>
    public TestCatalog Modifier(Modifiers.PayoutModifier modifier)
    {
        _builder.AddModifier(modifier);
        return this;
    }

    /// <summary>Adds a fact the catalog declares beyond the standard ones.</summary>
    public TestCatalog Fact(Facts.FactDefinition fact)
    {
        _builder.AddFact(fact);
        return this;
    }

    /// <summary>The catalog.</summary>
    public PolicyCatalog Build() => _builder
        .AddList(new PolicyList { Id = ListId, Title = new LocalizedText("测试清单", "Test list"), Jurisdiction = _jurisdiction, Validity = _validity })
        .Build();
}
