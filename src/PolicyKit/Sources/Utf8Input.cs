using System.Buffers;
using System.Text;
using PolicyKit.Formats;

namespace PolicyKit.Sources;

/// <summary>
/// A growing window of UTF-8 bytes over a stream or a text reader, for the line and record
/// readers of large inputs: they scan bytes in place, so no line becomes a string.
/// </summary>
/// <remarks>
/// The window is <see cref="Buffer"/>[<see cref="Start"/>..<see cref="End"/>); <see cref="Fill"/>
/// moves the unread bytes to the front and reads more, so offsets relative to
/// <see cref="Start"/> stay valid across a fill. A byte order mark at the very start is skipped.
/// The buffer is rented from the shared pool and returned by <see cref="Dispose"/>. Not thread-safe.
/// </remarks>
internal sealed class Utf8Input : IDisposable
{
    private const int BlockSize = 64 * 1024;
    private readonly Stream? _stream;
    private readonly TextReader? _text;
    private readonly Encoder? _encoder;
    private readonly char[]? _chars;
    private bool _first = true;

    private Utf8Input(Stream? stream, TextReader? text)
    {
        _stream = stream;
        _text = text;
        if (text is not null)
        {
            _encoder = new UTF8Encoding(false, true).GetEncoder();
            _chars = ArrayPool<char>.Shared.Rent(BlockSize / 4);
        }

        Buffer = ArrayPool<byte>.Shared.Rent(BlockSize * 2);
    }

    /// <summary>The bytes; only [<see cref="Start"/>, <see cref="End"/>) are meaningful.</summary>
    public byte[] Buffer { get; private set; }

    /// <summary>The first unconsumed byte.</summary>
    public int Start { get; set; }

    /// <summary>One past the last byte read.</summary>
    public int End { get; private set; }

    /// <summary>Whether the input has no more bytes beyond <see cref="End"/>.</summary>
    public bool Ended { get; private set; }

    /// <summary>The unconsumed bytes.</summary>
    public ReadOnlySpan<byte> Window => Buffer.AsSpan(Start, End - Start);

    public static Utf8Input Over(Stream utf8) => new(utf8, null);

    public static Utf8Input Over(TextReader reader) => new(null, reader);

    /// <summary>
    /// Reads more bytes after <see cref="End"/>, first moving the window to the front and, when it
    /// already fills the buffer, doubling the buffer up to <paramref name="maxWindow"/> bytes.
    /// </summary>
    /// <returns>False when nothing more could be read: the input ended, or the window is at its limit.</returns>
    public bool Fill(int maxWindow)
    {
        if (Ended)
        {
            return false;
        }

        if (Start > 0)
        {
            Buffer.AsSpan(Start, End - Start).CopyTo(Buffer);
            End -= Start;
            Start = 0;
        }

        if (Buffer.Length - End < BlockSize / 2)
        {
            if (End >= maxWindow)
            {
                return false;
            }

            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)Buffer.Length * 2, Array.MaxLength));
            Buffer.AsSpan(0, End).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = bigger;
        }

        var read = ReadInto(Buffer.AsSpan(End));
        if (read == 0)
        {
            Ended = true;
            return false;
        }

        if (_first)
        {
            _first = false;
            if (Buffer.AsSpan(End, read).StartsWith("\uFEFF"u8))
            {
                // A read may stop inside the mark only for a stream of under three bytes, which cannot hold one.
                Buffer.AsSpan(End + 3, read - 3).CopyTo(Buffer.AsSpan(End));
                read -= 3;
            }
        }

        End += read;
        return true;
    }

    private int ReadInto(Span<byte> target)
    {
        if (_stream is not null)
        {
            var total = 0;
            while (total < 3 && target.Length - total > 0)
            {
                // Keep reading a short first read so that a byte order mark is seen whole.
                var n = _stream.Read(target[total..]);
                if (n == 0)
                {
                    break;
                }

                total += n;
                if (!_first)
                {
                    break;
                }
            }

            return total;
        }

        // Text: encode a block of characters; an encoder carries a surrogate split across blocks.
        var room = Math.Min(_chars!.Length, (target.Length / 3) - 1);
        while (true)
        {
            var chars = _text!.Read(_chars, 0, Math.Max(room, 1));
            int written;
            try
            {
                written = _encoder!.GetBytes(_chars.AsSpan(0, chars), target, flush: chars == 0);
            }
            catch (EncoderFallbackException e)
            {
                throw new ProfileFormatException("the text holds an unpaired surrogate: it is not valid Unicode.", e);
            }

            if (written > 0 || chars == 0)
            {
                return written;
            }
        }
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        if (Buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = [];
        }

        if (_chars is not null)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }
    }
}
