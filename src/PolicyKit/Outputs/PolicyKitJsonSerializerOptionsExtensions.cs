using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyKit.Canonical;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Guidance;
using PolicyKit.Profiles;
using PolicyKit.Simulation;
using PolicyKit.Sources;

namespace PolicyKit.Outputs;

/// <summary>
/// Lets <see cref="JsonSerializer"/> read and write PolicyKit's values in their documented JSON, so a
/// host can put them in its own DTOs: profiles both ways, reports, requirements, questions, edition
/// comparisons and simulation results written.
/// </summary>
/// <remarks>
/// Every converter delegates to PolicyKit's own reader or writer (<see cref="ProfileJson"/>,
/// <see cref="ReportJson"/>, <see cref="GuidanceJson"/>, <see cref="SimulationJson"/>), so the
/// bytes are theirs: a change to those formats reaches serialised DTOs with no change here.
/// Reports and the other outputs are written, not read (reading one throws
/// <see cref="NotSupportedException"/>). Thread-safe once added.
/// </remarks>
public static class PolicyKitJsonSerializerOptionsExtensions
{
    /// <summary>Adds PolicyKit's converters to <paramref name="options"/>.</summary>
    /// <param name="options">The serializer options (not yet used for serialising: they are then read-only).</param>
    /// <param name="schema">The schema profiles are read against (<see cref="FactSchema.Standard"/> when null).</param>
    /// <param name="write">Language and reasons of written outputs (<see cref="ReportWriteOptions.Default"/> when null; indentation is the serializer's).</param>
    /// <param name="read">Limits of a read profile (<see cref="CatalogReadOptions.Default"/> when null).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions AddPolicyKit(this JsonSerializerOptions options, FactSchema? schema = null, ReportWriteOptions? write = null, CatalogReadOptions? read = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        write = (write ?? ReportWriteOptions.Default) with { Indented = false };
        options.Converters.Add(new ProfileConverter(schema ?? FactSchema.Standard, read ?? CatalogReadOptions.Default));
        options.Converters.Add(new WriteOnly<DecisionReport>((w, r) => ReportJson.Write(r, w, write)));
        options.Converters.Add(new WriteOnly<Requirement>((w, r) => w.WriteRawValue(GuidanceJson.WriteRequirement(r, write))));
        options.Converters.Add(new WriteOnly<QuestionList>((w, q) => w.WriteRawValue(GuidanceJson.WriteQuestions(q.Report, q.Questions, write))));
        options.Converters.Add(new WriteOnly<EditionComparison>((w, c) => w.WriteRawValue(GuidanceJson.WriteComparison(c, write))));
        options.Converters.Add(new WriteOnly<SimulationResult>((w, s) => w.WriteRawValue(SimulationJson.Write(s, indented: false))));
        return options;
    }

    /// <summary>A profile in profile JSON (specification §4), read strictly against a schema.</summary>
    private sealed class ProfileConverter(FactSchema schema, CatalogReadOptions read) : JsonConverter<EnterpriseProfile>
    {
        public override EnterpriseProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // The value's own bytes go to the strict reader, so duplicates, unknown facts and wrong
            // types fail as they do in ProfileJson.Read; positions are within the value.
            using var document = JsonDocument.ParseValue(ref reader);
            var utf8 = System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
            return ProfileJsonReader.Read(JsonSource.FromUtf8(utf8, read, "profile value", InputErrors.Profile), read, schema);
        }

        public override void Write(Utf8JsonWriter writer, EnterpriseProfile value, JsonSerializerOptions options) =>
            ProfileJsonWriter.Write(writer, value, includeId: true);
    }

    /// <summary>An output PolicyKit writes and never reads.</summary>
    private sealed class WriteOnly<T>(Action<Utf8JsonWriter, T> write) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException($"PolicyKit writes {typeof(T).Name} JSON but does not read it back; keep the value, or read the JSON as a document.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }
}
