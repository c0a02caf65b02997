namespace Iiif.Presentation;

/// <summary>The JSON-LD context URIs of IIIF Presentation documents.</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#46-linked-data-context-and-extensions"/>.
/// The members are constants; the class is thread-safe.</remarks>
public static class IiifContexts
{
    /// <summary>The Presentation 3 context, which a 3.0 document's <c>@context</c> names last, after any extension contexts.</summary>
    public const string Presentation3 = "http://iiif.io/api/presentation/3/context.json";

    /// <summary>The Presentation 2 context, shared by 2.0 and 2.1.</summary>
    public const string Presentation2 = "http://iiif.io/api/presentation/2/context.json";

    /// <summary>The context of the navPlace extension (<c>navPlace</c>), which a document using it names before
    /// <see cref="Presentation3"/>.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/navplace/"/>.</remarks>
    public const string NavPlace = "http://iiif.io/api/extension/navplace/context.json";

    /// <summary>The context of the text granularity extension (<c>textGranularity</c>), which a document using it
    /// names before <see cref="Presentation3"/>.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/text-granularity/"/>.</remarks>
    public const string TextGranularity = "http://iiif.io/api/extension/text-granularity/context.json";

    /// <summary>The context of the georeference extension (<c>georeferencing</c> annotations and their
    /// <c>transformation</c>, <c>resourceCoords</c>, <c>resourceCrs</c>), which a document using it names before
    /// <see cref="Presentation3"/>.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/georef/"/>.</remarks>
    public const string Georeference = "http://iiif.io/api/extension/georef/1/context.json";

    /// <summary>The GeoJSON-LD context, which a document that carries GeoJSON outside <c>navPlace</c> (a Feature as
    /// an annotation's body) names before <see cref="Presentation3"/>, for the terms of GeoJSON.</summary>
    /// <remarks>Spec: <see href="https://geojson.org/geojson-ld/"/>.</remarks>
    public const string GeoJson = "http://geojson.org/geojson-ld/geojson-context.jsonld";

    /// <summary>The W3C Web Annotation context.</summary>
    public const string WebAnnotation = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>The contexts an upgraded document does not keep: those of Presentation 2 and 3, of the Image
    /// API, and of Web and Open Annotation, whose terms the Presentation 3 context includes.</summary>
    private static readonly string[] s_presentationVocabularies =
    [
        Presentation2, Presentation3,
        "http://iiif.io/api/image/1/context.json", "http://iiif.io/api/image/2/context.json", "http://iiif.io/api/image/3/context.json",
        "http://library.stanford.edu/iiif/image-api/1.1/context.json",
        WebAnnotation, "http://www.w3.org/ns/oa.jsonld", "http://www.w3.org/ns/oa-context-20130208.json",
    ];

    /// <summary>Returns whether a context is one the Presentation 3 context makes redundant (an upgraded
    /// document drops it).</summary>
    internal static bool IsPresentationVocabulary(string uri)
    {
        foreach (string known in s_presentationVocabularies)
        {
            if (SameUri(uri, known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares two URIs as contexts are matched: ignoring white space around them, the scheme,
    /// ASCII case and a trailing slash, so that <c>https://iiif.io/api/presentation/2/context.json</c>
    /// names the Presentation 2 context.</summary>
    internal static bool SameUri(string uri, string known) =>
        BareSpan(uri).Equals(BareSpan(known), StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a URI without white space around it, its scheme and a trailing slash, in the case
    /// written: the form <see cref="SameUri"/> compares.</summary>
    internal static string Bare(string uri) => BareSpan(uri).ToString();

    /// <summary>Returns <see cref="Bare"/>'s form of a URI as a part of it, without making a string.</summary>
    internal static ReadOnlySpan<char> BareSpan(string uri)
    {
        ReadOnlySpan<char> span = uri.AsSpan().Trim();
        int scheme = span.IndexOf("://".AsSpan(), StringComparison.Ordinal);
        if (scheme >= 0)
        {
            span = span.Slice(scheme + 3);
        }

        return span.TrimEnd('/');
    }
}
