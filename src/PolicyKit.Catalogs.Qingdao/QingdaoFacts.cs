using PolicyKit.Facts;

namespace PolicyKit.Catalogs.Qingdao;

/// <summary>
/// Typed keys for the facts the Qingdao reference catalog declares beyond the standard ones, so that
/// rule authors can set them on a profile: <c>builder.Set(QingdaoFacts.ProjectCombinedDevelopment, true)</c>.
/// </summary>
/// <remarks>
/// Where the sources leave a decisive condition unstated, a declared fact stands for it, so that an
/// item is undetermined until someone who knows says yes: the text alone never makes a firm eligible. Immutable.
/// </remarks>
public static class QingdaoFacts
{
    /// <summary>
    /// 符合崂山区产业导向: whether the enterprise fits Laoshan's industry guidance. The "industry upstairs"
    /// measures encourage industries "including but not limited to" a list (包括但不限于), so outside the
    /// listed industries this fact decides; unknown leaves the item undetermined.
    /// </summary>
    public static FactKey<bool> FitsLaoshanIndustryGuidance { get; } = FactKey.Bool("enterprise.fitsLaoshanIndustryGuidance");

    /// <summary>
    /// 整合多个低效存量用地或储备地进行综合开发: whether the project combines several low-efficiency or
    /// reserve plots into one development.
    /// </summary>
    public static FactKey<bool> ProjectCombinedDevelopment { get; } = FactKey.Bool("project.combinedDevelopment");

    /// <summary>
    /// 符合《崂山区促进文化产业和旅游业高质量发展实施细则》某一条政策的条件: the rules' 17 policies are not
    /// stated one by one (002_90f3867611f83e15.txt), so this fact decides Laoshan's culture-and-tourism award.
    /// </summary>
    public static FactKey<bool> MeetsLaoshanCultureTourismPolicy { get; } = FactKey.Bool("enterprise.meetsLaoshanCultureTourismPolicy");

    /// <summary>符合青岛市文旅奖励的条件: the city award's conditions are not stated, so this fact decides it.</summary>
    public static FactKey<bool> MeetsQingdaoCultureTourismAward { get; } = FactKey.Bool("enterprise.meetsQingdaoCultureTourismAward");

    /// <summary>工业企业: an industrial enterprise, as the doubling plan selects 规上工业企业.</summary>
    public static FactKey<bool> Industrial { get; } = FactKey.Bool("enterprise.industrial");

    /// <summary>属于工业互联网领域: in the industrial-internet field, which has no industry code.</summary>
    public static FactKey<bool> IndustrialInternet { get; } = FactKey.Bool("enterprise.industrialInternet");
}
