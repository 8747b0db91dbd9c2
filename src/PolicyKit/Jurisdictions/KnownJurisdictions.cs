namespace PolicyKit.Jurisdictions;

/// <summary>
/// The divisions named in the source documents (docs/reference-catalog.md lists them): Shandong, Qingdao and its
/// districts Laoshan, Licang and Jimo.
/// </summary>
public static class KnownJurisdictions
{
    /// <summary>山东省 Shandong province, 370000.</summary>
    public static Jurisdiction Shandong { get; } = new(JurisdictionCode.Parse("370000"), new("山东省", "Shandong"), null);

    /// <summary>青岛市 Qingdao city, 370200.</summary>
    public static Jurisdiction Qingdao { get; } = new(JurisdictionCode.Parse("370200"), new("青岛市", "Qingdao"), Shandong.Code);

    /// <summary>崂山区 Laoshan district, 370212.</summary>
    public static Jurisdiction Laoshan { get; } = new(JurisdictionCode.Parse("370212"), new("崂山区", "Laoshan"), Qingdao.Code);

    /// <summary>李沧区 Licang district, 370213.</summary>
    public static Jurisdiction Licang { get; } = new(JurisdictionCode.Parse("370213"), new("李沧区", "Licang"), Qingdao.Code);

    /// <summary>即墨区 Jimo district, 370215.</summary>
    public static Jurisdiction Jimo { get; } = new(JurisdictionCode.Parse("370215"), new("即墨区", "Jimo"), Qingdao.Code);

    /// <summary>All of the above, from the top down.</summary>
    public static IReadOnlyList<Jurisdiction> All { get; } = [Shandong, Qingdao, Laoshan, Licang, Jimo];

    /// <summary>Finds a known division by code.</summary>
    /// <returns>The division, or <see langword="null"/> when it is not one of <see cref="All"/>.</returns>
    public static Jurisdiction? Find(JurisdictionCode code) => All.FirstOrDefault(j => j.Code == code);
}
