using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Jurisdictions;
using PolicyKit.Text;

namespace PolicyKit.Model;

/// <summary>
/// A published policy list (政策清单), such as Laoshan's 2023 first batch: its issuer, dates,
/// predecessor and sub-lists.
/// </summary>
/// <remarks>Immutable once built; set its members with an object initializer.</remarks>
public sealed class PolicyList
{
    /// <summary>The list id, e.g. <c>laoshan-2023-1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title as published.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The jurisdiction whose list it is.</summary>
    public required JurisdictionCode Jurisdiction { get; init; }

    /// <summary>The issuing authority, if stated.</summary>
    public LocalizedText? Issuer { get; init; }

    /// <summary>The day it was published, if stated.</summary>
    public LocalDate? PublishedOn { get; init; }

    /// <summary>The days its items are in force unless an item says otherwise.</summary>
    public Validity Validity { get; init; }

    /// <summary>The id of the list it continues (e.g. the 2022 list), or <see langword="null"/>.</summary>
    public string? Predecessor { get; init; }

    /// <summary>The sub-lists.</summary>
    public ImmutableArray<PolicySection> Sections { get; init; } = [];

    /// <summary>Items the list declares in all, as published, when stated (may exceed what is modelled).</summary>
    public int? DeclaredItems { get; init; }

    /// <summary>What the sources say of the list beyond its structure, or leave open ("not stated").</summary>
    public LocalizedText? Note { get; init; }
}

/// <summary>A sub-list of a <see cref="PolicyList"/>: the new or the continued items, with themes.</summary>
/// <remarks>Declared counts are as published; they may differ from what a catalog models.</remarks>
public sealed class PolicySection
{
    /// <summary>The section id, unique in its list.</summary>
    public required string Id { get; init; }

    /// <summary>New or continued.</summary>
    public required SectionKind Kind { get; init; }

    /// <summary>The title, if stated.</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>Items declared, as published.</summary>
    public int? DeclaredItems { get; init; }

    /// <summary>Themes (aspects, domains) declared, as published.</summary>
    public int? DeclaredThemes { get; init; }

    /// <summary>The themes known by name (maybe fewer than declared).</summary>
    public ImmutableArray<Theme> Themes { get; init; } = [];
}

/// <summary>A named theme of a section, e.g. 降成本促流通.</summary>
/// <param name="Id">The theme id, unique in its section.</param>
/// <param name="Title">The theme's title.</param>
public sealed record Theme(string Id, LocalizedText Title);
