using System.Collections.Concurrent;
using PolicyKit.Model;
using PolicyKit.Testing.Coverage;

namespace PolicyKit.Testing.Cases;

/// <summary>
/// Case files as a theory data source, without referencing a test framework: <see cref="Names"/>
/// gives one row per case for xunit's <c>[MemberData]</c> (NUnit's <c>[TestCaseSource]</c> takes it
/// too), and <see cref="Run(string, CoverageCollector?)"/> runs the case a row names.
/// </summary>
/// <example>
/// With xunit and PolicyKit.Testing.FluentAssertions (for <c>Should().Pass()</c>):
/// <code>
/// private static readonly CaseSource Source = new("Cases", id => QingdaoCatalogs.Ids.Contains(id) ? QingdaoCatalogs.Get(id) : null);
/// public static IEnumerable&lt;object[]&gt; Cases => Source.Names;
/// [Theory, MemberData(nameof(Cases))]
/// public void Case_Passes(string name) => Source.Run(name).Should().Pass();
/// </code>
/// </example>
/// <remarks>
/// A relative path is taken from the test assembly's folder (copy case files to the output). Files
/// are read once, on first use. Thread-safe.
/// </remarks>
public sealed class CaseSource
{
    private readonly string _path;
    private readonly Func<string, PolicyCatalog?>? _catalogs;
    private readonly PolicyCatalog? _catalog;
    private readonly Lazy<IReadOnlyList<CaseFile>> _files;
    private readonly ConcurrentDictionary<string, (CaseFile File, TestCase Case)> _byName = new(StringComparer.Ordinal);

    /// <summary>Cases from a file or a folder of <c>*.json</c> files.</summary>
    /// <param name="path">The case file or folder.</param>
    /// <param name="catalogs">Catalogs by id, for files that name one by id (files may also name a catalog file).</param>
    /// <param name="catalog">A catalog for every file, replacing what the files name.</param>
    public CaseSource(string path, Func<string, PolicyCatalog?>? catalogs = null, PolicyCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        _catalogs = catalogs;
        _catalog = catalog;
        _files = new(Read);
    }

    /// <summary>The files, read on first use.</summary>
    /// <exception cref="CaseFormatException">A file is not a readable case file.</exception>
    public IReadOnlyList<CaseFile> Files => _files.Value;

    /// <summary>One row per case, <c>{ "file.json: case name" }</c>, for <c>[MemberData]</c>.</summary>
    public IEnumerable<object[]> Names => Files.SelectMany(f => f.Cases.Select(c => new object[] { NameOf(f, c) }));

    /// <summary>Runs the case <paramref name="name"/> (a row of <see cref="Names"/>).</summary>
    /// <exception cref="KeyNotFoundException">No case has that name.</exception>
    public CaseResult Run(string name, CoverageCollector? coverage = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_byName.IsEmpty)
        {
            foreach (var file in Files)
            {
                foreach (var c in file.Cases)
                {
                    _byName.TryAdd(NameOf(file, c), (file, c));
                }
            }
        }

        return _byName.TryGetValue(name, out var found)
            ? CaseRunner.Run(found.File, found.Case, coverage)
            : throw new KeyNotFoundException($"no case named '{name}' under {_path}.");
    }

    /// <summary>Runs every case, recording coverage into <paramref name="coverage"/> when given.</summary>
    public CaseRunResult RunAll(CoverageCollector? coverage = null) => CaseRunner.Run(Files, coverage);

    // Files in a folder are named by their path below it, so equal names in two subfolders stay apart.
    private string NameOf(CaseFile file, TestCase testCase) =>
        (file.SourceName is null ? "" : (Directory.Exists(_path) ? Path.GetRelativePath(_path, file.SourceName).Replace('\\', '/') : Path.GetFileName(file.SourceName)) + ": ") + testCase.Name;

    private List<CaseFile> Read() =>
        [.. CaseJson.FindFiles(_path).Select(f => CaseJson.ReadFile(f, CaseCatalogs.Resolver(f, _catalogs, _catalog)))];
}
