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
        options ??= new BatchOptions();
        var width = evaluator.PolicyIds.Length;
        if (verdicts.LongLength < (long)profiles.Count * width)
        {
            throw new ArgumentException($"room for {(long)profiles.Count * width} verdicts is needed, {verdicts.LongLength} given.", nameof(verdicts));
        }

        var parallel = options.Parallel(cancellationToken);
        var chunks = (profiles.Count + options.ChunkSize - 1) / options.ChunkSize;
        long done = 0;
        Parallel.For(0, chunks, parallel, chunk =>
        {
            var start = chunk * options.ChunkSize;
            var end = Math.Min(profiles.Count, start + options.ChunkSize);
            for (var i = start; i < end; i++)
            {
                evaluator.MatchVerdicts(profiles[i], asOf, verdicts.AsSpan(i * width, width));
            }

            Report(options.Progress, Interlocked.Add(ref done, end - start));
        });
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
        options ??= new BatchOptions();
        if (totals.Length < profiles.Count)
        {
            throw new ArgumentException($"room for {profiles.Count} totals is needed, {totals.Length} given.", nameof(totals));
        }

        var parallel = options.Parallel(cancellationToken);
        var width = evaluator.PolicyIds.Length;
        var chunks = (profiles.Count + options.ChunkSize - 1) / options.ChunkSize;
        long done = 0;
        Parallel.For(0, chunks, parallel, chunk =>
        {
            // One scratch row per chunk, reused for every profile in it.
            var verdicts = new VerdictCode[width];
            var amounts = new decimal?[width];
            var upTos = new decimal?[width];
            var start = chunk * options.ChunkSize;
            var end = Math.Min(profiles.Count, start + options.ChunkSize);
            for (var i = start; i < end; i++)
            {
                totals[i] = evaluator.MatchTotals(profiles[i], asOf, verdicts, amounts, upTos);
            }

            Report(options.Progress, Interlocked.Add(ref done, end - start));
        });
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
        options ??= new BatchOptions();
        var parallel = options.Parallel(cancellationToken);
        return Stream(evaluator, profiles, asOf, options, parallel);
    }

    /// <summary>The asynchronous form of <see cref="EvaluateMany"/>, for hosts reading profiles as they arrive.</summary>
    public static async IAsyncEnumerable<DecisionReport> EvaluateManyAsync(this IPolicyEvaluator evaluator, IAsyncEnumerable<EnterpriseProfile> profiles, LocalDate asOf, BatchOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(profiles);
        options ??= new BatchOptions();
        var parallel = options.Parallel(cancellationToken);
        var chunk = new List<EnterpriseProfile>(options.ChunkSize);
        long done = 0;
        await foreach (var profile in profiles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chunk.Add(profile);
            if (chunk.Count == options.ChunkSize)
            {
                foreach (var report in Run(evaluator, chunk, asOf, parallel))
                {
                    yield return report;
                }

                Report(options.Progress, done += chunk.Count);
                chunk.Clear();
            }
        }

        foreach (var report in Run(evaluator, chunk, asOf, parallel))
        {
            yield return report;
        }

        Report(options.Progress, done + chunk.Count);
    }

    private static IEnumerable<DecisionReport> Stream(IPolicyEvaluator evaluator, IEnumerable<EnterpriseProfile> profiles, LocalDate asOf, BatchOptions options, ParallelOptions parallel)
    {
        var chunk = new List<EnterpriseProfile>(options.ChunkSize);
        long done = 0;
        foreach (var profile in profiles)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            chunk.Add(profile);
            if (chunk.Count < options.ChunkSize)
            {
                continue;
            }

            foreach (var report in Run(evaluator, chunk, asOf, parallel))
            {
                yield return report;
            }

            Report(options.Progress, done += chunk.Count);
            chunk.Clear();
        }

        foreach (var report in Run(evaluator, chunk, asOf, parallel))
        {
            yield return report;
        }

        Report(options.Progress, done + chunk.Count);
    }

    private static DecisionReport[] Run(IPolicyEvaluator evaluator, List<EnterpriseProfile> chunk, LocalDate asOf, ParallelOptions parallel)
    {
        var reports = new DecisionReport[chunk.Count];
        Parallel.For(0, chunk.Count, parallel, i => reports[i] = evaluator.Evaluate(chunk[i], asOf));
        return reports;
    }

    private static void Report(IProgress<long>? progress, long done) => progress?.Report(done);
}
