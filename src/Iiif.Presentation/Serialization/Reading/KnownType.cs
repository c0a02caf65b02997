namespace Iiif.Presentation.Serialization.Reading;

/// <summary>The <c>type</c> values that choose a class of the model.</summary>
internal enum KnownType : byte
{
    /// <summary>A <c>type</c> with no class of its own.</summary>
    Unknown,
    /// <summary>No <c>type</c> (nor <c>@type</c>) string at all.</summary>
    Absent,
    /// <summary><c>Collection</c>.</summary>
    Collection,
    /// <summary><c>Manifest</c>.</summary>
    Manifest,
    /// <summary><c>Canvas</c>.</summary>
    Canvas,
    /// <summary><c>Range</c>.</summary>
    Range,
    /// <summary><c>AnnotationPage</c>.</summary>
    AnnotationPage,
    /// <summary><c>AnnotationCollection</c>.</summary>
    AnnotationCollection,
    /// <summary><c>Annotation</c>.</summary>
    Annotation,
    /// <summary><c>SpecificResource</c>.</summary>
    SpecificResource,
    /// <summary><c>Choice</c>.</summary>
    Choice,
    /// <summary><c>TextualBody</c>.</summary>
    TextualBody,
    /// <summary><c>Agent</c>.</summary>
    Agent,
    /// <summary><c>Image</c>.</summary>
    Image,
    /// <summary><c>Sound</c>.</summary>
    Sound,
    /// <summary><c>Video</c>.</summary>
    Video,
    /// <summary><c>Text</c>.</summary>
    Text,
    /// <summary><c>Dataset</c>.</summary>
    Dataset,
    /// <summary><c>Model</c>.</summary>
    Model,
    /// <summary><c>ImageService1</c>.</summary>
    ImageService1,
    /// <summary><c>ImageService2</c>.</summary>
    ImageService2,
    /// <summary><c>ImageService3</c>.</summary>
    ImageService3,
    /// <summary><c>AuthCookieService1</c>.</summary>
    AuthCookieService1,
    /// <summary><c>AuthTokenService1</c>.</summary>
    AuthTokenService1,
    /// <summary><c>AuthLogoutService1</c>.</summary>
    AuthLogoutService1,
    /// <summary><c>AuthProbeService2</c>.</summary>
    AuthProbeService2,
    /// <summary><c>AuthAccessService2</c>.</summary>
    AuthAccessService2,
    /// <summary><c>AuthAccessTokenService2</c>.</summary>
    AuthAccessTokenService2,
    /// <summary><c>AuthLogoutService2</c>.</summary>
    AuthLogoutService2,
    /// <summary><c>SearchService1</c>.</summary>
    SearchService1,
    /// <summary><c>AutoCompleteService1</c>.</summary>
    AutoCompleteService1,
    /// <summary><c>SearchService2</c>.</summary>
    SearchService2,
    /// <summary><c>AutoCompleteService2</c>.</summary>
    AutoCompleteService2,
    /// <summary><c>FragmentSelector</c>.</summary>
    FragmentSelector,
    /// <summary><c>SvgSelector</c>.</summary>
    SvgSelector,
    /// <summary><c>PointSelector</c>.</summary>
    PointSelector,
    /// <summary><c>ImageApiSelector</c>.</summary>
    ImageApiSelector,
}
