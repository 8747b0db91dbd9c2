namespace PolicyKit.Facts;

/// <summary>The type of an enterprise fact, which fixes the values it takes and the comparisons it allows.</summary>
public enum FactType
{
    /// <summary>Yes or no (e.g. 小型微利企业). Allows <c>eq</c>, <c>ne</c>.</summary>
    Bool = 1,

    /// <summary>A whole number (e.g. employees). Allows every comparison.</summary>
    Integer,

    /// <summary>A decimal number with a unit (e.g. site area in mu). Allows every comparison.</summary>
    Decimal,

    /// <summary>An amount of money in yuan, held as <see cref="decimal"/>. Allows every comparison.</summary>
    Money,

    /// <summary>A calendar date. Allows every comparison.</summary>
    Date,

    /// <summary>Free text (e.g. a name). Allows <c>eq</c>, <c>ne</c>.</summary>
    Text,

    /// <summary>An administrative division code (GB/T 2260). Allows <c>eq</c>, <c>ne</c> and <c>within</c>.</summary>
    Jurisdiction,

    /// <summary>One code of a set (e.g. scale). Allows <c>eq</c>, <c>ne</c> and <c>in</c>.</summary>
    Code,

    /// <summary>Several codes of a set (e.g. industries). Allows <c>in</c> (true when any code is in the set).</summary>
    CodeSet,

    /// <summary>Certifications, each with a kind and the dates it was recognised and expires. Tested with <c>has</c>.</summary>
    Certifications,
}
