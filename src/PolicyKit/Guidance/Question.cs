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
        IsOpen = fact.IsOpen;
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
}
