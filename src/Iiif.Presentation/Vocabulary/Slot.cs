namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// Where a resource sits in a document: the property that holds it, as the specification tells positions
/// apart. The one enum the reader (which class it reads a value as), the shapes (where each member's values
/// sit) and the validator (what the specification expects of a resource there) share; <see cref="Slots"/>
/// says which class each position fixes or implies.
/// </summary>
internal enum Slot : byte
{
    /// <summary>A position the vocabulary says nothing of: any class, chosen by the <c>type</c>.</summary>
    Any,

    /// <summary>The document itself.</summary>
    Top,

    /// <summary>A Collection's <c>items</c>: Manifests and Collections.</summary>
    CollectionItem,

    /// <summary>A Manifest's <c>items</c>: Canvases.</summary>
    Canvas,

    /// <summary><c>placeholderCanvas</c>.</summary>
    PlaceholderCanvas,

    /// <summary><c>accompanyingCanvas</c>.</summary>
    AccompanyingCanvas,

    /// <summary>A Canvas's <c>items</c>: pages of painting Annotations.</summary>
    CanvasPage,

    /// <summary><c>annotations</c>: pages of other Annotations.</summary>
    AnnotationsPage,

    /// <summary>An AnnotationPage's <c>items</c>: Annotations.</summary>
    PageAnnotation,

    /// <summary>A Manifest's <c>structures</c>: Ranges.</summary>
    Structure,

    /// <summary>A Range's <c>items</c>: Canvases, parts of Canvases, Ranges.</summary>
    RangeItem,

    /// <summary>A Range's <c>supplementary</c>: an AnnotationCollection.</summary>
    Supplementary,

    /// <summary>An Annotation's <c>body</c>.</summary>
    Body,

    /// <summary>A Choice's <c>items</c>.</summary>
    ChoiceItem,

    /// <summary>An Annotation's <c>target</c>.</summary>
    Target,

    /// <summary><c>start</c>: a Canvas, or part of one.</summary>
    Start,

    /// <summary>A SpecificResource's <c>source</c>.</summary>
    Source,

    /// <summary><c>thumbnail</c>.</summary>
    Thumbnail,

    /// <summary><c>homepage</c>.</summary>
    Homepage,

    /// <summary>An Agent's <c>logo</c>.</summary>
    Logo,

    /// <summary><c>rendering</c>.</summary>
    Rendering,

    /// <summary><c>seeAlso</c>.</summary>
    SeeAlso,

    /// <summary><c>partOf</c>.</summary>
    PartOf,

    /// <summary><c>provider</c>: Agents.</summary>
    Provider,

    /// <summary><c>service</c> and <c>services</c>.</summary>
    Service,

    /// <summary>An AnnotationCollection's <c>first</c> and <c>last</c>, an AnnotationPage's <c>next</c> and <c>prev</c>.</summary>
    PageLink,
}
