using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace PackageConsumer;

/// <summary>
/// What a debugger finds in the packed symbols: every source document named /_/... (a
/// deterministic build, not the build machine's folders) and carried inside the PDB, so stepping
/// into PolicyKit shows the source without a repository to fetch it from.
/// </summary>
internal static class SymbolCheck
{
    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static int Run(string folder)
    {
        var failures = 0;
        var pdbs = Directory.GetFiles(folder, "*.pdb", SearchOption.AllDirectories);
        foreach (var path in pdbs)
        {
            using var stream = File.OpenRead(path);
            using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
            var reader = provider.GetMetadataReader();
            var embedded = reader.CustomDebugInformation
                .Select(reader.GetCustomDebugInformation)
                .Where(info => reader.GetGuid(info.Kind) == EmbeddedSource && info.Parent.Kind == HandleKind.Document)
                .Select(info => (DocumentHandle)info.Parent)
                .ToHashSet();
            foreach (var handle in reader.Documents)
            {
                var name = reader.GetString(reader.GetDocument(handle).Name);
                if (!name.StartsWith("/_/", StringComparison.Ordinal) || !embedded.Contains(handle))
                {
                    Console.Error.WriteLine($"{path}: {name} is {(name.StartsWith("/_/", StringComparison.Ordinal) ? "not embedded" : "not a deterministic path")}");
                    failures++;
                }
            }
        }

        Console.WriteLine($"{pdbs.Length} PDBs checked: {(failures == 0 ? "every source document is /_/... and embedded" : failures + " documents are not")}");
        return pdbs.Length > 0 && failures == 0 ? 0 : 1;
    }
}
