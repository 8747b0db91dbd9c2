using System.CommandLine;
using PolicyKit.Cli.Commands;

namespace PolicyKit.Cli;

/// <summary>The command list of <c>policykit</c>, in one place (specification §5).</summary>
internal static class CliCommands
{
    public static RootCommand Root(CliContext context)
    {
        var root = new RootCommand("policykit: match enterprises against Chinese regional enterprise-support policy lists and explain the decisions (docs/specification.md §5).")
        {
            CatalogsCommand.Create(context),
            ValidateCommand.Create(context),
            MatchCommand.Create(context),
            ExplainCommand.Create(context),
            AskCommand.Create(context),
            DiffCommand.Create(context),
            BatchCommand.Create(context),
            TestCommand.Create(context),
            SimulateCommand.Create(context),
            ServeCommand.Create(context),
        };
        return root;
    }
}
