using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Evaluation;
using PolicyKit.Extensions.DependencyInjection;
using PolicyKit.Formats;
using PolicyKit.Outputs;
using PolicyKit.Testing;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Extensions.DependencyInjection.Tests;

public class AddPolicyKitTests
{
    [Fact]
    public void AddPolicyKit_ReferenceCatalog_ResolvesAWorkingEvaluator()
    {
        using var provider = new ServiceCollection()
            .AddPolicyKit(kit => kit.AddCatalog(QingdaoCatalogs.Reference))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var evaluator = provider.GetRequiredService<IPolicyEvaluator>();
        var report = evaluator.Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf);

        evaluator.Catalog.Id.Should().Be("qingdao-reference");
        report.Find("laoshan-unicorn-award")!.Verdict.Should().Be(Verdict.Eligible);
    }

    [Fact]
    public void AddPolicyKit_Services_AreSingletons()
    {
        using var provider = new ServiceCollection().AddPolicyKit(kit => kit.AddCatalog(QingdaoCatalogs.Reference)).BuildServiceProvider();
        using var scope = provider.CreateScope();

        scope.ServiceProvider.GetRequiredService<IPolicyEvaluator>().Should().BeSameAs(provider.GetRequiredService<IPolicyEvaluator>());
        provider.GetRequiredService<PolicyCatalogSet>().Should().BeSameAs(provider.GetRequiredService<PolicyCatalogSet>());
        provider.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
    }

    [Fact]
    public void AddPolicyKit_HostsOwnClock_Wins()
    {
        var clock = FakeClock.FromUtc(2023, 6, 30);
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddPolicyKit(kit => kit.AddCatalog(QingdaoCatalogs.Reference).UseTimeZone("Asia/Shanghai"))
            .BuildServiceProvider();

        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
        provider.GetRequiredService<PolicyCalendar>().Today().Should().Be(new LocalDate(2023, 6, 30));
    }

    [Fact]
    public void AddPolicyKit_UseClock_IsUsedWhenTheHostHasNone()
    {
        var clock = FakeClock.FromUtc(2024, 2, 29);
        using var provider = new ServiceCollection().AddPolicyKit(kit => kit.AddCatalog(QingdaoCatalogs.Reference).UseClock(clock)).BuildServiceProvider();

        provider.GetRequiredService<PolicyCalendar>().Today().Should().Be(new LocalDate(2024, 2, 29));
    }

    [Fact]
    public void AddPolicyKit_BadCatalogFile_FailsAtStartUpWithTheCatalogError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policykit-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "id": "x", "version": "1", "policies": [ { "award": { "upto": 1 } } ] }""");
        try
        {
            var services = new ServiceCollection();

            var act = () => services.AddPolicyKit(kit => kit.AddCatalogFile(path));

            act.Should().Throw<CatalogFormatException>().Which.SourceName.Should().Be(path);
            services.Should().BeEmpty("nothing is registered when a catalog cannot be read");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddPolicyKit_UnknownTimeZone_FailsAtStartUp()
    {
        var act = () => new ServiceCollection().AddPolicyKit(kit => kit.AddCatalog(QingdaoCatalogs.Reference).UseTimeZone("Asia/Qingdao"));

        act.Should().Throw<ArgumentException>().WithMessage("'Asia/Qingdao' is not a known time zone id*");
    }

    [Fact]
    public void AddPolicyKit_NoCatalog_FailsAtStartUp()
    {
        var act = () => new ServiceCollection().AddPolicyKit(_ => { });

        act.Should().Throw<ArgumentException>().WithMessage("AddPolicyKit needs at least one catalog*");
    }

    [Fact]
    public void CatalogSet_SeveralCatalogs_AreFoundById()
    {
        var synthetic = SyntheticCatalog.Generate(1, 10);
        using var provider = new ServiceCollection()
            .AddPolicyKit(kit => kit.AddCatalog(QingdaoCatalogs.Reference).AddCatalog(synthetic))
            .BuildServiceProvider();
        var set = provider.GetRequiredService<PolicyCatalogSet>();

        set.Ids.Should().Equal("qingdao-reference", synthetic.Id);
        set[synthetic.Id].Catalog.Should().BeSameAs(synthetic);
        var act = () => set["nope"];
        act.Should().Throw<KeyNotFoundException>().WithMessage("no catalog 'nope' is registered*");
    }

    [Fact]
    public void Resolution_FromManyThreads_GivesOneEvaluatorAndEqualReports()
    {
        using var provider = new ServiceCollection().AddPolicyKit(kit => kit.AddCatalog(QingdaoCatalogs.Reference)).BuildServiceProvider();
        var evaluators = new IPolicyEvaluator[64];
        var reports = new string[64];

        Parallel.For(0, 64, i =>
        {
            evaluators[i] = provider.GetRequiredService<IPolicyEvaluator>();
            reports[i] = ReportJson.Write(evaluators[i].Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf));
        });

        evaluators.Distinct().Should().ContainSingle();
        reports.Distinct().Should().ContainSingle();
    }
}
