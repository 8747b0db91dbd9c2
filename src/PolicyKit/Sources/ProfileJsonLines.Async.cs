using System.Runtime.CompilerServices;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>The asynchronous reading of JSON Lines: the same line reader, fed by asynchronous reads.</summary>
internal sealed partial class ProfileJsonLines
{
    /// <summary>
    /// Every profile of <paramref name="input"/>, skipping blank lines. Lines are cut where the
    /// synchronous reader cuts them and each is read by the same <see cref="ReadLine"/>, so values,
    /// errors and line numbers are the same; the profiles of the lines before a bad one are yielded
    /// before its exception. At most one line (<see cref="CatalogReadOptions.MaxBytes"/>) plus one
    /// read is held in memory.
    /// </summary>
    public static async IAsyncEnumerable<EnterpriseProfile> ReadAsync(Stream input, FactSchema schema, CatalogReadOptions options, string? sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new ProfileJsonLines(schema, options, sourceName);
        var maxLine = (int)Math.Min(options.MaxBytes + 2, Array.MaxLength - 1);
        var buffer = new byte[Math.Min(64 * 1024, maxLine + 1)];
        var ready = new List<EnterpriseProfile>();
        int start = 0, end = 0, searched = 0;
        long number = 0;
        var ended = false;
        var atStart = true;
        while (true)
        {
            if (atStart && (end >= 3 || ended))
            {
                atStart = false;
                start = end >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8) ? 3 : 0;
            }

            InputFormatException? failure = null;
            if (!atStart)
            {
                try
                {
                    int newline;
                    while ((newline = buffer.AsSpan(start + searched, end - start - searched).IndexOf((byte)'\n')) >= 0)
                    {
                        var length = searched + newline;
                        Add(lines.ReadLine(buffer, start, length, ++number), ready);
                        start += length + 1;
                        searched = 0;
                    }

                    searched = end - start;
                    if (ended && end > start)
                    {
                        Add(lines.ReadLine(buffer, start, end - start, ++number), ready);
                        start = end;
                    }
                    else if (!ended && end - start > maxLine)
                    {
                        throw lines.TooLong(number + 1);
                    }
                }
                catch (InputFormatException e)
                {
                    failure = e;
                }
            }

            foreach (var profile in ready)
            {
                yield return profile;
            }

            ready.Clear();
            if (failure is not null)
            {
                throw failure;
            }

            if (ended)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxLine + 1L));
            }

            var read = await input.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            ended = read == 0;
            end += read;
        }
    }

    private static void Add(EnterpriseProfile? profile, List<EnterpriseProfile> ready)
    {
        if (profile is not null)
        {
            ready.Add(profile);
        }
    }
}
