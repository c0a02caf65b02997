namespace Iiif.Presentation.Vocabulary;

/// <summary>The family of a type: which class of the model holds it, and so which properties it has.
/// The reader, the writer, the traversal, the upgrader and the validator dispatch on it.</summary>
internal enum ResourceKind : byte
{
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

    /// <summary>A content resource: <c>Image</c>, <c>Sound</c>, <c>Video</c>, <c>Text</c>, <c>Dataset</c>,
    /// <c>Model</c>, or a type the model does not know.</summary>
    Content,

    /// <summary><c>SpecificResource</c>.</summary>
    SpecificResource,

    /// <summary><c>Choice</c>.</summary>
    Choice,

    /// <summary><c>TextualBody</c>.</summary>
    TextualBody,

    /// <summary><c>Agent</c>.</summary>
    Agent,

    /// <summary>A service: the Image, Auth, Search and AutoComplete services, or any other.</summary>
    Service,

    /// <summary>A selector of a SpecificResource; not a resource of the model.</summary>
    Selector,
}
