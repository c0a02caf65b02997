namespace Iiif.Presentation;

/// <summary>The form in which a content state was given (Content State API 1.0, section 2.2).</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>. Whatever the form,
/// <see cref="ContentState.Annotation"/> holds it as an Annotation with the <c>contentState</c> motivation.</remarks>
public enum ContentStateForm
{
    /// <summary>A full Annotation, with the <c>contentState</c> motivation and one or more targets.</summary>
    Annotation,

    /// <summary>The target alone, as a JSON object: a resource such as a Manifest, or a Canvas (perhaps with a media
    /// fragment) that says with <c>partOf</c> which Manifest it belongs to.</summary>
    Resource,

    /// <summary>A URI alone (plain, or as a JSON string): a Manifest or Collection to open, or a content state
    /// Annotation to fetch.</summary>
    Uri,
}
