using System.Collections.Immutable;
using PolicyKit.Facts;
using PolicyKit.Text;

namespace PolicyKit.Guidance;

/// <summary>
/// A fact worth asking an enterprise next (specification §9): it appears in the missing facts of at least
/// one undetermined decision, so its answer can still change a verdict.
/// </summary>
/// <remarks>
/// Questions come ranked from <see cref="PolicyGuide.NextQuestions"/>: by
/// <see cref="UpToAtStake"/> (descending), then <see cref="Decisions"/> (descending), then
/// <see cref="FactId"/> (ordinal). Answering a question never turns a decided verdict
/// undetermined (Kleene logic is monotone, specification §3). Immutable.
/// </remarks>
public sealed class Question
{
    internal Question(FactDefinition fact, ImmutableArray<string> policies, decimal upToAtStake, bool upToIsBounded)
    {
        FactId = fact.Id;
        Label = fact.Label;
        Type = fact.Type;
        Unit = fact.Unit;
        Codes = fact.Codes;
        CodeLabels = fact.CodeLabels;
        IsOpen = fact.IsOpen;
        TypeText = TypeTextOf(fact);
        Policies = policies;
        UpToAtStake = upToAtStake;
        UpToIsBounded = upToIsBounded;
    }

    /// <summary>The fact asked for, e.g. <c>enterprise.employees</c>.</summary>
    public string FactId { get; }

    /// <summary>The fact's label in Chinese and English, to put the question to a person.</summary>
    public LocalizedText Label { get; }

    /// <summary>The type of answer wanted.</summary>
    public FactType Type { get; }

    /// <summary>The unit of a number answer (<c>yuan</c>, <c>mu</c>, <c>persons</c>), or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>The known codes to offer as choices (empty for facts without codes).</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Whether codes beyond <see cref="Codes"/> are accepted.</summary>
    public bool IsOpen { get; }

    /// <summary>The labels of the codes, by code (the fact's <see cref="FactDefinition.CodeLabels"/>).</summary>
    public ImmutableDictionary<string, LocalizedText> CodeLabels { get; }

    /// <summary>
    /// The type of answer as a person says it: 是/否, 数值（亩）, 金额（元）, 行政区划, 选项 / yes/no, number (mu),
    /// amount (yuan), division, choice.
    /// </summary>
    public LocalizedText TypeText { get; }

    /// <summary>The undetermined policies whose missing facts list this fact, in report order.</summary>
    public ImmutableArray<string> Policies { get; }

    /// <summary>How many undetermined decisions this fact bears on (the length of <see cref="Policies"/>).</summary>
    public int Decisions => Policies.Length;

    /// <summary>
    /// The sum, in yuan, of the up-to of those decisions: what the answer can still decide.
    /// Non-monetary awards add nothing.
    /// </summary>
    public decimal UpToAtStake { get; }

    /// <summary>False when some of those awards state no ceiling; <see cref="UpToAtStake"/> then sums the bounded ones.</summary>
    public bool UpToIsBounded { get; }

    private static LocalizedText TypeTextOf(FactDefinition fact)
    {
        var (zh, en) = fact.Type switch
        {
            FactType.Bool => ("是/否", "yes/no"),
            FactType.Integer => ("整数", "whole number"),
            FactType.Decimal => ("数值", "number"),
            FactType.Money => ("金额", "amount"),
            FactType.Date => ("日期", "date"),
            FactType.Jurisdiction => ("行政区划", "division"),
            FactType.Code => ("选项", "choice"),
            FactType.CodeSet => ("多选", "choices"),
            FactType.Certifications => ("资质认定", "recognitions"),
            _ => ("文字", "text"),
        };
        var unit = fact.Unit switch
        {
            "yuan" => ("元", "yuan"),
            "mu" => ("亩", "mu"),
            "persons" => ("人", "persons"),
            null or "" => default((string, string)?),
            var other => (other, other),
        };
        return unit is { } u ? new($"{zh}（{u.Item1}）", $"{en} ({u.Item2})") : new(zh, en);
    }
}
