namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Where a resource is read: decides which classes may hold it and which class an object without a
/// recognised <c>type</c>, or a bare URI string, becomes.
/// </summary>
internal enum Slot : byte
{
    /// <summary>Any class; untyped becomes a <see cref="ContentResource"/>. The top level, <c>partOf</c>.</summary>
    Any,

    /// <summary>A Collection's <c>items</c>; untyped becomes a <see cref="Manifest"/>.</summary>
    CollectionItem,

    /// <summary>A Range's <c>items</c>; untyped becomes a <see cref="Canvas"/>.</summary>
    RangeItem,

    /// <summary>An Annotation's <c>body</c>, a Choice's <c>items</c>; untyped becomes a <see cref="ContentResource"/>.</summary>
    Body,

    /// <summary>An Annotation's <c>target</c>, <c>start</c>, the source of a targeting SpecificResource;
    /// untyped becomes a <see cref="Canvas"/>.</summary>
    Target,

    /// <summary><c>thumbnail</c>, <c>homepage</c>, <c>logo</c>, <c>rendering</c>, <c>seeAlso</c>: only
    /// content resource classes.</summary>
    Content,

    /// <summary><c>service</c>, <c>services</c>: only service classes.</summary>
    Service,

    /// <summary>Always a <see cref="Canvas"/>: a Manifest's <c>items</c>, placeholder and accompanying Canvases.</summary>
    Canvas,

    /// <summary>Always an <see cref="AnnotationPage"/>: a Canvas's <c>items</c>, <c>annotations</c>, <c>first</c>, <c>next</c>, ….</summary>
    AnnotationPage,

    /// <summary>Always an <see cref="Annotation"/>: an AnnotationPage's <c>items</c>.</summary>
    Annotation,

    /// <summary>Always a <see cref="IiifRange"/>: <c>structures</c>.</summary>
    Range,

    /// <summary>Always an <see cref="Agent"/>: <c>provider</c>.</summary>
    Agent,

    /// <summary>Always an <see cref="AnnotationCollection"/>: <c>supplementary</c>.</summary>
    AnnotationCollection,
}
