namespace PolicyKit.Tests.Docs;

/// <summary>Reads a snippet between <c>// begin-snippet: name</c> and <c>// end-snippet</c> in a test file, unindented, as the docs quote it.</summary>
internal static class DocSnippets
{
    public static string Read(string testFile, string name) => ReadFile(Path.Combine("tests", "PolicyKit.Tests", "Docs", testFile), name);

    /// <summary>A snippet of any file of the repository, <paramref name="file"/> relative to its root.</summary>
    public static string ReadFile(string file, string name)
    {
        var source = File.ReadAllLines(Path.Combine(ReadmeExampleTests.RepositoryRoot(), file));
        var start = Array.FindIndex(source, l => l.Trim() == "// begin-snippet: " + name);
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "// end-snippet");
        var indent = source[start].Length - source[start].TrimStart().Length;
        return string.Join("\n", source[(start + 1)..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    public static string Doc(params string[] path) =>
        File.ReadAllText(Path.Combine([ReadmeExampleTests.RepositoryRoot(), .. path])).ReplaceLineEndings("\n");
}
