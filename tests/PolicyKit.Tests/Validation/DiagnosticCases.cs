using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Classifications;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;
using PolicyKit.Tests.Support;
using PolicyKit.Text;

namespace PolicyKit.Tests.Validation;

/// <summary>One small catalog per diagnostic code, each with exactly that mistake.</summary>
internal static class DiagnosticCases
{
    private static Policy P(string id, string list = "l") => new() { Id = id, List = list, Title = new("政策 " + id), Award = AwardRule.UpTo(1000m) };

    private static PolicyList L(string id, string? predecessor = null, params PolicySection[] sections) => new()
    {
        Id = id,
        Title = new("清单 " + id),
        Jurisdiction = KnownJurisdictions.Laoshan.Code,
        Predecessor = predecessor,
        Sections = [.. sections],
        Validity = Validity.Between(new(2023, 1, 1), new(2023, 12, 31)),
    };

    private static PayoutModifier Grades(params (string Code, decimal Ratio)[] ratios) =>
        new("grade", KnownJurisdictions.Laoshan.Code, FundingKind.NonInvestment, StandardFacts.MuYieldGrade.Id, ratios.ToDictionary(r => r.Code, r => r.Ratio));

    /// <summary>The as-of date of the codes that only a validation for a date reports.</summary>
    public static IReadOnlyDictionary<string, LocalDate> AsOf { get; } = new Dictionary<string, LocalDate> { ["PK3006"] = new(2024, 6, 1) };

