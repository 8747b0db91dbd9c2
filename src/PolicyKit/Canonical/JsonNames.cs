using PolicyKit.Awards;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;

namespace PolicyKit.Canonical;

/// <summary>The JSON spellings of enumerations (specification §4: these names are a contract).</summary>
internal static class JsonNames
{
    public static readonly (string Name, FundingKind Value)[] FundingKinds = [("non-investment", FundingKind.NonInvestment), ("investment", FundingKind.Investment)];

    public static readonly (string Name, PolicyStatus Value)[] Statuses = [("new", PolicyStatus.New), ("continued", PolicyStatus.Continued)];

    public static readonly (string Name, SectionKind Value)[] SectionKinds = [("new", SectionKind.New), ("continued", SectionKind.Continued)];

    public static readonly (string Name, JurisdictionLevel Value)[] Levels =
        [.. Enum.GetValues<JurisdictionLevel>().Select(l => (Of(l), l))];

    public static readonly (string Name, Facts.FactType Value)[] FactTypes =
        [.. Enum.GetValues<Facts.FactType>().Select(t => (Of(t), t))];

    public static string Of(FundingKind kind) => kind == FundingKind.Investment ? "investment" : "non-investment";

    public static string Of(PolicyStatus status) => status == PolicyStatus.Continued ? "continued" : "new";

    public static string Of(SectionKind kind) => kind == SectionKind.Continued ? "continued" : "new";

    public static string Of(JurisdictionLevel level) => level switch
    {
        JurisdictionLevel.National => "national",
        JurisdictionLevel.Provincial => "provincial",
        JurisdictionLevel.Municipal => "municipal",
        JurisdictionLevel.Street => "street",
        _ => "district",
    };

    public static string Of(Facts.FactType type) => type switch
    {
        Facts.FactType.Bool => "bool",
        Facts.FactType.Integer => "integer",
        Facts.FactType.Decimal => "decimal",
        Facts.FactType.Money => "money",
        Facts.FactType.Date => "date",
        Facts.FactType.Text => "text",
        Facts.FactType.Jurisdiction => "jurisdiction",
        Facts.FactType.Code => "code",
        Facts.FactType.CodeSet => "codeSet",
        _ => "certifications",
    };
}
