using PolicyKit.CatalogFiles;
using PolicyKit.Formats;
using PolicyKit.Tests.Support;
using PolicyKit.Validation;

namespace PolicyKit.Tests.CatalogFiles;

/// <summary>
/// The corpus in <c>Malformed/</c>: each file either cannot be read (the exception's JSON path,
/// line and reason are pinned) or reads and draws exactly one diagnostic code (no other error or
/// warning).
/// </summary>
public class MalformedCatalogTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "CatalogFiles", "Malformed");

    /// <summary>File, JSON path, line, and the reason (for syntax errors, its start).</summary>
    public static TheoryData<string, string, long, string> Unreadable => new()
    {
        { "all-not-array.json", "policies[0].eligibility.all", 26, "expected an array, found an object." },
        { "all-with-any.json", "policies[0].eligibility", 27, "unexpected property 'any' beside 'all'; a predicate object has one form." },
        { "always-false.json", "policies[0].eligibility.always", 26, "write { \"always\": true }; found false." },
        { "award-two-forms.json", "policies[0].award", 30, "unexpected property 'upTo' beside 'fixed'; an award object has one form (rate and capped take a 'cap')." },
        { "bad-date.json", "lists[0].validity.start", 13, "'2023-13-01' is not a date; expected yyyy-MM-dd, e.g. 2023-01-01." },
        { "bad-jurisdiction.json", "lists[0].jurisdiction", 11, "'3702' is not a jurisdiction code; expected six digits (GB/T 2260, e.g. 370212) or nine for a street." },
        { "band-unknown-property.json", "policies[0].award.tiers.bands[0]", 35, "unknown property 'to' in a band; expected from or amount." },
        { "citation-without-document.json", "policies[0].citations[0].document", 33, "a citation names its document." },
        { "codes-on-number-fact.json", "facts[0].codes", 11, "fact 'x.n' is of type decimal; only code, codeSet and certifications facts have codes." },
        { "comparison-array.json", "policies[0].eligibility.eq", 27, "a comparison needs one value (a string, number, true or false), found an array." },
        { "comparison-null.json", "policies[0].eligibility.eq", 27, "a comparison needs one value (a string, number, true or false), found null." },
        { "declared-items-fraction.json", "lists[0].declaredItems", 16, "expected a count (a whole number of zero or more), found 2.5." },
        { "declared-items-negative.json", "lists[0].declaredItems", 16, "expected a count (a whole number of zero or more), found -1." },
        { "duplicate-key.json", "id", 4, "duplicate property 'id'; each property may appear once." },
        { "empty-chinese-title.json", "policies[0].title.zh", 23, "the Chinese text must not be empty." },
        { "empty.json", "", 1, "invalid JSON: " },
        { "guide-empty-window.json", "policies[0].guide.windows[0]", 33, "an application window states its start, its end or both; for applications accepted all year write \"yearRound\": true." },
        { "guide-link-not-http.json", "policies[0].guide.link", 33, "expected the document's address as an absolute http or https link, found 'ftp://example.org/doc'." },
        { "guide-unknown-property.json", "policies[0].guide", 32, "unknown property 'deadline' in an application guide; expected windows, yearRound, materials, phone, method, address, payoutTime, documentNumber, link or withoutApplication." },
        { "guide-year-round-and-windows.json", "policies[0].guide.windows", 33, "an application guide accepts applications all year (yearRound) or in windows, not both." },
        { "has-period-without-end.json", "policies[0].eligibility.recognizedWithin", 27, "a period ({ \"start\", \"end\" }) needs 'end'." },
        { "in-not-array.json", "policies[0].eligibility.in", 27, "expected an array, found a string \"finance\"." },
        { "missing-version.json", "", 1, "a catalog needs 'version'." },
        { "modifier-ratio-string.json", "modifiers[0].ratios.A", 40, "expected a number, found a string \"1\"." },
        // Issue 18 (6): 1e-30 read as 0, "nothing paid", without a word.
        { "modifier-ratio-underflow.json", "modifiers[0].ratios.D", 43, "the number 1e-30 is not 0 but smaller than decimal can hold (28 decimal places); it would read as 0." },
        { "money-as-string.json", "policies[0].award.upTo", 29, "expected a number, found a string \"500000\"." },
        { "no-operator.json", "policies[0].eligibility", 25, "the condition on 'enterprise.employees' has no operator; expected one of eq, ne, lt, le, gt, ge, in, within." },
        { "none-false.json", "policies[0].award.none", 29, "write { \"none\": true } for non-monetary support; found false." },
        { "number-out-of-range.json", "policies[0].award.upTo", 29, "the number 1e40 is outside the range of decimal (about ±7.9e28, 28 decimal places)." },
        { "policy-not-object.json", "policies[0]", 19, "expected a policy as an object, found a string \"p\"." },
        { "rate-without-of.json", "policies[0].award", 28, "a rate award needs 'of'." },
        { "root-array.json", "", 1, "expected a catalog as an object, found an array." },
        { "stacking-unknown-property.json", "policies[0].stacking", 32, "unknown property 'exclusive' in a stacking; expected exclusiveGroup or stacksOn." },
        { "syntax-comment.json", "", 2, "invalid JSON: " },
        { "syntax-trailing-comma.json", "version", 4, "invalid JSON: " },
        { "syntax-unterminated.json", "version", 4, "invalid JSON: " },
        { "tier-ge-and-gt.json", "classifications[0].tiers[0]", 41, "a classification tier needs exactly one of 'ge' (from a threshold) or 'gt' (over a threshold)." },
        { "title-as-string.json", "policies[0].title", 22, "expected a text ({ \"zh\", \"en\" }) as an object, found a string \"政策\"." },
        { "too-deep.json", "policies[0].eligibility.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not.not", 86, "the JSON nests deeper than 64 levels (CatalogReadOptions.MaxDepth)." },
        { "two-documents.json", "", 2, "invalid JSON: " },
        { "two-operators.json", "policies[0].eligibility", 28, "a comparison has one operator; found 'ge' and 'le'. Combine two conditions with all." },
        { "unknown-award-form.json", "policies[0].award", 29, "unknown award form 'upto'; expected one of none, unstated, candidacy, fixed, upTo, rate, perUnit, capped, tiers, taxReduction." },
        { "unknown-fact-type.json", "facts[0].type", 7, "'number' is not allowed here; expected one of bool, integer, decimal, money, date, text, jurisdiction, code, codeSet, certifications." },
        { "unknown-funding-kind.json", "policies[0].fundingKind", 31, "'grant' is not allowed here; expected one of non-investment, investment." },
        { "unknown-operator.json", "policies[0].eligibility", 27, "unknown operator 'gte' in a comparison of 'enterprise.employees'; expected one of eq, ne, lt, le, gt, ge, in, within." },
        { "unknown-predicate-form.json", "policies[0].eligibility", 26, "unknown predicate form 'every'; expected all, any, not, always, never, has, or fact with one of eq, ne, lt, le, gt, ge, in, within." },
        { "unknown-status.json", "policies[0].status", 31, "'continuing' is not allowed here; expected one of new, continued." },
        { "unknown-top-property.json", "", 33, "unknown property 'polices' in a catalog; expected $schema, id, version, title, facts, lists, policies, modifiers or classifications." },
        { "validity-inverted.json", "policies[0].validity.end", 33, "a validity cannot end (2023-01-01) before it starts (2023-12-31)." },
    };

    /// <summary>File and the one diagnostic code it draws.</summary>
    public static TheoryData<string, string> Invalid => new()
    {
        { "pk2001-unknown-fact.json", "PK2001" },
        { "pk2002-unknown-list.json", "PK2002" },
        { "pk2003-unknown-section.json", "PK2003" },
        { "pk2004-unknown-theme.json", "PK2004" },
        { "pk2005-missing-predecessor-list.json", "PK2005" },
        { "pk2006-continued-item-missing.json", "PK2006" },
        { "pk2008-stacks-on-unknown.json", "PK2008" },
        { "pk2009-stacks-on-cycle.json", "PK2009" },
        { "pk2012-duplicate-policy.json", "PK2012" },
        { "pk3002-validity-outside-list.json", "PK3002" },
        { "pk3004-group-mixes-funding.json", "PK3004" },
        { "pk3007-window-outside-validity.json", "PK3007" },
        { "pk4001-value-type.json", "PK4001" },
        { "pk4002-closed-code.json", "PK4002" },
        { "pk4004-negative-cap.json", "PK4004" },
        { "pk4005-ratio-above-one.json", "PK4005" },
        { "pk4006-contradictory-bounds.json", "PK4006" },
        { "pk4007-all-of-constants.json", "PK4007" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void ReadFile_UnreadableCatalog_ThrowsCatalogFormatExceptionAtPath(string file, string path, long line, string reason)
    {
        var full = Path.Combine(Folder, file);
        var act = () => CatalogJson.ReadFile(full);

        var e = act.Should().ThrowExactly<CatalogFormatException>().Which;
        e.SourceName.Should().Be(full);
        e.JsonPath.Should().Be(path);
        e.LineNumber.Should().Be(line);
        e.BytePositionInLine.Should().BePositive();
        if (reason.StartsWith("invalid JSON", StringComparison.Ordinal))
        {
            e.Reason.Should().StartWith(reason);
            e.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
        }
        else
        {
            e.Reason.Should().Be(reason);
        }

        e.Message.Should().Contain(full).And.Contain(e.Reason);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidCatalog_ReportsOnlyItsCode(string file, string code)
    {
        var catalog = CatalogJson.ReadFile(Path.Combine(Folder, file));

        var found = CatalogValidator.Validate(catalog).Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code).Distinct();

        found.Should().Equal(code);
    }

    [Fact]
    public void Corpus_EveryFile_HasAnExpectation()
    {
        var listed = Unreadable.Select(row => (string)row[0]).Concat(Invalid.Select(row => (string)row[0])).ToList();
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).ToList();

        files.Should().BeEquivalentTo(listed);
        files.Should().HaveCountGreaterThanOrEqualTo(30);
    }
}
