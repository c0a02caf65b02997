using System;

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

    /// <summary>The W3C Web Annotation context.</summary>
    public const string WebAnnotation = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>Compares two URIs as contexts are matched: ignoring white space around them, the scheme,
    /// ASCII case and a trailing slash, so that <c>https://iiif.io/api/presentation/2/context.json</c>
    /// names the Presentation 2 context.</summary>
    internal static bool SameUri(string uri, string known) =>
        string.Equals(Bare(uri), Bare(known), StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a URI without white space around it, its scheme and a trailing slash, in the case
    /// written: the form <see cref="SameUri"/> compares.</summary>
    internal static string Bare(string uri)
    {
        uri = uri.Trim();
        int scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            uri = uri.Substring(scheme + 3);
        }

        return uri.TrimEnd('/');
    }
}
