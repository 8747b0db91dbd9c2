namespace PolicyKit.Batching;

/// <summary>How a batch of profiles is evaluated.</summary>
public sealed record BatchOptions
{
    /// <summary>The most threads used; <see langword="null"/> uses every core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Profiles handed to a thread at a time (default 1,024): large enough to amortise scheduling, small enough to balance cores.</summary>
    public int ChunkSize { get; init; } = 1024;

    /// <summary>
    /// Whether <c>EvaluateManyAsync</c> evaluates and yields the profiles it has whenever its source
    /// has to wait (default false). Off, a report is held until <see cref="ChunkSize"/> profiles
    /// have arrived or the source ends, and cancellation stops at whole chunks; on, a slow source
    /// gets each report as soon as its profile is in, and chunks are as large as what had arrived.
    /// </summary>
    public bool YieldWhenSourceWaits { get; init; }

    /// <summary>Receives the number of profiles done so far, after each chunk.</summary>
    public IProgress<long>? Progress { get; init; }

    internal ParallelOptions Parallel(CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ChunkSize, 1, nameof(ChunkSize));
        return new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
    }
}
