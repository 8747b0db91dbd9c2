using System.Runtime.CompilerServices;
using System.Text;
using PolicyKit.Batching;
using PolicyKit.Compilation;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Reliability.Tests.Support;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Reliability.Tests.Concurrency;

/// <summary>
/// A batch cancelled part-way, written as JSON lines, leaves a complete prefix of the sequential
/// output: every line whole and equal to the sequential line at its index.
/// </summary>
public class CancelledBatchTests
{
    private const int ChunkSize = 256;

    private static readonly Model.PolicyCatalog Catalog = Corpus.Catalog(seed: 12, policies: 25);

    private static readonly NodaTime.LocalDate AsOf = new(2023, 6, 1);

    public static TheoryData<int, bool> CancelPoints => new()
    {
        { 1, false }, { 700, false }, { 1_024, false }, { 2_500, false },
        { 300, true }, { 1_500, true },
    };

    /// <param name="cancelAt">After how many written reports (or, with <paramref name="inSource"/>, read profiles) to cancel.</param>
    /// <param name="inSource">Whether the cancellation comes while the batch reads its source rather than while the caller writes.</param>
    [Theory]
    [MemberData(nameof(CancelPoints))]
    public async Task EvaluateManyAsync_Cancelled_LeavesACompletePrefixOfJsonLines(int cancelAt, bool inSource)
    {
        var evaluator = new CompiledEvaluator(Catalog);
        var profiles = SyntheticProfiles.Edges(Catalog, 12, 4_000).ToList();
        var sequential = profiles.Select(p => ReportJson.Write(evaluator.Evaluate(p, AsOf), Corpus.Compact)).ToList();
        using var cts = new CancellationTokenSource();
        using var output = new MemoryStream();
        var written = 0;

        var act = async () =>
        {
            await foreach (var report in evaluator.EvaluateManyAsync(Source(profiles, inSource ? cancelAt : -1, cts), AsOf, new BatchOptions { ChunkSize = ChunkSize, MaxDegreeOfParallelism = 4 }, cts.Token))
            {
                ReportJson.Write(report, output, Corpus.Compact);
                output.WriteByte((byte)'\n');
                if (++written == cancelAt && !inSource)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.Should().Match(t => t.Length == 0 || t.EndsWith('\n'), "the output ends after a whole line");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(written).And.Equal(sequential.Take(written), "the lines are the sequential run's first ones");
        lines.Length.Should().BeLessThan(profiles.Count, "the batch stopped early");
        if (!inSource)
        {
            // By design the chunk under way is delivered whole (see BatchEvaluationTests), then nothing more.
            lines.Should().HaveCount(Math.Min(profiles.Count, (cancelAt + ChunkSize - 1) / ChunkSize * ChunkSize), "the chunk under way is finished, then no more");
        }
    }

    private static async IAsyncEnumerable<EnterpriseProfile> Source(List<EnterpriseProfile> profiles, int cancelAt, CancellationTokenSource cts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < profiles.Count; i++)
        {
            if (i == cancelAt)
            {
                await cts.CancelAsync();
            }

            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return profiles[i];
        }
    }
}
