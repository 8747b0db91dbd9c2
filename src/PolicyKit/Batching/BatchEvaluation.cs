using System.Runtime.CompilerServices;
using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Profiles;

namespace PolicyKit.Batching;

/// <summary>
/// Evaluates many profiles in parallel across cores, with cancellation and progress, results
/// in input order.
/// </summary>
public static class BatchEvaluation
{
    /// <summary>
    /// Writes the verdicts of every profile into <paramref name="verdicts"/>: profile <c>i</c>'s
    /// verdict on policy <c>j</c> at <c>i * PolicyIds.Length + j</c>. Allocates nothing per profile.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="verdicts"/> is too short, or a profile's schema does not line up with the catalog's.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; some verdicts may be written.</exception>
    public static void MatchVerdicts(this CompiledEvaluator evaluator, IReadOnlyList<EnterpriseProfile> profiles, LocalDate asOf, VerdictCode[] verdicts, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(verdicts);
        var width = evaluator.PolicyIds.Length;
        if (verdicts.LongLength < (long)profiles.Count * width)
        {
            throw new ArgumentException($"room for {(long)profiles.Count * width} verdicts is needed, {verdicts.LongLength} given.", nameof(verdicts));
        }

        ForChunks(profiles.Count, options ?? new BatchOptions(), (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                evaluator.MatchVerdicts(profiles[i], asOf, verdicts.AsSpan(i * width, width));
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Computes every profile's totals (after modifiers, stacking and exclusive groups) into
    /// <paramref name="totals"/>, in input order, without reasons and without allocating per profile.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="totals"/> is too short, or a profile's schema does not line up with the catalog's.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; some totals may be written.</exception>
    public static void MatchTotals(this CompiledEvaluator evaluator, IReadOnlyList<EnterpriseProfile> profiles, LocalDate asOf, Totals[] totals, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.Length < profiles.Count)
        {
            throw new ArgumentException($"room for {profiles.Count} totals is needed, {totals.Length} given.", nameof(totals));
        }

        var width = evaluator.PolicyIds.Length;
        ForChunks(profiles.Count, options ?? new BatchOptions(), (start, end) =>
        {
            // One scratch row per chunk, reused for every profile in it.
            var verdicts = new VerdictCode[width];
            var amounts = new decimal?[width];
            var upTos = new decimal?[width];
            for (var i = start; i < end; i++)
            {
                totals[i] = evaluator.MatchTotals(profiles[i], asOf, verdicts, amounts, upTos);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Evaluates every profile of <paramref name="profiles"/>, streaming the reports in input order:
    /// a chunk at a time is evaluated in parallel, so memory stays bounded for any number of profiles.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; every report yielded before is complete.</exception>
    public static IEnumerable<DecisionReport> EvaluateMany(this IPolicyEvaluator evaluator, IEnumerable<EnterpriseProfile> profiles, LocalDate asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(profiles);
        var chunks = new ReportChunks(evaluator, asOf, options ?? new BatchOptions(), cancellationToken);
        return Stream(chunks, profiles, cancellationToken);
    }

    /// <summary>The asynchronous form of <see cref="EvaluateMany"/>, for hosts reading profiles as they arrive.</summary>
    /// <remarks>
    /// Latency: by default profiles are evaluated a chunk (<see cref="BatchOptions.ChunkSize"/>,
    /// 1,024) at a time, so a report is held until its chunk is full or the source ends; a source
    /// that trickles (one firm per request, a network stream) waits that long for its first report.
    /// With <see cref="BatchOptions.YieldWhenSourceWaits"/>, whenever the source has to wait for its
    /// next profile, the profiles collected so far are evaluated and yielded first, so no report
    /// waits for profiles that have not arrived.
    /// </remarks>
    public static async IAsyncEnumerable<DecisionReport> EvaluateManyAsync(this IPolicyEvaluator evaluator, IAsyncEnumerable<EnterpriseProfile> profiles, LocalDate asOf, BatchOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(profiles);
        options ??= new BatchOptions();
        var chunks = new ReportChunks(evaluator, asOf, options, cancellationToken);
        var source = profiles.GetAsyncEnumerator(cancellationToken);
        await using (source.ConfigureAwait(false))
        {
            while (true)
            {
                var next = source.MoveNextAsync();
                if (options.YieldWhenSourceWaits && !next.IsCompleted)
                {
                    // The source has to wait: what is collected goes out now, not after a full chunk.
                    foreach (var report in chunks.Flush())
                    {
                        yield return report;
                    }
                }

                if (!await next.ConfigureAwait(false))
                {
                    break;
                }

                foreach (var report in chunks.Add(source.Current))
                {
                    yield return report;
                }
            }
        }

        foreach (var report in chunks.Flush())
        {
            yield return report;
        }
    }

    private static IEnumerable<DecisionReport> Stream(ReportChunks chunks, IEnumerable<EnterpriseProfile> profiles, CancellationToken cancellationToken)
    {
        foreach (var profile in profiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var report in chunks.Add(profile))
            {
                yield return report;
            }
        }

        foreach (var report in chunks.Flush())
        {
            yield return report;
        }
    }

    /// <summary>Runs <paramref name="body"/> over chunks of <c>[start, end)</c> in parallel, reporting progress after each.</summary>
    private static void ForChunks(int count, BatchOptions options, Action<int, int> body, CancellationToken cancellationToken)
    {
        var parallel = options.Parallel(cancellationToken);
        var chunks = (count + options.ChunkSize - 1) / options.ChunkSize;
        long done = 0;
        Parallel.For(0, chunks, parallel, chunk =>
        {
            var start = chunk * options.ChunkSize;
            var end = Math.Min(count, start + options.ChunkSize);
            body(start, end);
            options.Progress?.Report(Interlocked.Add(ref done, end - start));
        });
    }

    /// <summary>Collects profiles into chunks and evaluates each full chunk in parallel, in order.</summary>
    private sealed class ReportChunks(IPolicyEvaluator evaluator, LocalDate asOf, BatchOptions options, CancellationToken cancellationToken)
    {
        private readonly ParallelOptions _parallel = options.Parallel(cancellationToken);
        private readonly List<EnterpriseProfile> _chunk = new(options.ChunkSize);
        private long _done;

        public DecisionReport[] Add(EnterpriseProfile profile)
        {
            _chunk.Add(profile);
            return _chunk.Count < options.ChunkSize ? [] : Flush();
        }

        public DecisionReport[] Flush()
        {
            if (_chunk.Count == 0)
            {
                return [];
            }

            var reports = new DecisionReport[_chunk.Count];
            Parallel.For(0, _chunk.Count, _parallel, i => reports[i] = evaluator.Evaluate(_chunk[i], asOf));
            _done += _chunk.Count;
            options.Progress?.Report(_done);
            _chunk.Clear();
            return reports;
        }
    }
}
