using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Testing.Synthetic;

/// <summary>
/// Generates a SYNTHETIC Laoshan-like population for a catalog: seeded, deterministic firms, most
/// registered in Laoshan (370212) or one of its streets, the rest elsewhere in Qingdao; the
/// catalog's own yes/no facts filled at random. Invented firms for examples and benchmarks, not
/// statistics of any real district.
/// </summary>
public static class SyntheticPopulation
{
    private static readonly JurisdictionCode[] Elsewhere = [.. new[] { "370202", "370203", "370213", "370214", "370215" }.Select(JurisdictionCode.Parse)];

    /// <summary>Generates <paramref name="count"/> firms over <paramref name="catalog"/>'s schema.</summary>
    /// <param name="catalog">The catalog whose facts the firms fill.</param>
    /// <param name="seed">The seed; equal seeds give equal firms.</param>
    /// <param name="count">How many firms.</param>
    /// <param name="unknownShare">The chance, from 0 to 1, that any one fact is left unknown.</param>
    public static IEnumerable<EnterpriseProfile> LaoshanLike(PolicyCatalog catalog, int seed, int count, double unknownShare = 0.1)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var declared = catalog.Schema.Facts.Skip(StandardFacts.Definitions.Length).Where(f => f.Type == FactType.Bool).ToArray();
        for (var i = 0; i < count; i++)
        {
            var builder = SyntheticProfiles.One(catalog.Schema, random, unknownShare, $"synthetic-laoshan-{i:D7}").ToBuilder();
            if (random.NextDouble() >= unknownShare)
            {
                var roll = random.NextDouble();
                builder.Set(StandardFacts.District, roll < 0.7 ? JurisdictionCode.Parse("370212")
                    : roll < 0.85 ? JurisdictionCode.Parse("37021200" + (1 + random.Next(5)).ToString(System.Globalization.CultureInfo.InvariantCulture))
                    : Elsewhere[random.Next(Elsewhere.Length)]);
            }

            foreach (var fact in declared)
            {
                if (random.NextDouble() >= unknownShare)
                {
                    builder.Set(fact.Id, FactValue.Bool(random.NextDouble() < 0.3));
                }
            }

            yield return builder.Build();
        }
    }
}
