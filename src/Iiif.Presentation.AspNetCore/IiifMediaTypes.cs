namespace Iiif.Presentation.AspNetCore;

/// <summary>The media types of IIIF Presentation responses.</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#63-responses"/>.</remarks>
public static class IiifMediaTypes
{
    /// <summary>The media type of a Presentation 3 document, with the profile the specification gives:
    /// <c>application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"</c>.</summary>
    public const string Presentation3 = "application/ld+json;profile=\"" + IiifContexts.Presentation3 + "\"";

    /// <summary>Plain JSON, which a response uses when the request's <c>Accept</c> header prefers it.</summary>
    public const string Json = "application/json";

    /// <summary>JSON-LD without a profile.</summary>
    public const string JsonLd = "application/ld+json";

    /// <summary>An RFC 9457 problem report.</summary>
    public const string ProblemJson = "application/problem+json";
}
