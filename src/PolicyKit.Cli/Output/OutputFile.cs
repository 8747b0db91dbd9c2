using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using PolicyKit.Formats;

namespace PolicyKit.Cli.Output;

/// <summary>
/// The one rule for every file a command writes (<c>batch --out</c>, <c>simulate --chart</c>;
/// specification §5.11): nothing is ever destroyed or torn.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A regular file (or a path that does not exist yet) is written to a temporary file with a
/// name of its own in the same folder and moved over the path by <see cref="Commit"/>, atomically;
/// two runs on one path each write their own temporary file, so the last complete one wins and no
/// line of one ever lands in the other. Disposed without <see cref="Commit"/>, the temporary file is
/// deleted and the previous file is left as it was.</item>
/// <item>A symbolic link is followed: its final target is what gets replaced, the link stays.</item>
/// <item>A path that exists and is not a regular file (a FIFO, a device, <c>/dev/stdout</c>, a socket)
/// is written through, opened as it is, and never replaced; a folder is refused (exit 2).</item>
/// </list>
/// </remarks>
internal sealed partial class OutputFile : IDisposable
{
    private readonly string? _temp;
    private readonly string? _target;
    private readonly FileStream _stream;
    private bool _done;

    private OutputFile(FileStream stream, string? temp, string? target)
    {
        _stream = stream;
        _temp = temp;
        _target = target;
        Writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>Where the text goes; flushed by <see cref="Commit"/>.</summary>
    public TextWriter Writer { get; }

    /// <summary>Whether the path is written through (a FIFO or device) rather than replaced.</summary>
    public bool WritesThrough => _temp is null;

    /// <summary>Opens <paramref name="path"/>, given by option <paramref name="option"/>, for writing by the rule above.</summary>
    /// <exception cref="UsageException">The path is empty, malformed or a folder.</exception>
    public static OutputFile Open(string path, string option)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"{option} needs a file name, not an empty one.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"{option} '{Printable.Escape(path)}' is not a file name.");
        }

        var kind = KindOf(full, followLinks: true);
        if (kind == EntryKind.Folder || (kind == EntryKind.Missing && Directory.Exists(full)))
        {
            throw new UsageException($"{option} '{Printable.Escape(path)}' is a folder; give a file name.");
        }

        if (kind == EntryKind.Special)
        {
            // A FIFO, a device or a terminal: write into it as a shell's '>' would; it is never replaced.
            return new OutputFile(new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None), null, null);
        }

        var target = FinalTarget(full);
        if (Path.EndsInDirectorySeparator(path) || string.IsNullOrEmpty(Path.GetFileName(target)))
        {
            throw new UsageException($"{option} '{Printable.Escape(path)}' is a folder; give a file name.");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{option} '{Printable.Escape(path)}': the folder '{Printable.Escape(folder)}' does not exist.");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.partial");
        var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        if (!OperatingSystem.IsWindows() && kind == EntryKind.Regular)
        {
            try
            {
                File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
            }
            catch (IOException)
            {
                // The replaced file's permissions are kept where possible; the new file's defaults otherwise.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }

        return new OutputFile(stream, temp, target);
    }

    /// <summary>Flushes what was written and, for a regular file, moves it over the path.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        Writer.Flush();
        if (_temp is not null)
        {
            _stream.Flush(flushToDisk: true);
        }

        _stream.Dispose();
        _done = true;
        if (_temp is not null)
        {
            File.Move(_temp, _target!, overwrite: true);
        }
    }

    /// <summary>Without <see cref="Commit"/>: deletes the temporary file, so the previous file stays as it was.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Writer.Dispose();
        }
        catch (IOException)
        {
            // The write already failed (a full disk); what matters is that the temporary file goes.
        }

        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
            // As above.
        }

        if (_temp is not null)
        {
            File.Delete(_temp);
        }
    }

    /// <summary>The path a chain of symbolic links ends at (the path itself when it is none).</summary>
    private static string FinalTarget(string full)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is null)
        {
            return full;
        }

        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    private enum EntryKind
    {
        Missing,
        Regular,
        Folder,
        Special,
    }

    private static EntryKind KindOf(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? EntryKind.Folder : File.Exists(path) ? EntryKind.Regular : EntryKind.Missing;
        }

        var status = new byte[512];
        if ((followLinks ? NativeMethods.Stat(path, status) : NativeMethods.LStat(path, status)) != 0)
        {
            return EntryKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & 0xF000) switch
        {
            0x8000 => EntryKind.Regular,
            0x4000 => EntryKind.Folder,
            _ => EntryKind.Special,
        };
    }

    /// <summary>
    /// The runtime's own stat (System.Native, shipped with every .NET on Unix): its status starts with
    /// two 32-bit fields, flags and the mode, whose file-type bits are POSIX's (0x8000 regular, 0x4000 folder).
    /// </summary>
    private static partial class NativeMethods
    {
        [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
        public static partial int Stat(string path, [Out] byte[] status);

        [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
        public static partial int LStat(string path, [Out] byte[] status);
    }
}
