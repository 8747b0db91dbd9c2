using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Cli.Output;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit catalogs</c>: the embedded catalogs.</summary>
internal static class CatalogsCommand
{
    public static int Run(CliContext context, string[] args)
    {
        Arguments.Parse(args, [], []).Positionals.Should(0, "catalogs");
        var table = new Table("id", "version", "lists", "policies");
        foreach (var id in QingdaoCatalogs.Ids)
        {
            var catalog = QingdaoCatalogs.Get(id);
            table.Add(catalog.Id, catalog.Version, catalog.Lists.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), catalog.Policies.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.WriteTo(context.Out);
        return CliApp.Ok;
    }
}

internal static class PositionalChecks
{
    public static void Should(this IReadOnlyList<string> positionals, int count, string command)
    {
        if (positionals.Count != count)
        {
            throw new UsageException(count == 0
                ? $"'{command}' takes no arguments besides its options, but got '{string.Join(" ", positionals)}'."
                : $"'{command}' takes {count} argument(s), but got {positionals.Count}.");
        }
    }
}
