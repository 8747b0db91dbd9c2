namespace PolicyKit.WebHost.Tests.Browser;

/// <summary>
/// A test that drives the calculator page in Debian's headless Chromium through its chromedriver
/// (packages <c>chromium</c> and <c>chromium-driver</c>). Without them the test is skipped with the
/// reason, except under <c>CI=true</c>, where it runs and fails: <c>.ci/run</c> installs them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Debian's Chromium.</summary>
    public const string Browser = "/usr/bin/chromium";

    /// <summary>Debian's chromedriver, of the same version as the browser.</summary>
    public const string Driver = "/usr/bin/chromedriver";

    public BrowserFactAttribute()
    {
        if ((!File.Exists(Browser) || !File.Exists(Driver))
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"no headless browser: {Browser} or {Driver} is missing (apt-get install chromium chromium-driver; CI=true makes this a failure).";
        }
    }
}
