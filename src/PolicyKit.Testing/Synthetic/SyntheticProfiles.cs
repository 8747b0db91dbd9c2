using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Testing.Synthetic;

/// <summary>
/// Generates SYNTHETIC enterprise profiles over a catalog's schema: seeded, deterministic, values
/// clustered around the thresholds synthetic catalogs use, each fact unknown with a given share.
/// </summary>
public static class SyntheticProfiles
{
    /// <summary>Generates <paramref name="count"/> profiles.</summary>
    /// <param name="catalog">The catalog whose schema the profiles fill.</param>
    /// <param name="seed">The seed; equal seeds give equal profiles.</param>
    /// <param name="count">How many profiles.</param>
    /// <param name="unknownShare">The chance, from 0 to 1, that any one fact is left unknown.</param>
    public static IEnumerable<EnterpriseProfile> Generate(PolicyCatalog catalog, int seed, int count, double unknownShare = 0.1)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return One(catalog.Schema, random, unknownShare, $"synthetic-firm-{i}");
        }
    }

    /// <summary>
    /// Generates <paramref name="count"/> profiles aimed at <paramref name="catalog"/>'s own
    /// boundaries: each value is a constant the catalog compares with, a tier's start, the base at
    /// which a rate reaches its cap, or one fen or one day off, else 0 or a very large amount.
    /// For <see cref="SyntheticOptions.Coverage"/> catalogs; works with any catalog.
    /// </summary>
    /// <param name="catalog">The catalog whose schema and constants the profiles use.</param>
    /// <param name="seed">The seed; equal seeds give equal profiles.</param>
    /// <param name="count">How many profiles.</param>
    /// <param name="unknownShare">The chance, from 0 to 1, that any one fact is left unknown.</param>
    public static IEnumerable<EnterpriseProfile> Edges(PolicyCatalog catalog, int seed, int count, double unknownShare = 0.2)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return EdgesOf(new EdgeProfiles(catalog), new Random(seed), count, unknownShare);
    }

    private static IEnumerable<EnterpriseProfile> EdgesOf(EdgeProfiles edges, Random random, int count, double unknownShare)
    {
        for (var i = 0; i < count; i++)
        {
            yield return edges.Next(random, unknownShare, $"synthetic-edge-{i}");
        }
    }

    /// <summary>One profile from <paramref name="random"/>.</summary>
    public static EnterpriseProfile One(FactSchema schema, Random random, double unknownShare, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(random);
        var b = EnterpriseProfile.CreateBuilder(schema).WithId(id);
        bool Known() => random.NextDouble() >= unknownShare;

        if (Known())
        {
            b.Set(StandardFacts.District, random.NextDouble() < 0.05 ? Jurisdictions.JurisdictionCode.Parse("370212001") : Pick(random, SyntheticCatalog.Divisions));
        }

        if (Known())
        {
            b.Set(StandardFacts.Scale, random.NextDouble() < 0.5 ? "above-designated" : "below-designated");
        }

        if (Known())
        {
            b.Set(StandardFacts.Industries, [.. Enumerable.Range(0, random.Next(4)).Select(_ => Pick(random, SyntheticCatalog.Industries))]);
        }

        if (Known())
        {
            b.Set(StandardFacts.AnnualOutput, Near(random, SyntheticCatalog.Outputs));
        }

        if (Known())
        {
            b.Set(StandardFacts.AnnualRevenue, random.Next(0, 1_000_000_000) + random.Next(100) / 100m);
        }

        if (Known())
        {
            b.Set(StandardFacts.Employees, (long)Near(random, [.. SyntheticCatalog.Headcounts.Select(h => (decimal)h)]));
        }

        if (Known())
        {
            b.Set(StandardFacts.MuYieldGrade, Pick(random, ["A", "B", "C", "D"]));
        }

        if (Known())
        {
            b.Set(StandardFacts.Certifications, [.. Enumerable.Range(0, random.Next(4)).Select(_ => Certification(random))]);
        }

        if (Known())
        {
            b.Set(StandardFacts.VatTaxpayer, random.NextDouble() < 0.5 ? "small-scale" : "general");
        }

        if (Known())
        {
            b.Set(StandardFacts.SmallLowProfit, random.NextDouble() < 0.5);
        }

        if (Known())
        {
            b.Set(StandardFacts.IndividualBusiness, random.NextDouble() < 0.2);
        }

        if (Known())
        {
            b.Set(StandardFacts.ProjectSiteArea, Near(random, [12.5m, 50m]));
        }

        if (Known())
        {
            b.Set(StandardFacts.ProjectInvestment, Near(random, [.. SyntheticCatalog.Amounts.Select(a => a * 10m)]));
        }

        if (Known())
        {
            b.Set(StandardFacts.ProjectDistrict, Pick(random, SyntheticCatalog.Divisions));
        }

        if (schema.Contains(SyntheticCatalog.FoundedOn.Id) && Known())
        {
            b.Set(SyntheticCatalog.FoundedOn, new LocalDate(2014, 1, 1).PlusDays(random.Next(3650)));
        }

        return b.Build();
    }

    private static Certification Certification(Random random)
    {
        var recognized = new LocalDate(2020, 1, 1).PlusDays(random.Next(1600));
        LocalDate? expires = random.NextDouble() < 0.3 ? null : recognized.PlusDays(random.Next(1, 1100));
        return new Certification(Pick(random, SyntheticCatalog.CertificationKinds), recognized, expires);
    }

    /// <summary>A value at, just off, or far from one of the thresholds, so boundaries are hit often.</summary>
    private static decimal Near(Random random, IReadOnlyList<decimal> thresholds)
    {
        var t = Pick(random, thresholds);
        return random.Next(5) switch
        {
            0 => t,
            1 => t + 1m,
            2 => Math.Max(0m, t - 1m),
            3 => Math.Round(t * (decimal)random.NextDouble() * 3m, 2),
            _ => 0m,
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
