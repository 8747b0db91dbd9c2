namespace PolicyKit.Validation;

/// <summary>Finds the known name nearest to a misspelt one, for "did you mean" hints.</summary>
internal static class NearestName
{
    /// <summary>
    /// The candidate within edit distance max(3, a third of the length) of <paramref name="name"/>,
    /// nearest first, then in ordinal order; <see langword="null"/> when none is that close.
    /// </summary>
    public static string? Find(string name, IEnumerable<string> candidates) => candidates
        .Select(c => (Id: c, Distance: Levenshtein(c, name)))
        .Where(p => p.Distance <= Math.Max(3, name.Length / 3))
        .OrderBy(p => p.Distance).ThenBy(p => p.Id, StringComparer.Ordinal)
        .Select(p => p.Id).FirstOrDefault();

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
