using PolicyKit.Awards;
using PolicyKit.CatalogFiles;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Guidance;
using PolicyKit.Jurisdictions;
using PolicyKit.Populations;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Tests.Support;
using PolicyKit.Validation;

namespace PolicyKit.Tests.Predicates;

/// <summary>
/// <c>in</c> over a jurisdiction fact: registered in Laoshan or Licang (specification §3.5), each
/// division of the set matched with <c>within</c>, in every engine and in guidance.
/// </summary>
public class InJurisdictionsTests
{
    private static readonly Predicate LaoshanOrLicang = Predicate.In(StandardFacts.District.Id, "370212", "370213");

    [Theory]
    [InlineData("370212", Verdict.Eligible)]
    [InlineData("370213", Verdict.Eligible)]
    [InlineData("370212001", Verdict.Eligible)] // a street of Laoshan lies within it
    [InlineData("370215", Verdict.Ineligible)]
    [InlineData("370200", Verdict.Ineligible)] // the city is not within one of its districts
    public void In_KnownDistrict_IsWithinOneOfTheSet(string district, Verdict expected)
    {
        TestCatalogs.Decide(LaoshanOrLicang, TestCatalogs.Profile().Set(StandardFacts.District, JurisdictionCode.Parse(district)).Build())
            .Verdict.Should().Be(expected);
    }

    [Fact]
    public void In_CityInTheSet_TakesEveryDistrictOfIt()
    {
        var predicate = Predicate.In(StandardFacts.District.Id, "370200", "110000");

        TestCatalogs.Decide(predicate, TestCatalogs.Profile().Set(StandardFacts.District, KnownJurisdictions.Jimo.Code).Build()).Verdict.Should().Be(Verdict.Eligible);
        TestCatalogs.Decide(predicate, TestCatalogs.Profile().Set(StandardFacts.District, JurisdictionCode.Parse("370102")).Build()).Verdict.Should().Be(Verdict.Ineligible);
    }

    [Fact]
    public void In_UnknownDistrict_IsUndeterminedAndMissesIt()
    {
        var decision = TestCatalogs.Decide(LaoshanOrLicang, TestCatalogs.Profile().Build());

        decision.Verdict.Should().Be(Verdict.Undetermined);
        decision.MissingFacts.Should().Equal(StandardFacts.District.Id);
    }

    [Fact]
    public void In_EmptySet_IsFalse()
    {
        TestCatalogs.Decide(Predicate.In(StandardFacts.District.Id), TestCatalogs.Profile().Set(StandardFacts.District, TestCatalogs.Laoshan).Build())
            .Verdict.Should().Be(Verdict.Ineligible);
    }

    [Fact]
    public void In_EqualsAnAnyOfWithins_ForEveryDivision()
    {
        var any = Predicate.Any(StandardFacts.District.Within(KnownJurisdictions.Laoshan.Code), StandardFacts.District.Within(KnownJurisdictions.Licang.Code));
        foreach (var code in new[] { "370000", "370200", "370212", "370212001", "370213", "370213002", "370215", "370102", "110000" })
        {
            var profile = TestCatalogs.Profile().Set(StandardFacts.District, JurisdictionCode.Parse(code)).Build();
            TestCatalogs.Decide(LaoshanOrLicang, profile).Verdict.Should().Be(TestCatalogs.Decide(any, profile).Verdict, code);
        }
    }

    [Fact]
    public void Validation_AcceptsDivisionCodes_AndRefusesOtherText()
    {
        Errors(LaoshanOrLicang).Should().BeEmpty();
        Errors(Predicate.In(StandardFacts.District.Id, "370212", "laoshan")).Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "PK4001" && d.Message.Contains("'laoshan'"));
        Errors(Predicate.In(StandardFacts.Employees.Id, "5")).Should().ContainSingle().Which.Code.Should().Be("PK4001");
    }

    [Fact]
    public void Json_ReadsAndWritesTheSet()
    {
        var catalog = CatalogJson.Read("""
            { "id": "c", "version": "1",
              "lists": [ { "id": "l", "title": { "zh": "示例（虚构）" }, "jurisdiction": "370212", "validity": { "start": null, "end": null } } ],
              "policies": [ { "id": "p", "list": "l", "title": { "zh": "示例（虚构）" },
                "eligibility": { "fact": "enterprise.district", "in": [ "370212", "370213" ] }, "award": { "fixed": 1 } } ] }
            """);

        catalog.Policies[0].Eligibility.Should().Be(LaoshanOrLicang);
        CatalogValidator.Validate(catalog).Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        CatalogJson.Write(catalog).Should().Contain("\"in\"");
    }

    [Fact]
    public void Columnar_MatchVerdicts_EqualThePerProfileEvaluator()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("district", LaoshanOrLicang, AwardRule.Fixed(1m)),
            TestCatalogs.Policy("project", Predicate.Not(Predicate.In(StandardFacts.ProjectDistrict.Id, "370200")), AwardRule.Fixed(1m)));
        var codes = new[] { "370212", "370213", "370212001", "370215", "370200", "370102", "110000" };
        var profiles = Enumerable.Range(0, 40).Select(i =>
        {
            var b = EnterpriseProfile.CreateBuilder(catalog.Schema);
            if (i % 4 != 0)
            {
                b.Set(StandardFacts.District, JurisdictionCode.Parse(codes[i % codes.Length]));
            }

            if (i % 3 != 0)
            {
                b.Set(StandardFacts.ProjectDistrict, JurisdictionCode.Parse(codes[(i * 5) % codes.Length]));
            }

            return b.Build();
        }).ToList();
        var compiled = new CompiledEvaluator(catalog);

        var verdicts = new PopulationEvaluator(catalog).MatchVerdicts(Population.From(catalog.Schema, profiles), TestCatalogs.AsOf);

        for (var firm = 0; firm < profiles.Count; firm++)
        {
            var expected = new VerdictCode[2];
            compiled.MatchVerdicts(profiles[firm], TestCatalogs.AsOf, expected);
            for (var p = 0; p < 2; p++)
            {
                verdicts[p, firm].Should().Be(expected[p], $"firm {firm}, policy {p}");
            }
        }
    }

    [Fact]
    public void Guidance_RegisteredInJimo_NeedsOneOfTheSet()
    {
        var catalog = TestCatalogs.Single(LaoshanOrLicang, AwardRule.UpTo(500_000m));
        var jimo = TestCatalogs.Profile().Set(StandardFacts.District, KnownJurisdictions.Jimo.Code).Build();
        var report = TestCatalogs.Evaluate(catalog, jimo);

        var requirement = PolicyGuide.WhatItWouldTake(report, catalog, "p")!;

        requirement.IsReachable.Should().BeTrue();
        var need = requirement.Needs.Should().ContainSingle().Subject;
        need.FactId.Should().Be(StandardFacts.District.Id);
        var moved = requirement.Apply(jimo);
        TestCatalogs.Evaluate(catalog, moved).Decisions.Single().Verdict.Should().Be(Verdict.Eligible);
    }

    private static IEnumerable<Diagnostic> Errors(Predicate eligibility) =>
        CatalogValidator.Validate(TestCatalogs.Single(eligibility, AwardRule.Fixed(1m))).Where(d => d.Severity == DiagnosticSeverity.Error);
}
