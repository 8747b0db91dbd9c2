using PolicyKit.Facts;

namespace PolicyKit.Catalogs.Qingdao;

/// <summary>
/// Typed keys for the facts the Qingdao reference catalog declares beyond the standard ones, so that
/// rule authors can set them on a profile: <c>builder.Set(QingdaoFacts.ProjectCombinedDevelopment, true)</c>.
/// </summary>
/// <remarks>Both are read by the "industry upstairs" item (000_34899839cc439578.txt). Immutable.</remarks>
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
}