    public static IReadOnlyDictionary<string, Func<PolicyCatalog>> All { get; } = new Dictionary<string, Func<PolicyCatalog>>
    {
        ["PK2001"] = () => SampleCatalogs.Minimal(Predicate.Compare("enterprise.employes", ComparisonOperator.Ge, FactValue.Integer(5))).Build(),
        ["PK2002"] = () => SampleCatalogs.Minimal().AddPolicy(P("q", "nolist")).Build(),
        ["PK2003"] = () => SampleCatalogs.Minimal().AddPolicy(new Policy { Id = "q", List = "l", Section = "old", Title = new("政策"), Award = AwardRule.UpTo(1m) }).Build(),
        ["PK2004"] = () => SampleCatalogs.Minimal().ReplacePolicy(new Policy { Id = "p", List = "l", Theme = "cost", Title = new("政策"), Award = AwardRule.UpTo(1m) }).Build(),
        ["PK2005"] = () => PolicyCatalog.CreateBuilder("c", "1").AddList(L("l", predecessor: "l0")).Build(),
        ["PK2006"] = () => PolicyCatalog.CreateBuilder("c", "1").AddList(L("l")).AddPolicy(new Policy { Id = "p", List = "l", Title = new("政策"), Status = PolicyStatus.Continued, Continues = "old" }).Build(),
        ["PK2007"] = () => PolicyCatalog.CreateBuilder("c", "1").AddList(L("l0")).AddList(L("l", predecessor: "l0")).AddPolicy(new Policy { Id = "p", List = "l", Title = new("政策"), Status = PolicyStatus.Continued }).Build(),
        ["PK2008"] = () => SampleCatalogs.Minimal().AddPolicy(new Policy { Id = "q", List = "l", Title = new("政策"), Stacking = Stacking.OnTopOf("nowhere") }).Build(),
        ["PK2009"] = () => SampleCatalogs.Minimal().AddPolicy(new Policy { Id = "q", List = "l", Title = new("政策"), Stacking = Stacking.OnTopOf("q") }).Build(),
        ["PK2010"] = () => SampleCatalogs.Minimal().AddPolicy(new Policy { Id = "q", List = "l", Title = new("政策"), Enhances = "city-item" }).Build(),
        ["PK2012"] = () => SampleCatalogs.Minimal().AddPolicy(P("p")).Build(),
        ["PK2013"] = () => SampleCatalogs.Minimal()
            .AddFact(new FactDefinition("x.kind", FactType.Code, new("类别"), codes: ["a", "b"]) { CodeLabels = ImmutableDictionary<string, LocalizedText>.Empty.Add("a", new("甲")).Add("c", new("丙")) }).Build(),
        ["PK3001"] = () => SampleCatalogs.Minimal().Build(),
        ["PK3002"] = () => SampleCatalogs.Minimal().AddPolicy(new Policy { Id = "q", List = "l", Title = new("政策"), Validity = Validity.Between(new(2022, 7, 1), new(2023, 6, 30)) }).Build(),
        ["PK3003"] = () => SampleCatalogs.Minimal().AddPolicy(P("q")).Build(),
        ["PK3004"] = () => SampleCatalogs.Minimal()
            .AddPolicy(new Policy { Id = "a", List = "l", Title = new("甲"), Stacking = Stacking.Exclusive("g") })
            .AddPolicy(new Policy { Id = "b", List = "l", Title = new("乙"), Stacking = Stacking.Exclusive("g"), FundingKind = FundingKind.Investment }).Build(),
        ["PK3005"] = () => PolicyCatalog.CreateBuilder("c", "1").AddList(L("l", null, new PolicySection { Id = "cont", Kind = SectionKind.Continued }))
            .AddPolicy(new Policy { Id = "p", List = "l", Section = "cont", Title = new("政策") }).Build(),
        ["PK3006"] = () => PolicyCatalog.CreateBuilder("c", "1")
            .AddList(new PolicyList { Id = "l", Title = new("清单 l"), Jurisdiction = KnownJurisdictions.Laoshan.Code, PublishedOn = new LocalDate(2023, 3, 9), Validity = new Validity(new LocalDate(2023, 1, 1), null) })
            .AddPolicy(P("p")).Build(),
        ["PK3007"] = () => SampleCatalogs.Minimal().ReplacePolicy(new Policy
        {
            Id = "p",
            List = "l",
            Title = new("政策"),
            Award = AwardRule.UpTo(1000m),
            Guide = new ApplicationGuide { Windows = [Validity.Between(new(2023, 11, 1), new(2024, 1, 31))] },
        }).Build(),
        ["PK4001"] = () => SampleCatalogs.Minimal(Predicate.Compare(StandardFacts.Employees.Id, ComparisonOperator.Ge, FactValue.Text("fifty"))).Build(),
        ["PK4002"] = () => SampleCatalogs.Minimal(StandardFacts.Scale.Eq("huge")).Build(),
        ["PK4003"] = () => SampleCatalogs.Minimal(StandardFacts.Industries.In("quantum")).Build(),
        ["PK4004"] = () => SampleCatalogs.Minimal(award: AwardRule.Rate(0.1m, StandardFacts.ProjectInvestment.Id, -5m)).Build(),
        ["PK4005"] = () => SampleCatalogs.Minimal(award: AwardRule.Rate(5m, StandardFacts.ProjectInvestment.Id)).Build(),
        ["PK4006"] = () => SampleCatalogs.Minimal(Predicate.All(StandardFacts.Employees.Ge(100), StandardFacts.Employees.Lt(50))).Build(),
        ["PK4007"] = () => SampleCatalogs.Minimal(Predicate.Any(StandardFacts.Employees.Ge(100), Predicate.Always)).Build(),
        ["PK4008"] = () => SampleCatalogs.Minimal(award: AwardRule.Tiers(StandardFacts.AnnualOutput.Id, new TierBand(100m, 1m), new TierBand(50m, 2m))).Build(),
        ["PK4009"] = () => SampleCatalogs.Minimal().AddModifier(Grades(("A", 1m), ("B", 1m), ("C", 0.8m))).Build(),
        ["PK4011"] = () => SampleCatalogs.Minimal(award: AwardRule.UpTo(100.005m)).Build(),
        ["PK4012"] = () => SampleCatalogs.Minimal(award: AwardRule.Capped(AwardRule.None, 100m)).Build(),
        ["PK4010"] = () => SampleCatalogs.Minimal().AddClassification(new Classification("k", new("分类"), StandardFacts.AnnualOutput.Id,
            [new ClassificationTier("low", new("低"), 10m, true), new ClassificationTier("high", new("高"), 100m, true)])).Build(),
    };
}
