namespace PolicyKit.Testing.Builders;

/// <summary>
/// Sums as policy texts write them: <c>Yuan.Wan(50)</c> is 50万元 (500,000 yuan), <c>Yuan.Yi(12)</c>
/// is 12亿元 (1.2 billion yuan).
/// </summary>
public static class Yuan
{
    /// <summary><paramref name="wan"/> 万元: times 10,000.</summary>
    public static decimal Wan(decimal wan) => wan * 10_000m;

    /// <summary><paramref name="yi"/> 亿元: times 100,000,000.</summary>
    public static decimal Yi(decimal yi) => yi * 100_000_000m;
}
