using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Compilation;
using PolicyKit.Outputs;
using PolicyKit.Sources;

namespace PolicyKit.Benchmarks;

/// <summary>
/// What one <c>POST /policykit/match</c> costs in process: the sample firm on the reference
/// catalog, evaluated and written as the service writes it (both languages, with reasons), and
/// the same with the request body read first. <c>benchmarks/load/match-load.sh</c> runs these
/// beside its load run, so the service's latency compares with them on one machine.
/// </summary>
[MemoryDiagnoser]
public class ServiceBenchmarks
{
    private readonly CompiledEvaluator _evaluator = new(QingdaoCatalogs.Reference);
    private readonly byte[] _body = Encoding.UTF8.GetBytes(ProfileJson.Write(QingdaoCatalogs.SampleProfile));
    private readonly ReportWriteOptions _options = new() { Indented = false };

    /// <summary>The request body the load run posts.</summary>
    public static string Body => ProfileJson.Write(QingdaoCatalogs.SampleProfile);

    private PolicyKit.Evaluation.DecisionReport _report = null!;

    [GlobalSetup]
    public void Setup() => _report = _evaluator.Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf);

    /// <summary>The decision alone: what the engine costs before any JSON.</summary>
    [Benchmark]
    public int Evaluate() => _evaluator.Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf).Decisions.Length;

    /// <summary>The JSON alone, as the service writes it by default (both languages, reasons).</summary>
    [Benchmark]
    public int Write() => ReportJson.Write(_report, _options).Length;

    /// <summary>The JSON a client asks for with <c>?lang=zh&amp;reasons=false</c>.</summary>
    [Benchmark]
    public int WriteChineseWithoutReasons() => ReportJson.Write(_report, new ReportWriteOptions { Indented = false, Language = PolicyKit.Text.Language.Zh, IncludeReasons = false }).Length;

    [Benchmark(Baseline = true)]
    public int EvaluateAndWrite() =>
        ReportJson.Write(_evaluator.Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf), _options).Length;

    [Benchmark]
    public int ReadEvaluateAndWrite()
    {
        var profile = ProfileJson.Read(Encoding.UTF8.GetString(_body), _evaluator.Catalog.Schema);
        return ReportJson.Write(_evaluator.Evaluate(profile, QingdaoCatalogs.SampleAsOf), _options).Length;
    }
}
