namespace Iiif.Presentation.Vocabulary;

/// <summary>The version of the Presentation API a document declares (<see cref="PresentationVersions.Detect(System.Text.Json.Utf8JsonReader)"/>).</summary>
internal enum PresentationVersion : byte
{
    /// <summary>Neither version: no IIIF context, no <c>sc:</c>/<c>oa:</c> <c>@type</c>, no <c>type</c> or <c>items</c>.</summary>
    Unknown,

    /// <summary>Presentation 2.x by its <c>@context</c>.</summary>
    V2,

    /// <summary>Presentation 2.x by its <c>sc:</c>/<c>oa:</c> <c>@type</c>, without the Presentation 2 context.</summary>
    V2ByType,

    /// <summary>Presentation 3.0: its context, or a <c>type</c> or <c>items</c> without any IIIF context.</summary>
    V3,
}
