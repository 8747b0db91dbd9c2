using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using PolicyKit.CatalogFiles;
using PolicyKit.Evaluation;
using PolicyKit.Extensions.DependencyInjection;
using PolicyKit.Formats;
using PolicyKit.Guidance;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Profiles;
using PolicyKit.Simulation;
using PolicyKit.Sources;
using PolicyKit.Text;

namespace PolicyKit.AspNetCore;

/// <summary>The handlers behind <c>MapPolicyKit</c>: query and body in, PolicyKit's JSON or a problem out.</summary>
internal sealed class PolicyKitApi
{
    private const string Json = "application/json; charset=utf-8";
    private const string ProblemJson = "application/problem+json; charset=utf-8";

    private readonly IServiceProvider _services;
    private readonly PolicyKitEndpointOptions _options;
    private readonly ConcurrentDictionary<string, PopulationEvaluator> _populationEvaluators = new(StringComparer.Ordinal);
    private readonly Lazy<byte[]> _openApi;

    public PolicyKitApi(IServiceProvider services, PolicyKitEndpointOptions options, string prefix)
    {
        _services = services;
        _options = options;
        Prefix = prefix;
        _openApi = new Lazy<byte[]>(() => OpenApiDocument.For(prefix));
    }

    public string Prefix { get; }

    private PolicyCatalogSet Set => _services.GetRequiredService<PolicyCatalogSet>();

