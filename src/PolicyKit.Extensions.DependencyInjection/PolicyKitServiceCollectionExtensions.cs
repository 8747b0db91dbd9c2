using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Extensions.DependencyInjection;

#pragma warning disable IDE0130 // The namespace of Microsoft's own extensions, so hosts need no extra using.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers PolicyKit with a service collection.</summary>
public static class PolicyKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PolicyCatalogSet"/>, <see cref="IPolicyEvaluator"/> (the first
    /// catalog's), <see cref="PolicyCalendar"/> and <see cref="IClock"/> as singletons. Each is
    /// added with <c>TryAdd</c>, so a host's own registration wins.
    /// </summary>
    /// <remarks>
    /// Catalogs are read, validated and compiled here, not at first use: a bad catalog stops
    /// start-up with its <see cref="PolicyKit.Formats.CatalogFormatException"/> or
    /// <see cref="PolicyKit.Validation.InvalidCatalogException"/>.
    /// </remarks>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddPolicyKit(this IServiceCollection services, Action<PolicyKitBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new PolicyKitBuilder();
        configure(builder);
        var catalogs = new PolicyCatalogSet(builder.Catalogs);
        var zone = builder.TimeZone;

        services.TryAddSingleton(catalogs);
        services.TryAddSingleton<IPolicyEvaluator>(sp => sp.GetRequiredService<PolicyCatalogSet>().Default);
        services.TryAddSingleton(builder.Clock ?? SystemClock.Instance);
        services.TryAddSingleton(sp => new PolicyCalendar(sp.GetRequiredService<IClock>(), zone));
        return services;
    }
}
