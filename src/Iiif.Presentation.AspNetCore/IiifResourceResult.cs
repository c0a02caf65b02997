using Iiif.Presentation.AspNetCore.Internal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Iiif.Presentation.AspNetCore;

/// <summary>
/// A IIIF document as an HTTP response: canonical JSON with the Presentation 3 media type, a weak ETag,
/// CORS and <c>Vary: Accept</c>; made by <see cref="IiifResults"/>.
/// </summary>
/// <remarks>
/// <para>
/// The document is written once into pooled memory, to hash its bytes for the <c>ETag</c> and give the
/// <c>Content-Length</c>, then copied to the response (no intermediate string). A request whose
/// <c>If-None-Match</c> names that tag gets 304 without a body; a <c>HEAD</c> request gets the headers
/// alone. The media type is <see cref="IiifMediaTypes.Presentation3"/>, or <c>application/json</c>
/// when the <c>Accept</c> header prefers it; a request that accepts only a Presentation 2 document gets
/// 406 and an <see cref="IiifProblemResult"/>
/// (spec: <see href="https://iiif.io/api/presentation/3.0/#63-responses"/>).
/// </para>
/// <para>Works as a minimal API <see cref="IResult"/> and as a controller <see cref="IActionResult"/>. The
/// result does not copy the resource: do not change the resource until the response is written.</para>
/// </remarks>
public sealed class IiifResourceResult : IResult, IActionResult
{
    internal IiifResourceResult(IiifResource resource, int statusCode, string? location)
    {
        ArgumentNullException.ThrowIfNull(resource);
        Resource = resource;
        StatusCode = statusCode;
        Location = location;
    }

    /// <summary>Gets the document to write.</summary>
    public IiifResource Resource { get; }

    /// <summary>Gets the status code of a full response (200, or 201 for a created document).</summary>
    public int StatusCode { get; }

    /// <summary>Gets the <c>Location</c> header of a created document, or <see langword="null"/>.</summary>
    public string? Location { get; }

    /// <summary>Writes the document as the response.</summary>
    /// <param name="httpContext">The request's context.</param>
    /// <returns>A task that completes when the response is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="httpContext"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The model cannot be written (it nests more than 1000
    /// levels, as a cycle does); see <see cref="IiifJson.Serialize(System.IO.Stream, IiifResource, IiifWriteOptions?)"/>.</exception>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        AcceptedForm form = AcceptNegotiation.Choose(httpContext.Request);
        HttpResponse response = httpContext.Response;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (form == AcceptedForm.OnlyPresentation2)
        {
            await IiifProblemResult.NotAcceptable().ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }

        IiifPresentationOptions options = OptionsAccess.Get(httpContext);
        using var buffer = new PooledBufferStream();
        IiifJson.Serialize(buffer, Resource, options.WriteOptions);
        ReadOnlyMemory<byte> content = buffer.WrittenMemory;
        string etag = EntityTags.Weak(content.Span);

        IHeaderDictionary headers = response.Headers;
        headers.ETag = etag;
        if (!string.IsNullOrEmpty(options.AllowOrigin))
        {
            headers.AccessControlAllowOrigin = options.AllowOrigin;
            headers.AccessControlExposeHeaders = HeaderNames.ETag;
        }

        if (!string.IsNullOrEmpty(options.CacheControl))
        {
            headers.CacheControl = options.CacheControl;
        }

        bool readOnly = HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method);
        if (readOnly && EntityTags.Matches(httpContext.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCode;
        response.ContentType = form == AcceptedForm.Json ? IiifMediaTypes.Json : IiifMediaTypes.Presentation3;
        response.ContentLength = content.Length;
        if (Location is not null)
        {
            headers.Location = Location;
        }

        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        await response.Body.WriteAsync(content, httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes the document as the response of a controller action.</summary>
    /// <param name="context">The action's context.</param>
    /// <returns>A task that completes when the response is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }
}
