namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// The two classes the official Presentation 3.0 JSON schema closes: a Manifest and an AnnotationPage may have
/// no property but these (the schema's <c>additionalProperties: false</c>), although the specification allows
/// extensions everywhere (<see href="https://iiif.io/api/presentation/3.0/#46-linked-data-context-and-extensions"/>).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
internal static class SchemaClosedClasses
{
    private static readonly HashSet<string> s_manifest = new(StringComparer.Ordinal)
    {
        "@context", "accompanyingCanvas", "annotations", "behavior", "homepage", "id", "items", "label", "metadata",
        "navDate", "navPlace", "partOf", "placeholderCanvas", "provider", "rendering", "requiredStatement", "rights",
        "seeAlso", "service", "services", "start", "structures", "summary", "thumbnail", "type", "viewingDirection",
    };

    private static readonly HashSet<string> s_annotationPage = new(StringComparer.Ordinal)
    {
        "@context", "id", "type", "rendering", "label", "service", "thumbnail", "items", "partOf", "next", "prev", "first", "last",
    };

    /// <summary>Returns whether the schema allows a property on a kind of resource: always, but on the two
    /// closed classes.</summary>
    public static bool Allows(ResourceKind kind, string property) => kind switch
    {
        ResourceKind.Manifest => s_manifest.Contains(property),
        ResourceKind.AnnotationPage => s_annotationPage.Contains(property),
        _ => true,
    };
}
