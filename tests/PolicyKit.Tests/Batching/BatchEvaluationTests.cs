using PolicyKit.Batching;
using PolicyKit.Compilation;
using PolicyKit.Formats;
using PolicyKit.Testing.Synthetic;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Batching;

public class BatchEvaluationTests
{
    private static readonly PolicyKit.Model.PolicyCatalog Catalog = SyntheticCatalog.Generate(21, policies: 30);

    [Fact]
    public void EvaluateMany_Parallel_GivesReportsInInputOrderEqualToSequential()
    {
        var evaluator = new CompiledEvaluator(Catalog);
        var profiles = SyntheticProfiles.Generate(Catalog, 21, 2_500).ToList();

        var batch = evaluator.EvaluateMany(profiles, TestCatalogs.AsOf, new BatchOptions { ChunkSize = 100, MaxDegreeOfParallelism = 4 }).ToList();

        batch.Select(ReportText.Of).Should().Equal(profiles.Select(p => ReportText.Of(evaluator.Evaluate(p, TestCatalogs.AsOf))));
    }

    [Fact]
    public async Task EvaluateManyAsync_GivesTheSameAsSynchronous()
    {
        var evaluator = new CompiledEvaluator(Catalog);
        var profiles = SyntheticProfiles.Generate(Catalog, 5, 300).ToList();

        var reports = new List<string>();
        await foreach (var report in evaluator.EvaluateManyAsync(profiles.ToAsyncEnumerable(), TestCatalogs.AsOf, new BatchOptions { ChunkSize = 64 }))
        {
            reports.Add(ReportText.Of(report));
        }

        reports.Should().Equal(evaluator.EvaluateMany(profiles, TestCatalogs.AsOf).Select(ReportText.Of));
    }

    [Fact]
    public void MatchVerdicts_Batch_EqualsOneByOne()
    {
        var evaluator = new CompiledEvaluator(Catalog);
        var profiles = SyntheticProfiles.Generate(Catalog, 9, 3_000).ToList();
        var width = evaluator.PolicyIds.Length;
        var batch = new VerdictCode[profiles.Count * width];

        evaluator.MatchVerdicts(profiles, TestCatalogs.AsOf, batch, new BatchOptions { ChunkSize = 128 });

        var one = new VerdictCode[width];
        for (var i = 0; i < profiles.Count; i++)
        {
            evaluator.MatchVerdicts(profiles[i], TestCatalogs.AsOf, one);
            batch.AsSpan(i * width, width).ToArray().Should().Equal(one);
        }
    }

    [Fact]
    public void MatchTotals_Batch_EqualsFullReports()
    {
        var evaluator = new CompiledEvaluator(Catalog);
        var profiles = SyntheticProfiles.Generate(Catalog, 17, 2_000).ToList();
        var totals = new PolicyKit.Evaluation.Totals[profiles.Count];

        evaluator.MatchTotals(profiles, TestCatalogs.AsOf, totals, new BatchOptions { ChunkSize = 100 });

        totals.Should().Equal(profiles.Select(p => evaluator.Evaluate(p, TestCatalogs.AsOf).Totals));
    }

    [Fact]
    public void EvaluateMany_Progress_ReportsEveryProfileDone()
    {
        var evaluator = new CompiledEvaluator(Catalog);
        var seen = new List<long>();
        var progress = new SynchronousProgress(seen);

        var count = evaluator.EvaluateMany(SyntheticProfiles.Generate(Catalog, 1, 1_000), TestCatalogs.AsOf, new BatchOptions { ChunkSize = 300, Progress = progress }).Count();

        count.Should().Be(1_000);
        seen.Should().Equal(300, 600, 900, 1_000);
    }

    [Fact]
    public void EvaluateMany_CountAMultipleOfTheChunk_ReportsEachChunkOnce()
    {
        var evaluator = new CompiledEvaluator(Catalog);
        var seen = new List<long>();

        _ = evaluator.EvaluateMany(SyntheticProfiles.Generate(Catalog, 1, 900), TestCatalogs.AsOf, new BatchOptions { ChunkSize = 300, Progress = new SynchronousProgress(seen) }).Count();

        seen.Should().Equal(300, 600, 900);
    }

    [Fact]
    public void EvaluateMany_Cancelled_StopsWithOperationCanceledAfterWholeReports()
    {
        var evaluator = new CompiledEvaluator(Catalog);
        using var cts = new CancellationTokenSource();
        var received = 0;

        var act = () =>
        {
            foreach (var report in evaluator.EvaluateMany(SyntheticProfiles.Generate(Catalog, 1, 10_000), TestCatalogs.AsOf, new BatchOptions { ChunkSize = 100 }, cts.Token))
            {
                report.Decisions.Should().NotBeEmpty();
                if (++received == 250)
                {
                    cts.Cancel();
                }
            }
        };

        act.Should().Throw<OperationCanceledException>();
        received.Should().Be(300, "the chunk under way when cancelled is delivered whole, and no more");
    }

    private sealed class SynchronousProgress(List<long> seen) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
