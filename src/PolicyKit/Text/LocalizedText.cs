namespace PolicyKit.Text;

/// <summary>
/// A short text in Chinese and, optionally, English: a title, a label or a reason.
/// </summary>
/// <remarks>
/// Chinese is the language of the source documents and is always present; English is a
/// working translation for integrators and may be missing. Equality compares both texts
/// ordinally. Immutable and thread-safe.
/// </remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text from its Chinese and optional English form.</summary>
    /// <param name="zh">The Chinese text; must not be empty.</param>
    /// <param name="en">The English text, or <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentException"><paramref name="zh"/> is null or white space.</exception>
    public LocalizedText(string zh, string? en = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zh);
        Zh = zh;
        En = string.IsNullOrEmpty(en) ? null : en;
    }

    /// <summary>The Chinese text (中文).</summary>
    public string Zh { get; }

    /// <summary>The English text, or <see langword="null"/> when none was given.</summary>
    public string? En { get; }

    /// <summary>The text in <paramref name="language"/>, falling back to Chinese when English is missing.</summary>
    public string In(Language language) => language == Language.En ? En ?? Zh : Zh;

    /// <inheritdoc />
    public override string ToString() => En is null ? Zh : $"{Zh} ({En})";

    /// <summary>
    /// A value from the data (a code, a kind, an id) shown as it is where it has no label, the same in
    /// both languages; empty or blank text is shown in quotes, so data can never make a text fail.
    /// </summary>
    internal static LocalizedText Verbatim(string? value) =>
        string.IsNullOrWhiteSpace(value) ? new($"“{value}”", $"\"{value}\"") : new(value, value);
}

/// <summary>The languages PolicyKit writes its explanations in.</summary>
public enum Language
{
    /// <summary>Simplified Chinese (中文).</summary>
    Zh,

    /// <summary>English.</summary>
    En,
}
