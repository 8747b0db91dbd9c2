using PolicyKit.Text;

namespace PolicyKit.Jurisdictions;

/// <summary>A named administrative division: a province, city, district or street.</summary>
/// <remarks>Immutable. Equality compares code, name, level and parent.</remarks>
/// <param name="Code">The division code.</param>
/// <param name="Name">The name in Chinese and English.</param>
/// <param name="Parent">The code of the division directly above, or <see langword="null"/> at the top.</param>
public sealed record Jurisdiction(JurisdictionCode Code, LocalizedText Name, JurisdictionCode? Parent)
{
    /// <summary>The level read from the code.</summary>
    public JurisdictionLevel Level => Code.Level;
}