    public Task Health(HttpContext http) => Run(http, _options.RequestTimeout, (_, _) =>
    {
        var set = Set;
        return Task.FromResult(Body.Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "ok");
            Strings(w, "catalogs", set.Ids);
            w.WriteEndObject();
        }));
    });

    public Task Catalogs(HttpContext http) => Run(http, _options.RequestTimeout, (query, _) =>
    {
        var set = Set;
        return Task.FromResult(Body.Json(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("catalogs");
            foreach (var id in set.Ids)
            {
                var catalog = set[id].Catalog;
                w.WriteStartObject();
                w.WriteString("id", catalog.Id);
                w.WriteString("version", catalog.Version);
                if (catalog.Title is { } title)
                {
                    WriteText(w, "title", title, query.Language);
                }

                w.WriteNumber("lists", catalog.Lists.Length);
                w.WriteNumber("policies", catalog.Policies.Length);

                // A firm answers "where are you registered" by picking a district, not by typing a GB/T 2260 code.
                w.WriteStartArray("districts");
                foreach (var district in DistrictsOf(catalog))
                {
                    w.WriteStartObject();
                    w.WriteString("code", district.Code.Value);
                    WriteText(w, "name", district.Name, query.Language);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    });

    public Task Catalog(HttpContext http) => Run(http, _options.RequestTimeout, (_, _) =>
    {
        var id = http.Request.RouteValues["id"] as string ?? "";
        var catalog = Evaluator(id, "id").Catalog;
        return Task.FromResult<Body>(Encoding.UTF8.GetBytes(CatalogJson.Write(catalog, indented: false)));
    });

    public Task Match(HttpContext http) => Run(http, _options.RequestTimeout, async (query, cancel) =>
    {
        var evaluator = Evaluator(query.Catalog, "catalog");
        var profile = await ReadProfile(http, evaluator.Catalog, cancel).ConfigureAwait(false);
        var report = evaluator.Evaluate(profile, query.AsOf);
        var options = new ReportWriteOptions { Language = query.Language, IncludeReasons = query.Reasons, Indented = false };
        return Body.Json(w => ReportJson.Write(report, w, options));
    });

    public Task Explain(HttpContext http) => Run(http, _options.RequestTimeout, async (query, cancel) =>
    {
        var evaluator = Evaluator(query.Catalog, "catalog");
        var policyId = query.Get("policy") ?? throw Problem.BadQuery("policy", "explain needs the policy to explain: ?policy=<id>.");
        if (evaluator.Catalog.FindPolicy(policyId) is null)
        {
            throw Problem.NotFound("policy", $"catalog {evaluator.Catalog.Id} has no policy '{policyId}'.");
        }

        var profile = await ReadProfile(http, evaluator.Catalog, cancel).ConfigureAwait(false);
        var report = evaluator.Evaluate(profile, query.AsOf);
        var requirement = PolicyGuide.WhatItWouldTake(report, evaluator.Catalog, policyId)
            ?? throw Problem.NotFound("policy", $"policy {policyId} of catalog {evaluator.Catalog.Id} is not in force on {LocalDatePattern.Iso.Format(query.AsOf)}.");
        return Encoding.UTF8.GetBytes(GuidanceJson.WriteRequirement(requirement, new ReportWriteOptions { Language = query.Language, Indented = false }));
    });

    public Task Ask(HttpContext http) => Run(http, _options.RequestTimeout, async (query, cancel) =>
    {
        var evaluator = Evaluator(query.Catalog, "catalog");
        var profile = await ReadProfile(http, evaluator.Catalog, cancel).ConfigureAwait(false);
        var report = evaluator.Evaluate(profile, query.AsOf);
        var questions = PolicyGuide.NextQuestions(report, evaluator.Catalog);
        return Encoding.UTF8.GetBytes(GuidanceJson.WriteQuestions(report, questions, new ReportWriteOptions { Language = query.Language, Indented = false }));
    });

    public Task Diff(HttpContext http) => Run(http, _options.RequestTimeout, async (query, cancel) =>
    {
        var oldId = query.Get("old") ?? throw Problem.BadQuery("old", "diff needs the old catalog: ?old=<id>&new=<id>.");
        var newId = query.Get("new") ?? throw Problem.BadQuery("new", "diff needs the new catalog: ?old=<id>&new=<id>.");
        var old = Evaluator(oldId, "old").Catalog;
        var @new = Evaluator(newId, "new").Catalog;
        var oldAsOf = query.Date("oldAsOf") ?? query.AsOf;
        var profile = await ReadProfile(http, @new, cancel).ConfigureAwait(false);
        EditionComparison comparison;
        try
        {
            comparison = PolicyGuide.CompareEditions(profile, old, oldAsOf, @new, query.AsOf);
        }
        catch (ArgumentException e)
        {
            throw new Problem(StatusCodes.Status400BadRequest, "The catalogs cannot be compared", e.Message, location: "old");
        }

        return Encoding.UTF8.GetBytes(GuidanceJson.WriteComparison(comparison, new ReportWriteOptions { Language = query.Language, Indented = false }));
    });

    public Task Simulate(HttpContext http) => Run(http, _options.SimulationTimeout, async (query, cancel) =>
    {
        var catalog = Evaluator(query.Catalog, "catalog").Catalog;
        var baseline = query.Get("baseline") is { } b ? Evaluator(b, "baseline").Catalog : null;
        LimitBody(http, _options.MaxPopulationBytes);
        var population = await PopulationReader.ReadJsonLinesAsync(http.Request.Body, catalog.Schema, "request body", cancellationToken: cancel).ConfigureAwait(false);
        var result = PopulationEvaluatorOf(catalog).Simulate(population, query.AsOf, baseline is null ? null : PopulationEvaluatorOf(baseline), cancellationToken: cancel);
        return Encoding.UTF8.GetBytes(SimulationJson.Write(result, indented: false));
    });

    public Task OpenApi(HttpContext http) => Run(http, _options.RequestTimeout, (_, _) => Task.FromResult<Body>(_openApi.Value));

    private PopulationEvaluator PopulationEvaluatorOf(PolicyCatalog catalog) =>
        _populationEvaluators.GetOrAdd(catalog.Id, _ => new PopulationEvaluator(catalog));

    private IPolicyEvaluator Evaluator(string? id, string parameter)
    {
        var set = Set;
        if (id is null)
        {
            return set.Default;
        }

        return set.Ids.Contains(id)
            ? set[id]
            : throw Problem.NotFound(parameter, $"no catalog '{id}' is registered (registered: {string.Join(", ", set.Ids)}).");
    }

    private async Task<EnterpriseProfile> ReadProfile(HttpContext http, PolicyCatalog catalog, CancellationToken cancel)
    {
        LimitBody(http, _options.MaxProfileBytes);
        var read = new CatalogReadOptions { MaxBytes = _options.MaxProfileBytes };
        return await ProfileJson.ReadAsync(http.Request.Body, catalog.Schema, read, "request body", cancel).ConfigureAwait(false);
    }

    private static void LimitBody(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit)
        {
            throw Problem.TooLarge(limit);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
    }

    /// <summary>Runs one handler within the time limit and turns every failure into a problem response.</summary>
    private async Task Run(HttpContext http, TimeSpan timeout, Func<Query, CancellationToken, Task<Body>> handler)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timer.CancelAfter(timeout);

        // The body is written into pooled memory first, so a failure while writing still becomes a
        // problem response, and the answer carries its Content-Length.
        using var buffer = new PooledBufferWriter();
        Problem? failure = null;
        try
        {
            var query = new Query(http.Request.Query, _services.GetRequiredService<PolicyCalendar>());
            var body = await handler(query, timer.Token).ConfigureAwait(false);
            body.WriteTo(buffer);
        }
        catch (Problem problem)
        {
            failure = problem;
        }
        catch (InputFormatException e)
        {
            failure = new Problem(StatusCodes.Status400BadRequest, "The request body is not readable", e.Message, e.Location, e.SourceName, e.LineNumber, e.BytePositionInLine);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            failure = Problem.TooLarge(http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client left: nobody to answer
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            failure = new Problem(StatusCodes.Status503ServiceUnavailable, "The request took too long", $"the request was not finished within {timeout.TotalSeconds:0.###} seconds (PolicyKitEndpointOptions).");
        }

        if (failure is not null)
        {
            buffer.Clear();
            buffer.Write(failure.Write(http.Request.Path));
        }

        http.Response.StatusCode = failure?.Status ?? StatusCodes.Status200OK;
        http.Response.ContentType = failure is null ? Json : ProblemJson;
        http.Response.ContentLength = buffer.WrittenCount;
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>What a handler answers: bytes it already has, or JSON to write.</summary>
    private readonly struct Body
    {
        // What PolicyKit's canonical writer uses when compact: Chinese stays readable, and the
        // report writer's cached per-item fragments apply (a served report spends most of its time in text).
        private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly byte[]? _bytes;
        private readonly Action<Utf8JsonWriter>? _json;

        private Body(byte[]? bytes, Action<Utf8JsonWriter>? json) => (_bytes, _json) = (bytes, json);

        public static implicit operator Body(byte[] bytes) => new(bytes, null);

        public static Body Json(Action<Utf8JsonWriter> write) => new(null, write);

        public void WriteTo(PooledBufferWriter buffer)
        {
            if (_bytes is not null)
            {
                buffer.Write(_bytes);
                return;
            }

            using var writer = new Utf8JsonWriter(buffer, Compact);
            _json!(writer);
        }
    }

    /// <summary>The known districts within the jurisdictions of a catalog's lists: where its firms can be registered.</summary>
    private static IEnumerable<Jurisdiction> DistrictsOf(PolicyCatalog catalog) =>
        KnownJurisdictions.All.Where(j => j.Level == JurisdictionLevel.District && catalog.Lists.Any(l => j.Code.IsWithin(l.Jurisdiction)));

    private static void WriteText(Utf8JsonWriter w, string name, LocalizedText text, Language? language)
    {
        if (language is { } l)
        {
            w.WriteString(name, text.In(l));
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("zh", text.Zh);
        if (text.En is { } en)
        {
            w.WriteString("en", en);
        }

        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>The query parameters every endpoint shares: catalog, asOf, lang, reasons.</summary>
    private sealed class Query
    {
        private readonly IQueryCollection _query;

        public Query(IQueryCollection query, PolicyCalendar calendar)
        {
            _query = query;
            Catalog = Get("catalog");
            AsOf = Date("asOf") ?? calendar.Today();
            Language = Get("lang") switch
            {
                null => null,
                "zh" => Text.Language.Zh,
                "en" => Text.Language.En,
                var other => throw Problem.BadQuery("lang", $"lang '{other}' is not supported; use zh or en, or leave it out for both."),
            };
            Reasons = Get("reasons") switch
            {
                null or "true" => true,
                "false" => false,
                var other => throw Problem.BadQuery("reasons", $"reasons '{other}' is not true or false."),
            };
        }

        public string? Catalog { get; }

        public LocalDate AsOf { get; }

        public Language? Language { get; }

        public bool Reasons { get; }

        public string? Get(string name)
        {
            var values = _query[name];
            if (values.Count > 1)
            {
                throw Problem.BadQuery(name, $"{name} is given {values.Count} times; give it once.");
            }

            return values.Count == 1 && values[0] is { Length: > 0 } value ? value : null;
        }

        public LocalDate? Date(string name)
        {
            if (Get(name) is not { } text)
            {
                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw Problem.BadQuery(name, $"{name} '{text}' is not a yyyy-MM-dd date.");
        }
    }
}
