namespace PolicyKit.Reliability.Tests.Hostile;

/// <summary>
/// Tests that compare the process's heap before and after a run: they run alone, because another
/// test class allocating in parallel (giant inputs, concurrency) shows up in their samples.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapSensitive
{
    /// <summary>The collection's name.</summary>
    public const string Name = "heap-sensitive";
}
