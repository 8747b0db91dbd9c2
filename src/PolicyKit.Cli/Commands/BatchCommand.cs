using System.CommandLine;
using System.Globalization;
using PolicyKit.Batching;
using PolicyKit.Cli.Output;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Sources;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit batch</c>: every profile of a JSON Lines file, reports in input order, as JSON Lines or CSV.
/// </summary>
/// <remarks>
/// The output is written by <see cref="OutputFile"/>: a bad input line leaves no output at all (and any
/// earlier file untouched), while Ctrl+C keeps the complete lines of the profiles done so far: the file
/// is never torn.
/// </remarks>
internal static class BatchCommand
{
    public static Command Create(CliContext context)
    {
        var profiles = new Option<string>("--profiles") { Description = "the enterprise profiles, one JSON object a line", HelpName = "file.jsonl" };
        var output = new Option<string>("--out") { Description = "the file to write: replaced only once complete", HelpName = "file" };
        var catalog = CliOptions.Catalog();
        var asOf = CliOptions.AsOf();
        var format = CliOptions.Format("jsonl", "csv");
        var reasons = CliOptions.Flag("--reasons", "include each decision's reasons tree (jsonl)");
        var command = new Command("batch", "match every profile of a JSON Lines file; reports in input order, as JSON Lines or CSV")
        {
            profiles, output, catalog, asOf, format, reasons,
        };
        command.SetAction(r => Run(context, r.GetValue(profiles), r.GetValue(output), r.GetValue(catalog), r.GetValue(asOf), r.GetValue(format), r.GetValue(reasons)));
        return command;
    }

    private static int Run(CliContext context, string? profilesPath, string? outputPath, string? catalogReference, string? asOfText, string? format, bool reasons)
    {
        var input = profilesPath ?? throw new UsageException("batch needs --profiles <file.jsonl>.");
        var output = outputPath ?? throw new UsageException("batch needs --out <file>.");
        var csv = format switch
        {
            null or "jsonl" => false,
            "csv" => true,
            var other => throw new UsageException($"--format '{other}' is not supported by batch; use jsonl or csv."),
        };
        CliContext.RequireFile(input, "profiles file");

        var catalog = CliContext.Catalog(catalogReference);
        var asOf = context.AsOf(asOfText, null);
        var ids = new Queue<string?>();
        var done = 0L;
        bool cancelled;
        using (var file = OutputFile.Open(output, "--out"))
        {
            using var stream = File.OpenRead(input);
            var writer = file.Writer;
            var profiles = Remember(ProfileJson.ReadLines(stream, catalog.Schema, sourceName: input, cancellationToken: context.Cancellation), ids);
            var lines = csv ? new CsvLines(writer) : null;
            var jsonOptions = new ReportWriteOptions { IncludeReasons = reasons, Indented = false };
            cancelled = Progress.Run(context, context.OutputIsTerminal ? CountLines(input) : 0, progress =>
            {
                try
                {
                    foreach (var report in new CompiledEvaluator(catalog).EvaluateMany(profiles, asOf, new BatchOptions { Progress = progress }, context.Cancellation))
                    {
                        done++;
                        var id = ids.Dequeue();
                        if (lines is null)
                        {
                            writer.Write(ReportJson.Write(report, jsonOptions) + "\n");
                        }
                        else
                        {
                            lines.Write(done, id, report);
                        }
                    }

                    return false;
                }
                catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
                {
                    return true;
                }
            });

            // Only complete reports were written: on Ctrl+C they are the prefix kept (specification §12.4).
            file.Commit();
        }

        if (cancelled)
        {
            context.Error.WriteLine($"policykit: cancelled; {Printable.Escape(output)} holds the complete reports of the first {done} profile(s).");
            return CliApp.Cancelled;
        }

        context.Error.WriteLine($"{done} profile(s) matched against {catalog.Id} {catalog.Version} as of {NodaTime.Text.LocalDatePattern.Iso.Format(asOf)}; written to {Printable.Escape(output)}.");
        return CliApp.Ok;
    }

    /// <summary>Keeps each profile's id in input order, so a CSV row can name the firm its report belongs to.</summary>
    private static IEnumerable<EnterpriseProfile> Remember(IEnumerable<EnterpriseProfile> profiles, Queue<string?> ids)
    {
        foreach (var profile in profiles)
        {
            ids.Enqueue(profile.Id);
            yield return profile;
        }
    }

    private static long CountLines(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        long count = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            count += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return count;
    }

    /// <summary>One row per profile and policy in force (specification §5), RFC 4180 quoting.</summary>
    private sealed class CsvLines
    {
        private readonly TextWriter _writer;

        public CsvLines(TextWriter writer)
        {
            _writer = writer;
            _writer.Write("profile,profileId,policyId,verdict,amount,upTo,capped,missingFacts\n");
        }

        public void Write(long number, string? profileId, DecisionReport report)
        {
            foreach (var d in report.Decisions)
            {
                _writer.Write(string.Join(
                    ',',
                    number.ToString(CultureInfo.InvariantCulture),
                    Quote(profileId ?? ""),
                    Quote(d.PolicyId),
                    VerdictName(d.Verdict),
                    Money(d.Award?.Amount),
                    Money(d.Award?.UpTo),
                    d.Award?.Capped == true ? "true" : "false",
                    Quote(string.Join('|', d.MissingFacts))) + "\n");
            }
        }

        private static string VerdictName(Verdict verdict) => verdict switch
        {
            Verdict.Eligible => "eligible",
            Verdict.Ineligible => "ineligible",
            _ => "undetermined",
        };

        /// <summary>Money as the JSON writes it: invariant, without trailing zeros (specification §12.3).</summary>
        private static string Money(decimal? value) => value is { } v ? Numbers.Format(v) : "";

        private static string Quote(string value) =>
            value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
