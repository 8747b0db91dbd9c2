using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Profiles;
using PolicyKit.Testing.Synthetic;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>Generated populations for the profile reader tests, with text that needs CSV quoting.</summary>
internal static class ProfileSources
{
    public static PolicyCatalog Catalog { get; } = SyntheticCatalog.Generate(7, 20);

    public static FactSchema Schema => Catalog.Schema;

    /// <summary>Seeded profiles, some with names holding commas, quotes, line breaks and Chinese text.</summary>
    public static List<EnterpriseProfile> Generate(int count, int seed = 11, double unknownShare = 0.1)
    {
        string[] names = ["青岛海尔, 股份有限公司", "say \"hi\"", "two\nlines", "crlf\r\nname", "", " padded ", "a|b:c"];
        return [.. SyntheticProfiles.Generate(Catalog, seed, count, unknownShare).Select((p, i) => i % 3 == 0
            ? p.ToBuilder().Set(StandardFacts.Name, names[i / 3 % names.Length]).Set(StandardFacts.Uscc, "91370212MA3C" + (i % 1000000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Build()
            : p)];
    }

    /// <summary>Asserts equal ids and equal content, profile by profile.</summary>
    public static void ShouldEqual(IReadOnlyList<EnterpriseProfile> actual, IReadOnlyList<EnterpriseProfile> expected)
    {
        actual.Should().HaveCount(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].Id.Should().Be(expected[i].Id, "profile {0}", i);
            actual[i].ContentEquals(expected[i]).Should().BeTrue("profile {0} ({1}) should read back equal", i, expected[i].Id);
        }
    }
}
