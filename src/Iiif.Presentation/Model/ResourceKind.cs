namespace Iiif.Presentation;

/// <summary>The class of a resource, for the reader's and writer's dispatch without type tests.</summary>
internal enum ResourceKind : byte
{
    Collection,
    Manifest,
    Canvas,
    Range,
    AnnotationPage,
    AnnotationCollection,
    Annotation,
    Content,
    SpecificResource,
    Choice,
    TextualBody,
    Agent,
    Service,
}
