namespace PolicyKit.Populations;

/// <summary>How a population is evaluated: cores, vector width, progress.</summary>
/// <remarks>Immutable. The figures never depend on these options, only the time taken.</remarks>
public sealed record PopulationOptions
{
    /// <summary>How many blocks run at once; the number of cores by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether to test columns one firm at a time instead of with vector instructions
    /// (<c>System.Runtime.Intrinsics</c>); both give the same bits. For tests and comparisons.
    /// </summary>
    public bool ForceScalar { get; init; }

    /// <summary>Told the number of firms done after each run of blocks, from any thread.</summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Firms per block, a power of two from 64 to 2,048 (tests use small blocks to cross block edges).</summary>
    internal int BlockSize { get; init; } = Population.BlockSize;

    /// <summary>A vector width to use instead of the widest the hardware accelerates (tests run every width).</summary>
    internal Plan.SimdWidth? Width { get; init; }

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "at least one worker is needed.");
        }

        if (BlockSize is < 64 or > Population.BlockSize || (BlockSize & (BlockSize - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BlockSize), BlockSize, "a block is a power of two from 64 to 2048 firms.");
        }
    }
}
