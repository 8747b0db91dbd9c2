namespace PolicyKit.Cli;

/// <summary>
/// The words after the command: positionals, <c>--name value</c> options and <c>--flag</c> flags.
/// Every option must be one the command declares, so a typo is an error, not ignored.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private Arguments(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    public static Arguments Parse(IEnumerable<string> words, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags)
    {
        var positionals = new List<string>();
        var result = new Arguments(positionals);
        using var e = words.GetEnumerator();
        while (e.MoveNext())
        {
            var word = e.Current;
            if (!word.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(word);
                continue;
            }

            var name = word[2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            string? inline = null;
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (flags.Contains(name) && inline is null)
            {
                result._flags.Add(name);
            }
            else if (options.Contains(name))
            {
                if (inline is null && !e.MoveNext())
                {
                    throw new UsageException($"option --{name} needs a value.");
                }

                result._options[name] = inline ?? e.Current;
            }
            else
            {
                var known = options.Select(o => "--" + o).Concat(flags.Select(f => "--" + f)).Order(StringComparer.Ordinal);
                throw new UsageException($"unknown option --{name}; this command takes {string.Join(", ", known)}.");
            }
        }

        return result;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);
}
