using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Cli.Serve;

/// <summary>How <c>iiif serve</c> runs.</summary>
/// <param name="Port">The loopback port to listen on; 0 picks a free one.</param>
/// <param name="AllowFetch">Whether documents may be fetched by URL.</param>
/// <param name="Fetch">What may be fetched, and the size cap of any document, posted or fetched.</param>
/// <param name="Options">The validation options every document is validated with.</param>
internal sealed record ServeSettings(int Port, bool AllowFetch, FetchSettings Fetch, ValidationOptions Options)
{
    /// <summary>The default size cap: 50 MB.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>The default fetch timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
}
