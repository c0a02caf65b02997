namespace Iiif.Presentation.AspNetCore;

/// <summary>
/// Makes IIIF responses for minimal APIs and controllers: <c>return IiifResults.Iiif(manifest);</c>, or
/// <c>Results.Extensions.Iiif(manifest)</c>.
/// </summary>
/// <remarks>See <see cref="IiifResourceResult"/> for the headers, ETag and content negotiation.</remarks>
public static class IiifResults
{
    /// <summary>Returns a response that writes the resource with status 200.</summary>
    /// <param name="resource">The document, usually a <see cref="Manifest"/> or a <see cref="Collection"/>.</param>
    /// <returns>The result, an <see cref="IResult"/> and an <see cref="Microsoft.AspNetCore.Mvc.IActionResult"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    public static IiifResourceResult Iiif(IiifResource resource) => new(resource, StatusCodes.Status200OK, location: null);

    /// <summary>Returns a response that writes a created resource with status 201 and a <c>Location</c> header.</summary>
    /// <param name="location">Where the resource now is.</param>
    /// <param name="resource">The document.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IiifResourceResult Created(string location, IiifResource resource)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new(resource, StatusCodes.Status201Created, location);
    }

    /// <summary>Returns a response that writes the resource with status 200: <c>Results.Extensions.Iiif(manifest)</c>.</summary>
    /// <param name="extensions">The <see cref="Results.Extensions"/> or <see cref="TypedResults.Extensions"/> marker.</param>
    /// <param name="resource">The document.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    public static IiifResourceResult Iiif(this IResultExtensions extensions, IiifResource resource) => Iiif(resource);
}
