namespace PolicyKit.Diff;

/// <summary>What changed between an item of an old catalog and its match in a new one.</summary>
[Flags]
public enum PolicyChanges
{
    /// <summary>Nothing compared differs.</summary>
    None = 0,

    /// <summary>The title.</summary>
    Title = 1,

    /// <summary>Who qualifies: the eligibility predicate.</summary>
    Eligibility = 2,

    /// <summary>What they receive: the award rule.</summary>
    Award = 4,

    /// <summary>The days in force (the item's own validity, else its list's).</summary>
    Validity = 8,

    /// <summary>How it stacks: stacks-on target or exclusive group.</summary>
    Stacking = 16,

    /// <summary>The funds it is paid from.</summary>
    FundingKind = 32,

    /// <summary>Where it sits: list, section or theme.</summary>
    Placement = 64,

    /// <summary>The issuing level or the upper-level item it enhances.</summary>
    Level = 128,

    /// <summary>The department, citations or note.</summary>
    Documentation = 256,
}

/// <summary>How an item of the new catalog was matched to one of the old.</summary>
public enum PolicyMatchKind
{
    /// <summary>Both catalogs have an item with this id.</summary>
    SameId,

    /// <summary>The new item's <see cref="Model.Policy.Continues"/> names the old item (延续实施).</summary>
    Continues,
}
