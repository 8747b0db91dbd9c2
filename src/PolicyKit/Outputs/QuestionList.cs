using System.Collections.Immutable;
using PolicyKit.Evaluation;
using PolicyKit.Guidance;

namespace PolicyKit.Outputs;

/// <summary>
/// The next questions for one report, as <see cref="GuidanceJson.WriteQuestions"/> writes them: the
/// value a host puts in its own DTO when it serialises questions with
/// <see cref="PolicyKitJsonSerializerOptionsExtensions.AddPolicyKit"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Report">The report the questions were drawn from (for its catalog and date).</param>
/// <param name="Questions">The questions, as <see cref="PolicyGuide.NextQuestions"/> ranked them.</param>
public sealed record QuestionList(DecisionReport Report, ImmutableArray<Question> Questions);
