namespace PolicyKit.AspNetCore;

/// <summary>Limits of the endpoints <c>MapPolicyKit</c> maps.</summary>
/// <remarks>Mutable; set once in the <c>MapPolicyKit</c> callback, then read by every request.</remarks>
public sealed class PolicyKitEndpointOptions
{
    /// <summary>The largest profile body, in bytes (default 1 MiB); a larger one is refused with 413.</summary>
    public long MaxProfileBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest JSON Lines population body of <c>simulate</c>, in bytes (default 64 MiB); a larger one is refused with 413.</summary>
    public long MaxPopulationBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long one request may take, body reading included (default 10 seconds); a slower one is answered 503.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one <c>simulate</c> request may take, upload included (default 2 minutes).</summary>
    public TimeSpan SimulationTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
