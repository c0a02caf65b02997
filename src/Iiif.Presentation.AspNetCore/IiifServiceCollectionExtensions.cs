using Microsoft.Extensions.DependencyInjection;

namespace Iiif.Presentation.AspNetCore;

/// <summary>Registers the options of <see cref="IiifResults"/> and <see cref="IiifBody{T}"/>.</summary>
public static class IiifServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IiifPresentationOptions"/>, set up by <paramref name="configure"/>.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options up; called once, when they are first needed.</param>
    /// <returns>The services, to chain calls.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example><code>
    /// builder.Services.AddIiifPresentation(o =&gt; { o.UpgradeFromV2 = true; o.MaxRequestBodySize = 8_000_000; });
    /// </code></example>
    public static IServiceCollection AddIiifPresentation(this IServiceCollection services, Action<IiifPresentationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<IiifPresentationOptions>().Configure(configure);
        return services;
    }

    /// <summary>Registers <see cref="IiifPresentationOptions"/> with their defaults.</summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The services, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddIiifPresentation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IiifPresentationOptions>();
        return services;
    }
}
