using System.Collections.Immutable;
using PolicyKit.Awards;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Model;

/// <summary>
/// One item of a policy list: who qualifies (<see cref="Eligibility"/>), what they receive
/// (<see cref="Award"/>), from which funds, how it stacks, when it is in force and where it is written.
/// </summary>
/// <remarks>Immutable once built; set its members with an object initializer.</remarks>
public sealed class Policy
{
    /// <summary>The item id, unique in its catalog.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the list it belongs to.</summary>
    public required string List { get; init; }

    /// <summary>The section id, or <see langword="null"/> when the documents do not say.</summary>
    public string? Section { get; init; }

    /// <summary>The theme id, or <see langword="null"/> when the documents do not say.</summary>
    public string? Theme { get; init; }

    /// <summary>The title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>New, or continued from <see cref="Continues"/>.</summary>
    public PolicyStatus Status { get; init; } = PolicyStatus.New;

    /// <summary>For a continued item, the id of the predecessor list's item it continues.</summary>
    public string? Continues { get; init; }

    /// <summary>The level of the authority that issued the item.</summary>
    public JurisdictionLevel Level { get; init; } = JurisdictionLevel.District;

    /// <summary>The upper-level item this one improves on (优化提升), or <see langword="null"/>.</summary>
    public string? Enhances { get; init; }

    /// <summary>The responsible department, if stated.</summary>
    public LocalizedText? Department { get; init; }

    /// <summary>The days in force; when <see langword="null"/>, the list's validity.</summary>
    public Validity? Validity { get; init; }

    /// <summary>Who qualifies.</summary>
    public Predicate Eligibility { get; init; } = Predicate.Always;

    /// <summary>What they receive.</summary>
    public AwardRule Award { get; init; } = AwardRule.None;

    /// <summary>The funds it is paid from.</summary>
    public FundingKind FundingKind { get; init; } = FundingKind.NonInvestment;

    /// <summary>How it combines with other awards.</summary>
    public Stacking Stacking { get; init; } = Stacking.Standalone;

    /// <summary>The sources.</summary>
    public ImmutableArray<Citation> Citations { get; init; } = [];

    /// <summary>What the documents leave open ("not stated"), for people reading the rule.</summary>
    public LocalizedText? Note { get; init; }

    /// <summary>How to apply and how it pays out (申兑指南), as far as the sources state it; <see langword="null"/> when they state nothing.</summary>
    public ApplicationGuide? Guide { get; init; }
}
