using System.Globalization;
using NodaTime.Text;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Text;

namespace PolicyKit.Cli.Interactive;

/// <summary>
/// Reads a typed answer to one question from a line a person typed: a number, a date, yes/no, a
/// division code or name, a code or its number in the list of choices. A bad answer gives the
/// reason in the language of the session, never an exception.
/// </summary>
internal static class Answer
{
    private static readonly char[] Separators = [',', '，', '、', ' ', ';', '；'];

    /// <summary>Parses <paramref name="text"/> as a value of <paramref name="fact"/>, or gives why not.</summary>
    public static bool TryParse(FactDefinition fact, string text, bool zh, out FactValue value, out string reason)
    {
        value = default;
        reason = "";
        text = text.Trim();
        switch (fact.Type)
        {
            case FactType.Bool:
                var yes = text.ToLowerInvariant() switch { "y" or "yes" or "true" or "是" => true, "n" or "no" or "false" or "否" => (bool?)false, _ => null };
                return Done(yes is { } b ? FactValue.Bool(b) : default, zh ? $"“{text}”不是是/否；请输入 是 或 否（yes/no）。" : $"'{text}' is not yes or no; answer yes or no.", out value, out reason);
            case FactType.Integer:
                return Done(long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= 0 ? FactValue.Integer(n) : default,
                    zh ? $"“{text}”不是非负整数；请输入整数，如 50。" : $"'{text}' is not a whole number of zero or more; type one, e.g. 50.", out value, out reason);
            case FactType.Decimal or FactType.Money:
                var ok = decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d);
                var number = fact.Type == FactType.Money ? FactValue.Money(d) : FactValue.Decimal(d);
                return Done(ok ? number : default, zh ? $"“{text}”不是数字；请输入数字，如 1500000 或 12.5。" : $"'{text}' is not a number; type one, e.g. 1500000 or 12.5.", out value, out reason);
            case FactType.Date:
                var date = LocalDatePattern.Iso.Parse(text);
                return Done(date.Success ? FactValue.Date(date.Value) : default, zh ? $"“{text}”不是日期；请按 yyyy-MM-dd 输入，如 2023-05-10。" : $"'{text}' is not a date; write it as yyyy-MM-dd, e.g. 2023-05-10.", out value, out reason);
            case FactType.Jurisdiction:
                var place = JurisdictionCode.TryParse(text, out var code) ? code
                    : KnownJurisdictions.All.FirstOrDefault(j => j.Name.Zh == text || string.Equals(j.Name.En, text, StringComparison.OrdinalIgnoreCase))?.Code;
                return Done(place is { } p ? FactValue.Jurisdiction(p) : default,
                    zh ? $"“{text}”不是行政区划代码或已知地名；请输入六位代码（如 370212）或 {string.Join("、", KnownJurisdictions.All.Select(j => j.Name.Zh))}。" : $"'{text}' is not a division code or a known place; type a six-digit code (e.g. 370212) or one of {string.Join(", ", KnownJurisdictions.All.Select(j => j.Name.En))}.",
                    out value, out reason);
            case FactType.Code:
                return Code(fact, text, zh, out var one, out reason) && Done(FactValue.Code(one), "", out value, out reason);
            case FactType.CodeSet:
                return Codes(fact, text, zh, out var codes, out reason) && Done(FactValue.CodeSet(codes), "", out value, out reason);
            case FactType.Certifications:
                return Certifications(fact, text, zh, out value, out reason);
            default:
                return Done(text.Length > 0 ? FactValue.Text(text) : default, zh ? "请输入内容。" : "type some text.", out value, out reason);
        }
    }

    /// <summary>How to answer, shown under the question.</summary>
    public static string Hint(FactDefinition fact, bool zh) => fact.Type switch
    {
        FactType.Bool => zh ? "请输入 是 或 否" : "answer yes or no",
        FactType.Integer => zh ? "请输入整数" : "type a whole number",
        FactType.Decimal or FactType.Money => zh ? "请输入数字" + (fact.Unit == "yuan" ? "（元）" : "") : "type a number" + (fact.Unit == "yuan" ? " (yuan)" : ""),
        FactType.Date => zh ? "请按 yyyy-MM-dd 输入日期" : "type a date as yyyy-MM-dd",
        FactType.Jurisdiction => zh ? "请输入行政区划代码（如 370212）或地名（如 崂山区）" : "type a division code (e.g. 370212) or a place (e.g. Laoshan)",
        FactType.Code => zh ? "请输入编号或名称" : "type a number from the list or a name",
        FactType.CodeSet => zh ? "请输入一个或多个编号或名称，用顿号或逗号分隔；没有请输入 无" : "type one or more numbers or names, separated by commas; none if none",
        FactType.Certifications => zh ? "请按 编号或名称:认定日期[:到期日期] 输入，如 2:2023-05-10，多个用逗号分隔；没有请输入 无" : "type choice:recognizedOn[:expiresOn] (a number or name), e.g. 2:2023-05-10, several separated by commas; none if none",
        _ => zh ? "请输入内容" : "type the text",
    } + (zh ? "；直接回车结束。" : "; an empty line stops.");

    private static bool Done(FactValue parsed, string failure, out FactValue value, out string reason)
    {
        value = parsed;
        reason = parsed.IsKnown ? "" : failure;
        return parsed.IsKnown;
    }

    /// <summary>A code by its number in the list of choices (1-based) or by itself.</summary>
    private static bool Code(FactDefinition fact, string text, bool zh, out string code, out string reason)
    {
        // A number picks from the choices shown, even where an open fact would accept it as a code.
        var picked = !fact.Codes.IsEmpty && text.Length > 0 && text.All(char.IsAsciiDigit);
        code = picked && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 1 && i <= fact.Codes.Length ? fact.Codes[i - 1] : text;

        // A label picks its code: 虚拟现实 or virtual reality for virtual-reality.
        if (!picked && fact.CodeLabels.FirstOrDefault(l => l.Value.Zh == text || string.Equals(l.Value.En, text, StringComparison.OrdinalIgnoreCase)) is { Key: { } labelled })
        {
            code = labelled;
        }
        if (picked && code == text)
        {
            reason = zh ? $"“{text}”不是可选编号；请输入 1 至 {fact.Codes.Length}。" : $"'{text}' is not one of the choices; type 1 to {fact.Codes.Length}.";
            return false;
        }

        if (fact.Accepts(code))
        {
            reason = "";
            return true;
        }

        var choices = fact.IsOpen
            ? (zh ? "列出的名称或小写字母、数字和连字符组成的代码" : "a name listed or a code of lower-case letters, digits and hyphens")
            : string.Join(zh ? "、" : ", ", fact.Codes.Select(c => fact.LabelOf(c)?.In(zh ? Language.Zh : Language.En) ?? c));
        reason = zh ? $"“{text}”不在可选范围内；可选：{choices}。" : $"'{text}' is not one of the choices; choose from {choices}.";
        return false;
    }

    private static bool Codes(FactDefinition fact, string text, bool zh, out List<string> codes, out string reason)
    {
        codes = [];
        reason = "";
        if (IsNone(text))
        {
            return true;
        }

        foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Code(fact, word, zh, out var code, out reason))
            {
                return false;
            }

            codes.Add(code);
        }

        return true;
    }

    private static bool Certifications(FactDefinition fact, string text, bool zh, out FactValue value, out string reason)
    {
        value = default;
        var held = new List<Certification>();
        if (!IsNone(text))
        {
            foreach (var item in text.Split([',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = item.Split(':');
                var dates = parts.Skip(1).Select(p => LocalDatePattern.Iso.Parse(p)).ToList();
                if (parts.Length is < 2 or > 3 || dates.Any(d => !d.Success))
                {
                    reason = zh ? $"“{item}”应写作 编号或名称:认定日期[:到期日期]，如 2:2023-05-10。" : $"'{item}' should be choice:recognizedOn[:expiresOn], e.g. 2:2023-05-10.";
                    return false;
                }

                if (!Code(fact, parts[0], zh, out var kind, out reason))
                {
                    return false;
                }

                if (dates.Count == 2 && dates[1].Value < dates[0].Value)
                {
                    reason = zh ? $"“{item}”的到期日期早于认定日期。" : $"'{item}' expires before it is recognised.";
                    return false;
                }

                held.Add(new Certification(kind, dates[0].Value, dates.Count == 2 ? dates[1].Value : null));
            }
        }

        value = FactValue.Certifications(held);
        reason = "";
        return true;
    }

    private static bool IsNone(string text) => text is "无" or "没有" || string.Equals(text, "none", StringComparison.OrdinalIgnoreCase);
}
