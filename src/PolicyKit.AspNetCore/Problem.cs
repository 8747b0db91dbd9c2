using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace PolicyKit.AspNetCore;

/// <summary>
/// An RFC 9457 problem a handler answers with: <c>type</c> <c>about:blank</c>, the status's own
/// title, a <c>detail</c> in words, and where the fault is: <c>in</c> (query, path or body),
/// <c>location</c> (a query parameter or a JSON path), and for a body <c>sourceName</c>,
/// <c>lineNumber</c> and <c>bytePositionInLine</c> when known.
/// </summary>
#pragma warning disable CA1064 // Internal: caught inside the handlers, never seen by a host.
internal sealed class Problem : Exception
#pragma warning restore CA1064
{
    public Problem(int status, string heading, string detail, string? location = null, string? sourceName = null, long? line = null, long? position = null, string? @in = null)
        : base(detail)
    {
        Status = status;
        Heading = heading;
        Location = location;
        SourceName = sourceName;
        Line = line;
        Position = position;
        In = @in ?? (sourceName is not null || line is not null ? "body" : null);
    }

    public int Status { get; }

    public string Heading { get; }

    public string? Location { get; }

    public string? SourceName { get; }

    public long? Line { get; }

    public long? Position { get; }

    public string? In { get; }

    public static Problem BadQuery(string parameter, string detail) =>
        new(StatusCodes.Status400BadRequest, "A query parameter is not valid", detail, parameter, @in: "query");

    public static Problem NotFound(string parameter, string detail) =>
        new(StatusCodes.Status404NotFound, "Not found", detail, parameter, @in: parameter == "id" ? "path" : "query");

    public static Problem TooLarge(long? limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "The request body is too large", limit is { } l
            ? $"the request body is larger than {l} bytes (PolicyKitEndpointOptions)."
            : "the request body is too large.", @in: "body");

    /// <summary>The problem as <c>application/problem+json</c>.</summary>
    public byte[] Write(string instance)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "about:blank");
            w.WriteString("title", ReasonPhrases.GetReasonPhrase(Status) is { Length: > 0 } phrase ? phrase : Heading);
            w.WriteNumber("status", Status);
            w.WriteString("detail", Message);
            w.WriteString("instance", instance);
            w.WriteString("summary", Heading);
            Optional(w, "in", In);
            Optional(w, "location", Location);
            Optional(w, "sourceName", SourceName);
            if (Line is { } line)
            {
                w.WriteNumber("lineNumber", line);
            }

            if (Position is { } position)
            {
                w.WriteNumber("bytePositionInLine", position);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
