using NodaTime;
using PolicyKit.CatalogFiles;
using PolicyKit.Model;
using PolicyKit.Profiles;
using PolicyKit.Sources;

namespace PolicyKit.Catalogs.Qingdao;

/// <summary>
/// The embedded reference catalog for Qingdao (青岛市) and its districts, built only from the
/// cited source documents, and a fictional sample enterprise to try it with.
/// </summary>
/// <remarks>
/// <para>
/// The catalog (<see cref="Reference"/>, id <c>qingdao-reference</c>) models the Laoshan 2023
/// first-batch list (2023年崂山区“稳中向好、进中提质”政策清单（第一批）), its 2022 predecessor,
/// Qingdao's 2023 first-batch list, Laoshan's "industry upstairs" measures, doubling plan and
/// culture-and-tourism rules, the Qingdao VR park policies and Jimo's output-per-mu payout ratios.
/// Every item cites its source document with a verbatim quote; where the documents are silent the
/// item says "not stated" in its note, and each list declares how many items it has, which is
/// more than the catalog models. <c>docs/reference-catalog.md</c> lists every choice.
/// </para>
/// <para>
/// The catalog is read from the embedded JSON through <see cref="CatalogJson"/> on first use and
/// then shared; all members are thread-safe.
/// </para>
/// </remarks>
public static class QingdaoCatalogs
{
    /// <summary>The id of the reference catalog, <c>qingdao-reference</c>.</summary>
    public const string ReferenceId = "qingdao-reference";

    private const string ResourcePrefix = "PolicyKit.Catalogs.Qingdao.Catalogs.";

    private static readonly Lazy<PolicyCatalog> _reference = new(LoadReference, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<EnterpriseProfile> _sampleProfile = new(LoadSampleProfile, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The Qingdao reference catalog, read from the embedded JSON on first use.</summary>
    /// <remarks>The same instance on every call. Thread-safe.</remarks>
    /// <exception cref="InvalidOperationException">The embedded resource is missing (a packaging fault).</exception>
    public static PolicyCatalog Reference => _reference.Value;

    /// <summary>The ids of the embedded catalogs, for <see cref="Get"/>.</summary>
    public static IReadOnlyList<string> Ids { get; } = [ReferenceId];

    /// <summary>
    /// A fictional Laoshan virtual-reality enterprise (示例虚拟现实科技有限公司（虚构）, USCC all nines),
    /// recognised as a unicorn on 2023-05-10, to try the catalog with on <see cref="SampleAsOf"/>.
    /// </summary>
    /// <remarks>
    /// Invented for demonstration; it describes no real enterprise. On <see cref="SampleAsOf"/> its
    /// report has eligible items (unicorn award, doubling-plan candidate), ineligible ones (green
    /// base, culture and tourism, tax reduction) and an undetermined one ("industry upstairs",
    /// whose project facts are not given). The profile is over the reference catalog's schema.
    /// </remarks>
    public static EnterpriseProfile SampleProfile => _sampleProfile.Value;

    /// <summary>The date to evaluate <see cref="SampleProfile"/> on: 2023-06-30, inside the 2023 lists' validity.</summary>
    public static LocalDate SampleAsOf { get; } = new(2023, 6, 30);

    /// <summary>The embedded catalog with id <paramref name="id"/>.</summary>
    /// <param name="id">One of <see cref="Ids"/> (ordinal comparison).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="KeyNotFoundException">No embedded catalog has that id; the message lists the known ids.</exception>
    public static PolicyCatalog Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return string.Equals(id, ReferenceId, StringComparison.Ordinal)
            ? Reference
            : throw new KeyNotFoundException($"no embedded catalog has id '{id}'; known ids: {string.Join(", ", Ids)}.");
    }

    private static PolicyCatalog LoadReference()
    {
        using var stream = OpenResource("qingdao-reference.json");
        return CatalogJson.Read(stream, sourceName: "embedded:" + ResourcePrefix + "qingdao-reference.json");
    }

    private static EnterpriseProfile LoadSampleProfile()
    {
        using var stream = OpenResource("sample-profile.json");
        return ProfileJson.Read(stream, Reference.Schema);
    }

    private static Stream OpenResource(string fileName) =>
        typeof(QingdaoCatalogs).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new InvalidOperationException($"embedded resource '{ResourcePrefix}{fileName}' is missing from {typeof(QingdaoCatalogs).Assembly.GetName().Name}; the package was built without its catalog files.");
}
