using System.Globalization;
using System.Text;

namespace PolicyKit.Formats;

/// <summary>
/// The one escaping of text from an input that goes into a message (specification §8.1): control
/// characters (C0, DEL, C1), line and paragraph separators and bidirectional controls are written as
/// <c>\u001B</c>, so an ESC sequence in a CSV header or a file name never reaches a terminal.
/// </summary>
internal static class Printable
{
    /// <summary><paramref name="text"/> with every character that could steer a terminal written as <c>\uXXXX</c>.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>C0 controls but none, DEL, C1 controls, U+2028/U+2029 and the bidirectional controls.</summary>
    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
