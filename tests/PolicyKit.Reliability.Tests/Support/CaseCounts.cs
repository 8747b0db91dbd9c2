using System.Globalization;

namespace PolicyKit.Reliability.Tests.Support;

/// <summary>
/// How many generated cases a run checks: a fast default for <c>dotnet test</c>, raised by
/// <c>.ci/run</c> through environment variables.
/// </summary>
internal static class CaseCounts
{
    /// <summary>Cases per law: <c>POLICYKIT_LAW_CASES</c>, default 5,000 (CI: 100,000).</summary>
    public static int Laws => Read("POLICYKIT_LAW_CASES", 5_000);

    /// <summary>Mutated files per input kind: <c>POLICYKIT_HOSTILE_CASES</c>, default 5,000 (CI: 100,000).</summary>
    public static int Hostile => Read("POLICYKIT_HOSTILE_CASES", 5_000);

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}
