using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Iiif.Presentation.AspNetCore.Internal;

/// <summary>Finds the options of a request: those registered with <c>AddIiifPresentation</c>, or the defaults.</summary>
internal static class OptionsAccess
{
    private static readonly IiifPresentationOptions s_defaults = new();

    public static IiifPresentationOptions Get(HttpContext context) =>
        context.RequestServices?.GetService<IOptions<IiifPresentationOptions>>()?.Value ?? s_defaults;
}
