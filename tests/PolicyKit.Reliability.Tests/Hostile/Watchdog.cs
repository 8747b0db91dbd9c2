using System.Diagnostics;

namespace PolicyKit.Reliability.Tests.Hostile;

/// <summary>
/// Runs cases one after another on a worker thread while the caller watches the clock: a case
/// that runs past <see cref="CaseLimit"/> is a hang and fails the test with its name, rather
/// than stalling the run. Memory is sampled after full collections to catch unbounded growth.
/// </summary>
internal sealed class Watchdog
{
    /// <summary>Far above any real case (milliseconds): only a hang or a runaway reaches it.</summary>
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(30);

    private long _caseStarted;
    private volatile string _current = "";

    /// <summary>The managed heap after a full collection, sampled every <c>sampleEvery</c> cases.</summary>
    public List<long> HeapSamples { get; } = [];

    /// <summary>The longest single case.</summary>
    public TimeSpan Slowest { get; private set; }

    /// <summary>
    /// Runs <paramref name="run"/> for cases <c>0..count-1</c> on a worker; returns the failures
    /// it reported. Fails the test when a case exceeds <see cref="CaseLimit"/>.
    /// </summary>
    public List<string> Run(int count, Func<int, string?> run, string what, int sampleEvery = 10_000)
    {
        var failures = new List<string>();
        Exception? crashed = null;
        var worker = new Thread(() =>
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    _current = $"{what} case {i}";
                    var started = Stopwatch.GetTimestamp();
                    Interlocked.Exchange(ref _caseStarted, started);
                    if (run(i) is { } failure && failures.Count < 20)
                    {
                        failures.Add($"{what} case {i}: {failure}");
                    }

                    var took = Stopwatch.GetElapsedTime(started);
                    Slowest = took > Slowest ? took : Slowest;
                    if (i % sampleEvery == 0 || i == count - 1)
                    {
                        HeapSamples.Add(GC.GetTotalMemory(forceFullCollection: true));
                    }
                }
            }
            catch (Exception e)
            {
                crashed = e;
            }
        })
        { IsBackground = true, Name = "hostile-worker" };
        Interlocked.Exchange(ref _caseStarted, Stopwatch.GetTimestamp());
        worker.Start();
        while (!worker.Join(100))
        {
            var running = Stopwatch.GetElapsedTime(Interlocked.Read(ref _caseStarted));
            running.Should().BeLessThan(CaseLimit, $"{_current} must end (a hang otherwise)");
        }

        crashed.Should().BeNull("the harness itself must not fail");
        return failures;
    }
}
