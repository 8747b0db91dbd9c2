using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime.Testing;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Compilation;
using PolicyKit.Outputs;
using PolicyKit.Sources;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit serve</c> listens, answers as the library does, and stops on Ctrl+C with exit code 0.</summary>
public sealed class ServeCommandTests
{
    /// <summary>What was written so far, read under the synchronized writer's lock.</summary>
    private static string Text(StringWriter output, TextWriter synchronized)
    {
        lock (synchronized)
        {
            return output.ToString();
        }
    }

    [Fact]
    public async Task Serve_AnswersMatch_AndStopsOnCancel()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = new StringWriter();
        var stdout = TextWriter.Synchronized(output);
        var run = Task.Run(() => CliApp.Run(["serve", "--urls", "http://127.0.0.1:0"], stdout, TextWriter.Null, FakeClock.FromUtc(2026, 11, 22), TextReader.Null, false, cancel.Token));

        Match line;
        while (!(line = Regex.Match(Text(output, stdout), @"PolicyKit API: (\S+)/policykit")).Success)
        {
            run.IsCompleted.Should().BeFalse("serve must keep running: " + output);
            await Task.Delay(50);
        }

        using var http = new HttpClient { BaseAddress = new Uri(line.Groups[1].Value) };
        using var response = await http.PostAsync(new Uri("/policykit/match?asOf=2023-06-30&reasons=false", UriKind.Relative), new StringContent(ProfileJson.Write(QingdaoCatalogs.SampleProfile), Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(ReportJson.Write(
            new CompiledEvaluator(QingdaoCatalogs.Reference).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf),
            new ReportWriteOptions { IncludeReasons = false, Indented = false }));
        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await page.Content.ReadAsStringAsync()).Should().Contain("政策计算器").And.Contain("data-api=\"/policykit\"");
        await cancel.CancelAsync();
        (await run).Should().Be(CliApp.Ok);
    }
}
