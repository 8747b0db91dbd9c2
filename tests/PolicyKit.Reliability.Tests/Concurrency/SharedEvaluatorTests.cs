using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Outputs;
using PolicyKit.Reliability.Tests.Support;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Reliability.Tests.Concurrency;

/// <summary>One evaluator shared by 16 threads gives reports byte-identical to a sequential run.</summary>
public class SharedEvaluatorTests
{
    private const int Threads = 16;

    private static readonly Model.PolicyCatalog Catalog = Corpus.Catalog(seed: 16, policies: 40);

    private static readonly NodaTime.LocalDate AsOf = new(2023, 6, 1);

    public static TheoryData<string> Evaluators => ["compiled", "interpreter"];

    [Theory]
    [MemberData(nameof(Evaluators))]
    public void SixteenThreads_EachEvaluatingEveryProfileInItsOwnOrder_MatchTheSequentialRun(string which)
    {
        var evaluator = Make(which);
        var profiles = SyntheticProfiles.Edges(Catalog, 16, 600).ToArray();
        var sequential = profiles.Select(p => ReportJson.Write(evaluator.Evaluate(p, AsOf))).ToArray();
        var results = new string[Threads][];

        RunTogether(t =>
        {
            // Each thread walks the profiles in its own shuffled order, so threads meet on the same profile at different times.
            var order = Enumerable.Range(0, profiles.Length).ToArray();
            new Random(t).Shuffle(order);
            var mine = new string[profiles.Length];
            foreach (var i in order)
            {
                mine[i] = ReportJson.Write(evaluator.Evaluate(profiles[i], AsOf));
            }

            results[t] = mine;
        });

        results.Should().AllSatisfy(r => r.Should().Equal(sequential));
    }

    [Theory]
    [MemberData(nameof(Evaluators))]
    public void SixteenThreads_WritingTheSameReports_AllGetTheSameBytes(string which)
    {
        // Reports fill reason texts and the determination id lazily: reading them from many threads at once must still agree.
        var evaluator = Make(which);
        var profiles = SyntheticProfiles.Edges(Catalog, 61, 300).ToArray();
        var expected = profiles.Select(p => ReportJson.Write(evaluator.Evaluate(p, AsOf))).ToArray();
        var shared = profiles.Select(p => evaluator.Evaluate(p, AsOf)).ToArray();
        var results = new string[Threads][];

        RunTogether(t => results[t] = [.. shared.Select(r => ReportJson.Write(r))]);

        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }

    private static IPolicyEvaluator Make(string which) => which == "compiled" ? new CompiledEvaluator(Catalog) : new PolicyEvaluator(Catalog);

    /// <summary>Runs <paramref name="body"/> on 16 dedicated threads released together by a barrier.</summary>
    private static void RunTogether(Action<int> body)
    {
        using var barrier = new Barrier(Threads);
        var errors = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                body(t);
            }
            catch (Exception e)
            {
                errors[t] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        errors.Should().AllSatisfy(e => e.Should().BeNull());
    }
}
