using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace PolicyKit.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into the one line of bad usage (specification §5.1): an
/// unknown command or option with the nearest known one suggested (<c>--sampel</c>: did you mean
/// <c>--sample</c>?) and what the command takes, an option without its value, a wrong number of arguments.
/// </summary>
internal static class UsageErrors
{
    public static string Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var isRoot = command is RootCommand;
        var unmatched = parsed.UnmatchedTokens;
        var unknownOption = unmatched.FirstOrDefault(t => t.Length > 1 && t[0] == '-');
        if (isRoot && unmatched.FirstOrDefault(t => t.Length == 0 || t[0] != '-') is { } word)
        {
            var suggestion = Nearest(word, command.Subcommands.Select(c => c.Name));
            return $"unknown command '{word}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; run 'policykit --help' for the commands.";
        }

        if (unknownOption is not null)
        {
            var name = unknownOption.Split('=', 2)[0];
            var known = OptionNames(command).ToList();
            var suggestion = Nearest(name, known);
            var hint = suggestion is null ? "" : $" (did you mean {suggestion}?)";
            return isRoot
                ? $"unknown option {name}{hint}; run 'policykit --help' for the commands."
                : known.Count == 0
                    ? $"unknown option {name}; '{command.Name}' takes no options."
                    : $"unknown option {name}{hint}; '{command.Name}' takes {string.Join(", ", known)}.";
        }

        if (isRoot && parsed.Errors.Count > 0 && parsed.Errors[0].SymbolResult is CommandResult)
        {
            return "give a command; run 'policykit --help' for the commands.";
        }

        if (unmatched.Count > 0 || parsed.Errors.Any(e => e.SymbolResult is ArgumentResult or CommandResult))
        {
            return Positionals(parsed, command);
        }

        var error = parsed.Errors[0];
        if (error.SymbolResult is OptionResult { Tokens.Count: 0 } option)
        {
            return $"option {option.Option.Name} needs a value.";
        }

        return error.Message;
    }

    /// <summary>A wrong number of arguments, in the words of specification §5.</summary>
    private static string Positionals(ParseResult parsed, Command command)
    {
        var given = command.Arguments.Sum(a => parsed.GetResult(a)?.Tokens.Count ?? 0) + parsed.UnmatchedTokens.Count;
        var expected = command.Arguments.Count;
        return expected == 0
            ? $"'{command.Name}' takes no arguments besides its options, but got '{string.Join(" ", parsed.UnmatchedTokens)}'."
            : $"'{command.Name}' takes {expected} argument(s), but got {given}.";
    }

    /// <summary>The options a command takes, sorted, without help and version.</summary>
    public static IEnumerable<string> OptionNames(Command command) => command.Options
        .Where(o => o is not HelpOption and not VersionOption && !o.Hidden)
        .Select(o => o.Name)
        .Order(StringComparer.Ordinal);

    /// <summary>The known name closest to <paramref name="word"/> (a typo: one or two edits, or a prefix), or null.</summary>
    public static string? Nearest(string word, IEnumerable<string> names)
    {
        var bare = word.TrimStart('-');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            var candidate = name.TrimStart('-');
            var distance = candidate.StartsWith(bare, StringComparison.Ordinal) && bare.Length >= 3 ? 0 : Distance(bare, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(1, Math.Min(2, bare.Length / 3)) ? best : null;
    }

    /// <summary>Edits between two words, a swap of neighbours counting as one (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
