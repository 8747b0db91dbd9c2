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

    // As the service writes: compact, Chinese unescaped, into reused memory (PolicyKitApi's pooled buffer).
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private static readonly System.Text.Json.JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private int Written(PolicyKit.Evaluation.DecisionReport report, ReportWriteOptions options)
    {
        _buffer.ResetWrittenCount();
        using var writer = new System.Text.Json.Utf8JsonWriter(_buffer, Compact);
        ReportJson.Write(report, writer, options);
        return _buffer.WrittenCount;
    }

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
    public int Write() => Written(_report, _options);

    /// <summary>The JSON a client asks for with <c>?lang=zh&amp;reasons=false</c>.</summary>
    [Benchmark]
    public int WriteChineseWithoutReasons() => Written(_report, new ReportWriteOptions { Indented = false, Language = PolicyKit.Text.Language.Zh, IncludeReasons = false });

    [Benchmark(Baseline = true)]
    public int EvaluateAndWrite() =>
        Written(_evaluator.Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf), _options);

    [Benchmark]
    public int ReadEvaluateAndWrite()
    {
        var profile = ProfileJson.ReadAsync(new MemoryStream(_body), _evaluator.Catalog.Schema).AsTask().GetAwaiter().GetResult();
        return Written(_evaluator.Evaluate(profile, QingdaoCatalogs.SampleAsOf), _options);
    }
}
