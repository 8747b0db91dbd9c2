using System.Globalization;
using System.Text.Json;
using PolicyKit.Awards;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Guidance;
using PolicyKit.Predicates;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit explain --why-not</c> on the reference catalog's sample firm.</summary>
public sealed class ExplainWhyNotTests
{
    /// <summary>The sample's ineligible items with a monetary cap: what it misses that is worth the most.</summary>
    private static (string PolicyId, decimal Cap, HasPredicate? Has) MostValuableMiss()
    {
        var catalog = QingdaoCatalogs.Reference;
        var report = new CompiledEvaluator(catalog).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf);
        var missed = report.Decisions.Where(d => d.Verdict == Verdict.Ineligible)
            .Select(d => catalog.FindPolicy(d.PolicyId)!)
            .Where(p => p.Award is UpToAward)
            .OrderByDescending(p => ((UpToAward)p.Award).Cap)
            .First();
        return (missed.Id, ((UpToAward)missed.Award).Cap, missed.Eligibility.Descendants().OfType<HasPredicate>().FirstOrDefault());
    }

    [Fact]
    public void WhyNot_SampleMissesAnItem_SaysWhatItWouldNeedAndWhatItUnlocks()
    {
        var (policyId, cap, _) = MostValuableMiss();
        var catalog = QingdaoCatalogs.Reference;
        var requirement = PolicyGuide.WhatItWouldTake(new CompiledEvaluator(catalog).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf), catalog, policyId)!;

        var (code, output, error) = CliRun.Run(null, "explain", "--sample", "--policy", policyId, "--why-not", "--lang", "en");

        code.Should().Be(0);
        error.Should().BeEmpty();
        requirement.Needs.Should().NotBeEmpty();
        output.Should().Contain("what it would take:");
        foreach (var need in requirement.Needs)
        {
            output.Should().Contain("  - " + need.Text.En);
        }

        output.Should().Contain($"would unlock: up to {cap.ToString("#,0", CultureInfo.InvariantCulture)} yuan");
    }

    [Fact]
    public void WhyNot_GreenBaseAsJson_NeedsTheCertificationTheCatalogNames()
    {
        var catalog = QingdaoCatalogs.Reference;
        var policy = catalog.Policies.First(p => p.Eligibility.Descendants().OfType<HasPredicate>().Any() && p.Award is UpToAward
            && new CompiledEvaluator(catalog).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf).Find(p.Id)?.Verdict == Verdict.Ineligible);
        var has = policy.Eligibility.Descendants().OfType<HasPredicate>().Single();

        var (code, output, _) = CliRun.Run(null, "explain", "--sample", "--policy", policy.Id, "--why-not", "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("policyId").GetString().Should().Be(policy.Id);
        root.GetProperty("verdict").GetString().Should().Be("ineligible");
        root.GetProperty("reachable").GetBoolean().Should().BeTrue();
        var need = root.GetProperty("needs").EnumerateArray().Single();
        need.GetProperty("fact").GetString().Should().Be("enterprise.certifications");
        need.GetProperty("need").GetProperty("has").GetString().Should().Be(has.Kind);
        need.GetProperty("now").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Should().Equal(
            QingdaoCatalogs.SampleProfile.Get("enterprise.certifications").AsCertifications().Select(c => c.Kind));
        var kind = catalog.Schema[catalog.Schema.SlotOf(has.FactId)].LabelOf(has.Kind)!;
        need.GetProperty("label").GetString().Should().Be("资质认定");
        need.GetProperty("text").GetString().Should().StartWith($"需取得有效的{kind.Zh}认定（现有认定：").And.NotContain(has.Kind);
        root.GetProperty("unlocks").GetProperty("upTo").GetDecimal().Should().Be(((UpToAward)policy.Award).Cap);
    }

    [Fact]
    public void WhyNot_UndeterminedItem_ListsEachMissingFactWithUnknownNow()
    {
        var catalog = QingdaoCatalogs.Reference;
        var decision = new CompiledEvaluator(catalog).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf).Decisions.Single(d => d.Verdict == Verdict.Undetermined);

        var (code, output, _) = CliRun.Run(null, "explain", "--sample", "--policy", decision.PolicyId, "--why-not", "--format", "json", "--lang", "en");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var needs = json.RootElement.GetProperty("needs").EnumerateArray().ToList();
        needs.Select(n => n.GetProperty("fact").GetString()).Should().BeEquivalentTo(decision.MissingFacts);
        needs.Should().OnlyContain(n => n.GetProperty("now").ValueKind == JsonValueKind.Null && n.GetProperty("text").GetString()!.EndsWith("(not given)", StringComparison.Ordinal));
    }

    [Fact]
    public void WhyNot_EligibleItem_SaysNothingMoreIsNeeded()
    {
        var (code, output, _) = CliRun.Run(null, "explain", "--sample", "--policy", "laoshan-unicorn-award", "--why-not", "--lang", "en");

        code.Should().Be(0);
        output.Should().Contain("[laoshan-unicorn-award]: eligible").And.Contain("already eligible; nothing more is needed.");
    }

    [Fact]
    public void WhyNot_Chinese_SaysWhereToRegister()
    {
        // A firm registered in Licang misses Laoshan's unicorn award for its district alone.
        var dir = Directory.CreateTempSubdirectory("policykit-whynot-").FullName;
        try
        {
            var profile = Path.Combine(dir, "licang.json");
            File.WriteAllText(profile, """{ "facts": { "enterprise.district": "370213", "enterprise.certifications": [ { "kind": "unicorn", "recognizedOn": "2023-05-10", "expiresOn": null } ] } }""");

            var (code, output, _) = CliRun.Run(null, "explain", "--profile", profile, "--as-of", "2023-06-30", "--policy", "laoshan-unicorn-award", "--why-not");

            code.Should().Be(0);
            output.Should().Contain("  - 需迁入崂山区（现为：李沧区）").And.Contain("可获得：最高300万元");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
