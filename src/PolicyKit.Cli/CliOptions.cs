using System.CommandLine;
using NodaTime;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Cli;

/// <summary>
/// The options several commands share, in one place (specification §5.1): each call makes a new option,
/// since an option belongs to the command it is added to. Values stay strings where the command's own
/// message for a bad value is the contract (<c>--format 'xml' is not supported</c>); tab completion
/// offers the allowed ones.
/// </summary>
internal static class CliOptions
{
    public static Option<string> Profile() => new("--profile") { Description = "an enterprise profile (JSON)", HelpName = "file" };

    public static Option<bool> Sample() => new("--sample") { Description = "the embedded sample enterprise (fictional), as of 2023-06-30 unless --as-of" };

    public static Option<string> Catalog() => new("--catalog")
    {
        Description = $"an embedded catalog id or a catalog file (default {QingdaoCatalogs.ReferenceId})",
        HelpName = "file|id",
    };

    public static Option<string> AsOf(string? description = null) => new("--as-of")
    {
        Description = description ?? "the date to decide on (default: today in Asia/Shanghai)",
        HelpName = "yyyy-MM-dd",
    };

    /// <summary><c>--format</c>, the first of <paramref name="formats"/> being the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"the output format (default {formats[0]})", HelpName = string.Join('|', formats) };
        option.CompletionSources.Add(formats);
        return option;
    }

    public static Option<string> Lang()
    {
        var option = new Option<string>("--lang") { Description = "the language of the output (default zh)", HelpName = "zh|en" };
        option.CompletionSources.Add("zh", "en");
        return option;
    }

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };
}

/// <summary>
/// The inputs of <c>match</c>, <c>explain</c> and <c>ask</c>: exactly one of <c>--profile</c> and
/// <c>--sample</c>, the catalog and the date.
/// </summary>
internal sealed class ProfileInputs
{
    public Option<string> Profile { get; } = CliOptions.Profile();

    public Option<bool> Sample { get; } = CliOptions.Sample();

    public Option<string> Catalog { get; } = CliOptions.Catalog();

    public Option<string> AsOf { get; } = CliOptions.AsOf();

    public void AddTo(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(Sample);
        command.Options.Add(Catalog);
        command.Options.Add(AsOf);
    }

    public (PolicyCatalog Catalog, EnterpriseProfile Profile, LocalDate AsOf) Read(CliContext context, ParseResult result)
    {
        var catalog = CliContext.Catalog(result.GetValue(Catalog));
        var path = result.GetValue(Profile);
        if (result.GetValue(Sample) == (path is not null))
        {
            throw new UsageException("give either --profile <file> or --sample.");
        }

        if (path is null)
        {
            return (catalog, QingdaoCatalogs.SampleProfile.Rebind(catalog.Schema), context.AsOf(result.GetValue(AsOf), QingdaoCatalogs.SampleAsOf));
        }

        return (catalog, CliContext.Profile(path, catalog), context.AsOf(result.GetValue(AsOf), null));
    }
}
