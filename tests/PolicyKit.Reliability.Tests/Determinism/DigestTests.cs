using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PolicyKit.Canonical;
using PolicyKit.CatalogFiles;
using PolicyKit.Outputs;
using PolicyKit.Reliability.Tests.Support;
using PolicyKit.Sources;
using PolicyKit.Text;

namespace PolicyKit.Reliability.Tests.Determinism;

/// <summary>
/// The decision JSON and determination ids of a fixed set of generated cases are byte-identical
/// across runs and cultures. The digest is written to <c>POLICYKIT_DIGEST_OUT</c> when set, so
/// that <c>.ci/run</c> can run this test under several <c>TZ</c> values and compare the files.
/// </summary>
public class DigestTests
{
    private const int Cases = 1_000;

    private static readonly string[] Cultures = ["zh-CN", "en-US", "tr-TR", ""];

    [Fact]
    public void ReportsAndDeterminationIds_AreByteIdenticalAcrossRunsAndCultures()
    {
        var digests = Cultures.Select(name => (Culture: name, Digest: InCulture(name, Digest))).ToList();
        var again = InCulture("tr-TR", Digest);

        digests.Select(d => d.Digest).Distinct().Should().ContainSingle($"every culture gives the same bytes ({string.Join(", ", digests.Select(d => $"'{d.Culture}': {d.Digest[..12]}"))})");
        again.Should().Be(digests[0].Digest, "a second run gives the same bytes");
        if (Environment.GetEnvironmentVariable("POLICYKIT_DIGEST_OUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, digests[0].Digest + "\n");
        }
    }

    [Fact]
    public void Digest_ChangesWhenOneReportChanges()
    {
        // The digest must be sensitive, or the comparisons above prove nothing.
        var one = Corpus.Cases(1).Single();
        var report = one.Catalog.Compiled.Evaluate(one.Profile, one.AsOf);
        var other = one.Catalog.Compiled.Evaluate(one.Profile, one.AsOf.PlusDays(1));

        report.DeterminationId.Should().NotBe(other.DeterminationId);
        report.DeterminationId.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    /// <summary>SHA-256 over every case's catalog, profile, report (both languages and each alone) and determination id.</summary>
    private static string Digest()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string? lastCatalog = null;
        foreach (var c in Corpus.Cases(Cases, firstSeed: 700_001))
        {
            if (c.Catalog.Catalog.Id != lastCatalog)
            {
                lastCatalog = c.Catalog.Catalog.Id;
                Append(hash, CatalogJson.Write(c.Catalog.Catalog));
                Append(hash, c.Catalog.Catalog.ContentHash());
            }

            var report = c.Catalog.Compiled.Evaluate(c.Profile, c.AsOf);
            Append(hash, ProfileJson.Write(c.Profile));
            Append(hash, report.DeterminationId);
            Append(hash, ReportJson.Write(report));
            Append(hash, ReportJson.Write(report, new ReportWriteOptions { Language = Language.Zh, Indented = false }));
            Append(hash, ReportJson.Write(report, new ReportWriteOptions { Language = Language.En, Indented = false }));
            Append(hash, ReportJson.Write(c.Catalog.Interpreter.Evaluate(c.Profile, c.AsOf)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

    private static T InCulture<T>(string name, Func<T> run)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
