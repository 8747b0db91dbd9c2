using System.Text;
using PolicyKit.CatalogFiles;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Reliability.Tests.Support;
using PolicyKit.Sources;

namespace PolicyKit.Reliability.Tests.Hostile;

/// <summary>
/// The named attacks: nesting 100,000 deep, a 50 MB string, empty and near-empty inputs. Each
/// must end in the one located exception, within <see cref="Watchdog.CaseLimit"/>, without a
/// stack overflow.
/// </summary>
public class GiantInputTests
{
    private const int Deep = 100_000;
    private const int FiftyMegabytes = 50 * 1000 * 1000;

    private static readonly string ValidCatalog = CatalogJson.Write(Corpus.Catalog(3, 3), indented: false);

    public static TheoryData<string> Attacks => [.. Inputs.Keys];

    private static readonly Dictionary<string, Func<string>> Inputs = new()
    {
        ["arrays 100,000 deep"] = () => new string('[', Deep) + new string(']', Deep),
        ["objects 100,000 deep"] = () => string.Concat(Enumerable.Repeat("{\"a\":", Deep)) + "1" + new string('}', Deep),
        ["unclosed arrays 100,000 deep"] = () => new string('[', Deep),
        ["eligibility: not 100,000 deep"] = () => ValidCatalog.Replace("\"eligibility\":", "\"eligibility\":" + string.Concat(Enumerable.Repeat("{\"not\":", Deep)) + "{\"always\":true}" + new string('}', Deep) + ",\"x\":", StringComparison.Ordinal),
        ["fact value 100,000 deep"] = () => "{\"facts\":{\"enterprise.industries\":" + new string('[', Deep) + new string(']', Deep) + "}}",
        ["id of 50 MB"] = () => "{\"id\":\"" + new string('x', FiftyMegabytes) + "\",\"facts\":{}}",
        ["id of 50 MB, unterminated"] = () => "{\"id\":\"" + new string('企', FiftyMegabytes / 3),
        ["property name of 50 MB"] = () => "{\"" + new string('x', FiftyMegabytes) + "\":1}",
        ["empty"] = () => "",
        ["whitespace"] = () => " \n\t\r ",
        ["byte order mark only"] = () => "\uFEFF",
        ["NUL bytes"] = () => "\0\0\0\0",
        ["a lone surrogate"] = () => "{\"id\":\"\ud800\",\"facts\":{}}",
        ["two documents"] = () => "{\"facts\":{}}{\"facts\":{}}",
        ["number of 100,000 digits"] = () => "{\"facts\":{\"enterprise.employees\":" + new string('9', Deep) + "}}",
        ["exponent 1e400 and -0"] = () => "{\"facts\":{\"enterprise.annualOutput\":1e400,\"project.investment\":-0}}",
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void CatalogReader_EndsInTheOneLocatedException(string attack)
    {
        var text = Inputs[attack]();
        var bytes = Encoding.UTF8.GetBytes(text);
        var larger = new CatalogReadOptions { MaxBytes = 128L * 1024 * 1024 };
        var failures = new Watchdog().Run(4, i => Outcome.Of(() => i switch
        {
            0 => CatalogJson.Read(text),
            1 => CatalogJson.Read(new MemoryStream(bytes)),
            2 => CatalogJson.Read(new UnseekableStream(bytes), larger),
            _ => CatalogJson.Read(text, larger),
        }, catalog => "a hostile input loaded as a catalog"), attack);

        failures.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public void ProfileReader_EndsInTheOneLocatedExceptionOrAValidLoad(string attack)
    {
        var text = Inputs[attack]();
        var bytes = Encoding.UTF8.GetBytes(text);
        var larger = new CatalogReadOptions { MaxBytes = 128L * 1024 * 1024 };
        var failures = new Watchdog().Run(4, i => Outcome.Of(() => i switch
        {
            0 => ProfileJson.Read(text, FactSchema.Standard),
            1 => ProfileJson.Read(new UnseekableStream(bytes), FactSchema.Standard, larger),
            2 => ProfileJson.ReadLine(text, FactSchema.Standard, 7, larger),
            _ => ProfileJson.Read(new MemoryStream(bytes), FactSchema.Standard),
        }), attack);

        failures.Should().BeEmpty();
    }

    [Fact]
    public void InvalidUtf8InAString_FromBytes_IsRejectedWithItsLocation()
    {
        // From a string the bytes were already decoded (bad bytes became U+FFFD); from bytes the reader must refuse them.
        var json = Encoding.UTF8.GetBytes("{\n  \"id\": \"ab\",\n  \"facts\": {}\n}");
        byte[] hostile = [.. json.AsSpan(0, 12), 0xC3, 0x28, .. json.AsSpan(12)];

        var act = () => ProfileJson.Read(new MemoryStream(hostile), FactSchema.Standard, sourceName: "bad.json");

        var e = act.Should().ThrowExactly<ProfileFormatException>().Which;
        e.Reason.Should().Contain("UTF-8");
        (e.SourceName, e.Location, e.LineNumber).Should().Be(("bad.json", "id", 2L));
    }

    /// <summary>A stream without a length, so the reader must grow its buffer and stop at the size limit.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
    }
}
