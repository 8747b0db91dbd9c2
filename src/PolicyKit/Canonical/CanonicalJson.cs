using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyKit.Canonical;

/// <summary>The culture-free, byte-stable form used for hashes and determination ids.</summary>
internal static class CanonicalJson
{
    /// <summary>Writer options that escape nothing beyond what JSON requires, so Chinese stays readable.</summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>Writes with <paramref name="write"/> into a compact UTF-8 buffer.</summary>
    public static byte[] ToBytes(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
