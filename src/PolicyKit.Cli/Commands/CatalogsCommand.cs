using System.CommandLine;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Cli.Output;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit catalogs</c>: the embedded catalogs.</summary>
internal static class CatalogsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("catalogs", "list the embedded catalogs: id, version, lists, policies");
        command.SetAction(_ => Run(context));
        return command;
    }

    private static int Run(CliContext context)
    {
        var table = new TextTable("id", "version", "lists", "policies");
        foreach (var id in QingdaoCatalogs.Ids)
        {
            var catalog = QingdaoCatalogs.Get(id);
            table.Add(catalog.Id, catalog.Version, catalog.Lists.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), catalog.Policies.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.WriteTo(context.Out);
        return CliApp.Ok;
    }
}
