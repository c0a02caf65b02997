using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation;

/// <summary>Fetches an image service's <c>info.json</c>, for helpers that may consult it: given to them by the caller,
/// so that this library makes no HTTP requests of its own.</summary>
/// <param name="url">The URL of the <c>info.json</c>: the service's id followed by <c>/info.json</c>.</param>
/// <param name="cancellationToken">Cancels the request.</param>
/// <returns>The document's UTF-8 bytes. When it is not available, throw (as <c>HttpClient.GetByteArrayAsync</c> does
/// for an error status): the exception is recorded in the helper's answer, and the helper goes on without it.</returns>
/// <example>With an <c>HttpClient</c>: <c>(url, ct) =&gt; http.GetByteArrayAsync(url, ct)</c>.</example>
public delegate Task<byte[]> ImageInformationFetcher(string url, CancellationToken cancellationToken);
