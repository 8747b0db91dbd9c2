using System.Text;
using NodaTime;
using NodaTime.Text;
using PolicyKit.Canonical;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Evaluation;

/// <summary>
/// The determination id: SHA-256 over the catalog's content hash, the canonical profile (facts
/// sorted by id, culture-free values) and the as-of date. Equal inputs give equal ids on any
/// machine, culture or time zone.
/// </summary>
internal static class Determination
{
    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes("policykit/determination/v1\n");

    public static string Compute(PolicyCatalog catalog, EnterpriseProfile profile, LocalDate asOf)
    {
        var profileBytes = CanonicalJson.ToBytes(w => ProfileJsonWriter.Write(w, profile, includeId: false));
        var tail = Encoding.UTF8.GetBytes("\n" + LocalDatePattern.Iso.Format(asOf));
        var head = Encoding.UTF8.GetBytes(catalog.ContentHash() + "\n");
        var all = new byte[Prefix.Length + head.Length + profileBytes.Length + tail.Length];
        Prefix.CopyTo(all, 0);
        head.CopyTo(all, Prefix.Length);
        profileBytes.CopyTo(all, Prefix.Length + head.Length);
        tail.CopyTo(all, Prefix.Length + head.Length + profileBytes.Length);
        return CanonicalJson.Hash(all);
    }
}
