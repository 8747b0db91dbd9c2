using System.Runtime.CompilerServices;
using NodaTime;
using PolicyKit.Batching;
using PolicyKit.Compilation;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Tests.Sources;

namespace PolicyKit.Tests.Batching;

/// <summary><c>EvaluateManyAsync</c>'s latency: whole chunks by default, each report as soon as its profile is in with <c>YieldWhenSourceWaits</c>.</summary>
public class EvaluateManyAsyncLatencyTests
{
    private static readonly LocalDate AsOf = new(2024, 6, 30);

    /// <summary>Yields the first profile, then waits for <paramref name="gate"/> before the second.</summary>
    private static async IAsyncEnumerable<EnterpriseProfile> Slow(List<EnterpriseProfile> profiles, TaskCompletionSource gate, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return profiles[0];
        await gate.Task.WaitAsync(cancellationToken);
        foreach (var profile in profiles.Skip(1))
        {
            yield return profile;
        }
    }

    private static async IAsyncEnumerable<EnterpriseProfile> Ready(List<EnterpriseProfile> profiles)
    {
        foreach (var profile in profiles)
        {
            yield return profile;
        }

        await Task.CompletedTask;
    }

    [Fact]
    public async Task SlowSource_FirstReportArrivesBeforeTheSecondProfile()
    {
        var evaluator = new CompiledEvaluator(ProfileSources.Catalog);
        var profiles = ProfileSources.Generate(5);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var reports = evaluator.EvaluateManyAsync(Slow(profiles, gate), AsOf, new BatchOptions { YieldWhenSourceWaits = true }).GetAsyncEnumerator();

        var first = reports.MoveNextAsync().AsTask();
        var finished = await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(10)));

        finished.Should().BeSameAs(first, "the source waits, so the one profile in must be evaluated now");
        reports.Current.Should().NotBeNull();
        ReportJson.Write(reports.Current).Should().Be(ReportJson.Write(evaluator.Evaluate(profiles[0], AsOf)));
        gate.SetResult();
        var rest = new List<string>();
        while (await reports.MoveNextAsync())
        {
            rest.Add(ReportJson.Write(reports.Current));
        }

        rest.Should().Equal(profiles.Skip(1).Select(p => ReportJson.Write(evaluator.Evaluate(p, AsOf))));
    }

    [Fact]
    public async Task SlowSource_ByDefault_HoldsTheReportUntilTheChunkIsFull()
    {
        var evaluator = new CompiledEvaluator(ProfileSources.Catalog);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var reports = evaluator.EvaluateManyAsync(Slow(ProfileSources.Generate(5), gate), AsOf).GetAsyncEnumerator();

        var first = reports.MoveNextAsync().AsTask();
        var finished = await Task.WhenAny(first, Task.Delay(TimeSpan.FromMilliseconds(300)));

        finished.Should().NotBeSameAs(first, "the documented latency: the chunk is not full and the source has not ended");
        gate.SetResult();
        (await first).Should().BeTrue();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadySource_AllReportsInInputOrder(bool yieldWhenSourceWaits)
    {
        var evaluator = new CompiledEvaluator(ProfileSources.Catalog);
        var profiles = ProfileSources.Generate(2_500);
        var got = new List<string>();

        await foreach (var report in evaluator.EvaluateManyAsync(Ready(profiles), AsOf, new BatchOptions { ChunkSize = 1000, YieldWhenSourceWaits = yieldWhenSourceWaits }))
        {
            got.Add(report.DeterminationId);
        }

        got.Should().Equal(profiles.Select(p => evaluator.Evaluate(p, AsOf).DeterminationId));
    }
}
