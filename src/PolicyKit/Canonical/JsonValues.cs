using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Text;

namespace PolicyKit.Canonical;

/// <summary>Writes the small values shared by catalog, profile and report JSON.</summary>
internal static class JsonValues
{
    public static void WriteDecimal(this Utf8JsonWriter w, string name, decimal value) => w.WriteNumber(name, Numbers.Normalize(value));

    public static void WriteDate(this Utf8JsonWriter w, string name, LocalDate date) => w.WriteString(name, LocalDatePattern.Iso.Format(date));

    public static void WriteOptionalDate(this Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            w.WriteDate(name, d);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void WriteText(this Utf8JsonWriter w, string name, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteTextMembers(text);
    }

    /// <inheritdoc cref="WriteText(Utf8JsonWriter, string, LocalizedText?)"/>
    public static void WriteText(this Utf8JsonWriter w, JsonEncodedText name, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteTextMembers(text);
    }

    private static void WriteTextMembers(this Utf8JsonWriter w, LocalizedText text)
    {
        w.WriteString(ZhName, text.Zh);
        if (text.En is not null)
        {
            w.WriteString(EnName, text.En);
        }

        w.WriteEndObject();
    }

    // Names written for every text of every report: encoded once, not per write.
    private static readonly JsonEncodedText ZhName = JsonEncodedText.Encode("zh");
    private static readonly JsonEncodedText EnName = JsonEncodedText.Encode("en");

    public static void WriteValidity(this Utf8JsonWriter w, string name, Validity validity)
    {
        w.WriteStartObject(name);
        w.WriteOptionalDate("start", validity.Start);
        w.WriteOptionalDate("end", validity.End);
        w.WriteEndObject();
    }

    public static void WriteInterval(this Utf8JsonWriter w, string name, DateInterval interval)
    {
        w.WriteStartObject(name);
        w.WriteDate("start", interval.Start);
        w.WriteDate("end", interval.End);
        w.WriteEndObject();
    }

    /// <summary>Writes a fact value as its JSON form (null when unknown).</summary>
    public static void WriteFactValue(this Utf8JsonWriter w, FactValue value)
    {
        if (!value.IsKnown)
        {
            w.WriteNullValue();
            return;
        }

        switch (value.Type)
        {
            case FactType.Bool:
                w.WriteBooleanValue(value.AsBool());
                break;
            case FactType.Integer:
                w.WriteNumberValue(value.AsInteger());
                break;
            case FactType.Decimal or FactType.Money:
                w.WriteNumberValue(Numbers.Normalize(value.AsNumber()));
                break;
            case FactType.Date:
                w.WriteStringValue(LocalDatePattern.Iso.Format(value.AsDate()));
                break;
            case FactType.CodeSet:
                w.WriteStartArray();
                foreach (var code in value.RawCodes)
                {
                    w.WriteStringValue(code);
                }

                w.WriteEndArray();
                break;
            case FactType.Certifications:
                w.WriteStartArray();
                foreach (var c in value.RawCertifications)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", c.Kind);
                    w.WriteDate("recognizedOn", c.RecognizedOn);
                    w.WriteOptionalDate("expiresOn", c.ExpiresOn);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(value.AsString());
                break;
        }
    }
}
