using System.Text.Json;
using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Formats;
using PolicyKit.Guidance;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Sources;
using PolicyKit.Tests.Sources;
using PolicyKit.Text;

namespace PolicyKit.Tests.Outputs;

/// <summary><c>AddPolicyKit</c> lets <see cref="JsonSerializer"/> carry PolicyKit values in a host's own DTOs, in PolicyKit's own JSON.</summary>
public class SerializerOptionsTests
{
    private static readonly LocalDate AsOf = new(2024, 6, 30);
    private static readonly CompiledEvaluator Evaluator = new(ProfileSources.Catalog);
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().AddPolicyKit(ProfileSources.Schema, new ReportWriteOptions { Language = Language.En });

    /// <summary>A host's own DTO.</summary>
    public sealed record Envelope(string Caller, EnterpriseProfile Profile);

    /// <summary>A host's own response.</summary>
    public sealed record Answer(int Count, PolicyKit.Evaluation.DecisionReport Report, QuestionList Next);

    [Fact]
    public void Serialize_Report_IsTheReportWritersJson_AndNoLongerThrows()
    {
        var report = Evaluator.Evaluate(ProfileSources.Generate(1)[0], AsOf);

        var json = JsonSerializer.Serialize(report, Options);

        json.Should().Be(ReportJson.Write(report, new ReportWriteOptions { Language = Language.En, Indented = false }));
    }

    [Fact]
    public void Serialize_DtoWithReportAndQuestions_EmbedsTheWritersJson()
    {
        var report = Evaluator.Evaluate(ProfileSources.Generate(1)[0], AsOf);
        var questions = PolicyGuide.NextQuestions(report, ProfileSources.Catalog);

        var json = JsonSerializer.Serialize(new Answer(3, report, new QuestionList(report, questions)), Options);

        using var doc = JsonDocument.Parse(json);
        doc.RootElement.GetProperty("Count").GetInt32().Should().Be(3);
        doc.RootElement.GetProperty("Report").GetRawText().Should().Be(ReportJson.Write(report, new ReportWriteOptions { Language = Language.En, Indented = false }));
        doc.RootElement.GetProperty("Next").GetRawText().Should().Be(GuidanceJson.WriteQuestions(report, questions, new ReportWriteOptions { Language = Language.En, Indented = false }));
    }

    [Fact]
    public void Profile_RoundTripsThroughAHostsDto()
    {
        var profile = ProfileSources.Generate(3)[2];

        var json = JsonSerializer.Serialize(new Envelope("hotline", profile), Options);
        var back = JsonSerializer.Deserialize<Envelope>(json, Options)!;

        back.Caller.Should().Be("hotline");
        back.Profile.ContentEquals(profile).Should().BeTrue();
        back.Profile.Id.Should().Be(profile.Id);
    }

    [Theory]
    [InlineData("""{ "Caller": "x", "Profile": { "facts": { "no.such.fact": 1 } } }""", "no.such.fact")]
    [InlineData("""{ "Caller": "x", "Profile": { "facts": { "enterprise.employees": "many" } } }""", "enterprise.employees")]
    public void Deserialize_BadProfile_ThrowsTheStrictReadersError(string json, string named)
    {
        var read = () => JsonSerializer.Deserialize<Envelope>(json, Options);

        read.Should().Throw<ProfileFormatException>().Which.Message.Should().Contain(named);
    }

    [Fact]
    public void Deserialize_Report_IsRefusedWithAReason()
    {
        var read = () => JsonSerializer.Deserialize<PolicyKit.Evaluation.DecisionReport>("{}", Options);

        read.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("does not read it back");
    }
}
