using PolicyKit.Populations.Plan;

namespace PolicyKit.Populations;

/// <summary>
/// Runs blocks of a population on a few workers: each worker takes the next block from a shared
/// counter (so uneven blocks balance out), keeps its own scratch state, and hands it back at the end.
/// </summary>
internal static class BlockLoop
{
    private const int ProgressEvery = 16;

    public static void Run<TWorker>(
        Population population,
        PopulationOptions options,
        Func<TWorker> createWorker,
        Action<TWorker, int, int> runBlock,
        Action<TWorker> finish,
        CancellationToken cancellationToken)
    {
        options.Validate();
        var blockSize = options.BlockSize;
        var blocks = population.BlockCount(blockSize);
        var workers = Math.Max(1, Math.Min(options.MaxDegreeOfParallelism, blocks));
        var next = -1;
        var done = 0L;
        var gate = new object();

        void Work()
        {
            var worker = createWorker();
            var sinceReport = 0;
            int block;
            while ((block = Interlocked.Increment(ref next)) < blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = block * blockSize;
                var count = Math.Min(blockSize, population.Count - start);
                runBlock(worker, start, count);
                var total = Interlocked.Add(ref done, count);
                if (options.Progress is { } progress && (++sinceReport == ProgressEvery || total == population.Count))
                {
                    sinceReport = 0;
                    progress.Report((int)total);
                }
            }

            lock (gate)
            {
                finish(worker);
            }
        }

        if (workers == 1)
        {
            Work();
            return;
        }

        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, _ => Work());
        }
        catch (AggregateException e)
        {
            // Callers see the worker's own exception (overflow, cancellation), as on one thread.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    public static SimdWidth WidthOf(PopulationOptions options) => options.ForceScalar ? SimdWidth.Scalar : options.Width ?? Simd.Best;
}
