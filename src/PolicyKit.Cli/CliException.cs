namespace PolicyKit.Cli;

/// <summary>Bad usage or unreadable input: exit code 2 with one line on stderr.</summary>
internal sealed class UsageException(string message) : Exception(message);
