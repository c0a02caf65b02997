namespace Iiif.Presentation;

/// <summary>Represents a Content Search API 2 search service (<c>"type": "SearchService2"</c>), written with <c>id</c> and <c>type</c> unless read otherwise.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/search/2.0/"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class SearchService2 : Service
{
    /// <summary>Initializes a service with no properties but its type.</summary>
    public SearchService2()
        : base("SearchService2", legacyKeys: false)
    {
    }

    /// <summary>Initializes a service with an id.</summary>
    /// <param name="id">The service's URI.</param>
    public SearchService2(string id)
        : this()
    {
        Id = id;
    }
}
