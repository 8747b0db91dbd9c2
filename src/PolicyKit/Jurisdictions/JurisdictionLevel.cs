namespace PolicyKit.Jurisdictions;

/// <summary>The level of government that a jurisdiction or an issuing authority belongs to.</summary>
public enum JurisdictionLevel
{
    /// <summary>The state (国家).</summary>
    National,

    /// <summary>A province (省), e.g. Shandong 370000.</summary>
    Provincial,

    /// <summary>A prefecture-level city (市), e.g. Qingdao 370200.</summary>
    Municipal,

    /// <summary>A district or county (区/县), e.g. Laoshan 370212.</summary>
    District,

    /// <summary>A street or township (街道/乡镇) below a district.</summary>
    Street,
}
