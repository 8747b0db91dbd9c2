namespace PolicyKit.Tests.Support;

/// <summary>Finds the repository's files (docs, sources) from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PolicyKit.sln not found above " + AppContext.BaseDirectory);
    }
}
