namespace PolicyKit.Catalogs.Qingdao.Tests.Support;

/// <summary>
/// The source documents (<c>shared/seeds/*.txt</c>) the catalog cites, found by walking up from the
/// test binaries to a directory that holds <c>shared/seeds</c> (the repository's sibling
/// <c>../shared</c> in the usual layout). Set <c>POLICYKIT_SEEDS</c> to point elsewhere.
/// </summary>
internal static class SeedDocuments
{
    private static readonly Lazy<string?> _directory = new(Find);

    /// <summary>The seeds directory, or null when it cannot be found.</summary>
    public static string? Directory => _directory.Value;

    /// <summary>Why seed-based tests are skipped, or null when the seeds are there.</summary>
    public static string? SkipReason => Directory is null
        ? "source documents not found: no 'shared/seeds' directory above " + AppContext.BaseDirectory + " and POLICYKIT_SEEDS is not set; citation checks need them."
        : null;

    /// <summary>The text of document <paramref name="fileName"/>.</summary>
    public static string Read(string fileName)
    {
        var directory = Directory ?? throw new InvalidOperationException(SkipReason);
        var path = Path.Combine(directory, fileName);
        File.Exists(path).Should().BeTrue($"the cited document '{fileName}' should exist in {directory}");
        return File.ReadAllText(path);
    }

    /// <summary>Asserts that <paramref name="quote"/> is written verbatim in document <paramref name="document"/>.</summary>
    public static void ShouldQuote(string document, string? quote, string because)
    {
        quote.Should().NotBeNullOrWhiteSpace(because);
        Read(document).Should().Contain(quote, because);
    }

    /// <summary>The file names of all documents.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. System.IO.Directory.GetFiles(Directory ?? throw new InvalidOperationException(SkipReason), "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("POLICYKIT_SEEDS") is { Length: > 0 } configured && System.IO.Directory.Exists(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, with the reason, when the source documents are not present.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        Skip = SeedDocuments.SkipReason;
    }
}

/// <summary>A theory that is skipped, with the reason, when the source documents are not present.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SeedsTheoryAttribute : TheoryAttribute
{
    public SeedsTheoryAttribute()
    {
        Skip = SeedDocuments.SkipReason;
    }
}
