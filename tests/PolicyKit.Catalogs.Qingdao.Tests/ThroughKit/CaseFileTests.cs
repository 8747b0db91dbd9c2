using PolicyKit.Formats;
using PolicyKit.Testing.Cases;
using PolicyKit.Testing.Coverage;
using PolicyKit.Testing.FluentAssertions;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughKit;

/// <summary>
/// The reference catalog's case files (Cases/*.json), one theory row per case, and the rule
/// coverage they reach together: every eligibility node seen both true and false.
/// </summary>
public sealed class CaseFileTests
{
    private static readonly CaseSource Source = new("Cases", id => QingdaoCatalogs.Ids.Contains(id) ? QingdaoCatalogs.Get(id) : null);

    public static IEnumerable<object[]> Cases => Source.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_Passes(string name) => Source.Run(name).Should().Pass();

    [Fact]
    public void AllCases_CoverEveryNodeOfEveryPolicyBothWays()
    {
        var coverage = new CoverageCollector();
        var run = Source.RunAll(coverage);
        var report = coverage.ToReport();

        run.Failed.Should().Be(0, run.ToText());
        report.Policies.Select(p => p.PolicyId).Should().BeEquivalentTo(QingdaoCatalogs.Reference.Policies.Select(p => p.Id));
        report.Percent.Should().Be(100m, report.ToText(Text.Language.En));
        report.Total.Should().Be(QingdaoCatalogs.Reference.Policies.Sum(p => p.Eligibility.Descendants().Count()), "every predicate node is counted once and the reference awards have no branches");
    }
}
