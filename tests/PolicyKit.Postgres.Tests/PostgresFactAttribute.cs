namespace PolicyKit.Postgres.Tests;

/// <summary>
/// A test that needs the PostgreSQL server of <c>.ci/postgres.sh</c>, found through the
/// <c>POLICYKIT_POSTGRES</c> connection string. Without it the test is skipped with the reason,
/// except under <c>CI=true</c>, where it runs and fails: CI must test against a real server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The variable holding the Npgsql connection string.</summary>
    public const string Variable = "POLICYKIT_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"no PostgreSQL server: {Variable} is not set (start one with: eval \"$(bash .ci/postgres.sh start)\"; CI=true makes this a failure).";
        }
    }

    /// <summary>The connection string, or a failure that says how to get one.</summary>
    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"CI=true but {Variable} is not set: .ci/run must start PostgreSQL (bash .ci/postgres.sh start) before the tests.");
}
