using Microsoft.AspNetCore.Mvc.Formatters;

namespace Iiif.Presentation.AspNetCore.Mvc;

/// <summary>Writes an <see cref="IiifResource"/> that a controller action returns as <see cref="IiifResourceResult"/>
/// does: the same media type negotiation, ETag, 304, HEAD and CORS.</summary>
/// <remarks>Placed first, so that it writes IIIF resources whatever the <c>Accept</c> header names; the
/// negotiation is its own, as the Presentation API asks.</remarks>
internal sealed class IiifOutputFormatter : IOutputFormatter
{
    public bool CanWriteResult(OutputFormatterCanWriteContext context) => context.Object is IiifResource;

    public Task WriteAsync(OutputFormatterWriteContext context)
    {
        int status = context.HttpContext.Response.StatusCode;
        return new IiifResourceResult((IiifResource)context.Object!, status == 0 ? StatusCodes.Status200OK : status, location: null)
            .ExecuteAsync(context.HttpContext);
    }
}
