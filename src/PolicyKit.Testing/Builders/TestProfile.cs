using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Testing.Builders;

/// <summary>
/// A fluent way to state a test's enterprise the way a policy talks about it: "a Laoshan
/// above-size VR firm with 2023 output of 1.2 billion yuan" is
/// <c>TestProfile.Firm().In(KnownJurisdictions.Laoshan).AboveDesignatedSize().InIndustries("virtual-reality").WithAnnualOutput(Yuan.Yi(12)).Build()</c>.
/// </summary>
/// <remarks>
/// Every fact not stated stays unknown, so a test sees undetermined verdicts exactly where the
/// firm's facts are silent. Mutable (a builder); <see cref="Build"/> gives an immutable profile.
/// </remarks>
public sealed class TestProfile
{
    private readonly EnterpriseProfileBuilder _builder;
    private ImmutableArray<Certification>.Builder? _certifications;

    private TestProfile(FactSchema schema) => _builder = EnterpriseProfile.CreateBuilder(schema);

    /// <summary>A firm with no known facts, over <paramref name="catalog"/>'s schema (the standard facts when null).</summary>
    public static TestProfile Firm(PolicyCatalog? catalog = null) => new(catalog?.Schema ?? FactSchema.Standard);

    /// <summary>Names the profile (its id in reports).</summary>
    public TestProfile Named(string id)
    {
        _builder.WithId(id);
        return this;
    }

    /// <summary>Registered in <paramref name="jurisdiction"/> (注册地).</summary>
    public TestProfile In(Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        return In(jurisdiction.Code);
    }

    /// <summary>Registered in the division <paramref name="code"/> (注册地).</summary>
    public TestProfile In(JurisdictionCode code) => With(StandardFacts.District, code);

    /// <summary>规上: an above-designated-size enterprise.</summary>
    public TestProfile AboveDesignatedSize() => With(StandardFacts.Scale, "above-designated");

    /// <summary>规下: a below-designated-size enterprise.</summary>
    public TestProfile BelowDesignatedSize() => With(StandardFacts.Scale, "below-designated");

    /// <summary>In the industries <paramref name="codes"/> (e.g. <c>virtual-reality</c>).</summary>
    public TestProfile InIndustries(params string[] codes) => With(StandardFacts.Industries, [.. codes]);

    /// <summary>An annual output (年产值) of <paramref name="yuan"/>.</summary>
    public TestProfile WithAnnualOutput(decimal yuan) => With(StandardFacts.AnnualOutput, yuan);

    /// <summary><paramref name="count"/> employees.</summary>
    public TestProfile WithEmployees(long count) => With(StandardFacts.Employees, count);

    /// <summary>
    /// Holds a certification of <paramref name="kind"/> (e.g. <c>unicorn</c>, <c>gazelle</c>,
    /// <c>high-tech</c>) recognised on <paramref name="recognizedOn"/>; each call adds one, and any
    /// call makes the certifications known.
    /// </summary>
    public TestProfile Certified(string kind, LocalDate recognizedOn, LocalDate? expiresOn = null)
    {
        (_certifications ??= ImmutableArray.CreateBuilder<Certification>()).Add(new Certification(kind, recognizedOn, expiresOn));
        return this;
    }

    /// <summary>Holds no certification at all (known to be none, not unknown).</summary>
    public TestProfile WithoutCertifications()
    {
        _certifications ??= ImmutableArray.CreateBuilder<Certification>();
        _certifications.Clear();
        return this;
    }

    /// <summary>Sets any fact by its typed key (a standard fact or a catalog's own, e.g. <c>QingdaoFacts</c>).</summary>
    public TestProfile With<T>(FactKey<T> key, T value)
    {
        _builder.Set(key, value);
        return this;
    }

    /// <summary>Makes <paramref name="factId"/> unknown again.</summary>
    public TestProfile Unknown(string factId)
    {
        if (factId == StandardFacts.Certifications.Id)
        {
            _certifications = null;
        }

        _builder.Clear(factId);
        return this;
    }

    /// <summary>The profile.</summary>
    public EnterpriseProfile Build()
    {
        if (_certifications is not null)
        {
            _builder.Set(StandardFacts.Certifications, _certifications.ToImmutable());
        }

        return _builder.Build();
    }
}
