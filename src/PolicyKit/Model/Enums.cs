namespace PolicyKit.Model;

/// <summary>Whether an item is new in its list or carried over from the predecessor list.</summary>
public enum PolicyStatus
{
    /// <summary>Newly implemented (新实施).</summary>
    New,

    /// <summary>Continued from an item of the predecessor list (延续实施).</summary>
    Continued,
}

/// <summary>The kind of a sub-list.</summary>
public enum SectionKind
{
    /// <summary>The newly implemented policies (新实施政策清单).</summary>
    New,

    /// <summary>The continued policies (延续实施政策清单).</summary>
    Continued,
}
