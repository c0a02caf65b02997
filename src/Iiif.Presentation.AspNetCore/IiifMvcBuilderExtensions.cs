using Iiif.Presentation.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Iiif.Presentation.AspNetCore;

/// <summary>Lets controllers serve and receive IIIF documents as minimal APIs do.</summary>
public static class IiifMvcBuilderExtensions
{
    /// <summary>
    /// Registers the IIIF options and, for controllers: a model binder that reads <c>[FromBody]</c>
    /// <see cref="Manifest"/>, <see cref="Collection"/> and <see cref="IiifResource"/> parameters (and
    /// <see cref="IiifBody{T}"/> of those) as <see cref="IiifBody{T}"/> does, an action filter that answers a
    /// refused body with its <see cref="IiifProblemResult"/> before the action runs (and before
    /// <c>[ApiController]</c>'s own 400), and an output formatter that writes an <see cref="IiifResource"/>
    /// an action returns as <see cref="IiifResourceResult"/> does.
    /// </summary>
    /// <param name="builder">The MVC builder, from <c>AddControllers()</c>.</param>
    /// <param name="configure">Sets the options up, or <see langword="null"/> to keep them as they are.</param>
    /// <returns>The builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IMvcBuilder AddIiifPresentation(this IMvcBuilder builder, Action<IiifPresentationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (configure is null)
        {
            builder.Services.AddIiifPresentation();
        }
        else
        {
            builder.Services.AddIiifPresentation(configure);
        }

        builder.AddMvcOptions(options =>
        {
            options.ModelBinderProviders.Insert(0, new IiifBodyModelBinderProvider());
            options.OutputFormatters.Insert(0, new IiifOutputFormatter());
            options.Filters.Add(new IiifBodyProblemFilter());
        });
        return builder;
    }
}
