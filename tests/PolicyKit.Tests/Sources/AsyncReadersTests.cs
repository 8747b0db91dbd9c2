using System.Text;
using PolicyKit.CatalogFiles;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;
using PolicyKit.Sources;

namespace PolicyKit.Tests.Sources;

/// <summary>The asynchronous readers read what the synchronous ones read and fail with the same messages and places.</summary>
public class AsyncReadersTests
{
    private static readonly FactSchema Schema = ProfileSources.Schema;

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read and refuses synchronous reads, as Kestrel does.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            var n = (int)Math.Min(Math.Min(chunk, buffer.Length), bytes.Length - Position);
            bytes.AsMemory((int)Position, n).CopyTo(buffer);
            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static TrickleStream Trickle(string text, int chunk = 7, bool mark = false) =>
        new([.. mark ? "\uFEFF"u8.ToArray() : [], .. Encoding.UTF8.GetBytes(text)], chunk);

    private static async Task<List<EnterpriseProfile>> All(IAsyncEnumerable<EnterpriseProfile> lines)
    {
        var list = new List<EnterpriseProfile>();
        await foreach (var p in lines)
        {
            list.Add(p);
        }

        return list;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(65536)]
    public async Task ReadLinesAsync_AnyReadSize_EqualsTheSyncReader(int chunk)
    {
        var profiles = ProfileSources.Generate(300, unknownShare: 0.2);
        var text = string.Join("\r\n", profiles.Select(p => ProfileJson.Write(p))) + "\n\n  \n";

        var read = await All(ProfileJson.ReadLinesAsync(Trickle(text, chunk, mark: true), Schema));

        ProfileSources.ShouldEqual(read, ProfileJson.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), Schema).ToList());
        ProfileSources.ShouldEqual(read, profiles);
    }

    [Fact]
    public async Task ReadLinesAsync_BadLine_SameErrorAsTheSyncReader_AfterTheGoodLines()
    {
        var good = ProfileJson.Write(ProfileSources.Generate(2)[0]);
        var text = good + "\n" + good + "\n{\"facts\":{\"enterprise.employees\":\"many\"}}\n" + good;
        var sync = () => ProfileJson.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), Schema, sourceName: "p.jsonl").ToList();
        var expected = sync.Should().Throw<ProfileFormatException>().Which;
        var seen = new List<EnterpriseProfile>();

        var read = async () =>
        {
            await foreach (var p in ProfileJson.ReadLinesAsync(Trickle(text, 5), Schema, sourceName: "p.jsonl"))
            {
                seen.Add(p);
            }
        };

        var actual = (await read.Should().ThrowAsync<ProfileFormatException>()).Which;
        actual.Message.Should().Be(expected.Message);
        actual.LineNumber.Should().Be(3);
        seen.Should().HaveCount(2, "the lines before the bad one are read and handed out first");
    }

    [Fact]
    public async Task ReadLinesAsync_LineOverTheLimit_FailsAsTheSyncReader()
    {
        var options = new CatalogReadOptions { MaxBytes = 64 };
        var text = "{}\n" + "{\"id\":\"" + new string('x', 200) + "\",\"facts\":{}}\n{}";
        var sync = () => ProfileJson.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), Schema, options).ToList();
        var expected = sync.Should().Throw<ProfileFormatException>().Which;

        var read = () => All(ProfileJson.ReadLinesAsync(Trickle(text, 3), Schema, options));

        (await read.Should().ThrowAsync<ProfileFormatException>()).Which.Message.Should().Be(expected.Message);
    }

    [Fact]
    public async Task ReadLinesAsync_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var read = () => All(ProfileJson.ReadLinesAsync(Trickle("{}\n{}"), Schema, cancellationToken: cancel.Token));

        await read.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData("""{ "facts": { "enterprise.employees": 12 }, "id": "a" }""")]
    [InlineData("""{ "facts": { "enterprise.employees": "12" } }""")]
    [InlineData("""{ "facts": { "no.such.fact": 1 } }""")]
    [InlineData("""{ "facts": { "enterprise.employees": 1, "enterprise.employees": 2 } }""")]
    [InlineData("""{ "facts": { """)]
    [InlineData("")]
    public async Task ReadAsync_SameProfileOrSameErrorAsTheSyncReader(string json)
    {
        var sync = Capture(() => ProfileJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Schema, sourceName: "body"));

        var async = await CaptureAsync(async () => await ProfileJson.ReadAsync(Trickle(json, 4), Schema, sourceName: "body"));

        async.Error.Should().Be(sync.Error);
        (async.Value is null).Should().Be(sync.Value is null);
        if (sync.Value is not null)
        {
            async.Value!.ContentEquals(sync.Value).Should().BeTrue();
        }
    }

    [Fact]
    public async Task ReadAsync_OverTheLimit_FailsWithoutReadingEverything()
    {
        var json = "{\"id\":\"" + new string('x', 10_000) + "\",\"facts\":{}}";
        var stream = Trickle(json, 100);

        var read = async () => await ProfileJson.ReadAsync(stream, Schema, new CatalogReadOptions { MaxBytes = 1000 });

        (await read.Should().ThrowAsync<ProfileFormatException>()).Which.Message.Should().Contain("1000 bytes");
        stream.Position.Should().BeLessThan(json.Length);
    }

    [Theory]
    [InlineData("""{ "id": "broken", "version": 1 }""")]
    [InlineData("{ nope")]
    public async Task CatalogReadAsync_SameErrorAsTheSyncReader(string json)
    {
        var sync = Capture(() => CatalogJson.Read(json, sourceName: "c.json"));

        var async = await CaptureAsync(async () => await CatalogJson.ReadAsync(Trickle(json, 3), sourceName: "c.json"));

        async.Error.Should().NotBeNull().And.Be(sync.Error);
    }

    [Fact]
    public async Task CatalogReadAsync_ReadsWhatWasWritten()
    {
        var text = CatalogJson.Write(ProfileSources.Catalog);

        var read = await CatalogJson.ReadAsync(Trickle(text, 4096));

        CatalogJson.Write(read).Should().Be(text);
    }

    [Fact]
    public async Task PopulationReadJsonLinesAsync_CountsEveryFirm()
    {
        var profiles = ProfileSources.Generate(500);
        var text = string.Concat(profiles.Select(p => ProfileJson.Write(p) + "\n"));

        var population = await PopulationReader.ReadJsonLinesAsync(Trickle(text, 999), Schema);

        population.Count.Should().Be(500);
        population.ColumnBytes.Should().Be(PopulationReader.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), Schema).ColumnBytes);
    }

    private static (T? Value, string? Error) Capture<T>(Func<T> read)
        where T : class
    {
        try
        {
            return (read(), null);
        }
        catch (InputFormatException e)
        {
            return (null, e.Message);
        }
    }

    private static async Task<(T? Value, string? Error)> CaptureAsync<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return (await read(), null);
        }
        catch (InputFormatException e)
        {
            return (null, e.Message);
        }
    }
}
