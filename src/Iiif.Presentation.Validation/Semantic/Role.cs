namespace Iiif.Presentation.Validation.Semantic;

/// <summary>Where a resource sits in the document, which decides what the specification expects of it.</summary>
internal enum Role
{
    Top,
    CollectionItem,
    Canvas,
    PlaceholderCanvas,
    AccompanyingCanvas,
    CanvasPage,
    AnnotationsPage,
    PageAnnotation,
    Structure,
    RangeItem,
    Supplementary,
    Body,
    ChoiceItem,
    Target,
    Source,
    Start,
    Thumbnail,
    Homepage,
    Logo,
    Rendering,
    SeeAlso,
    PartOf,
    Provider,
    Service,
    PageLink,
}
