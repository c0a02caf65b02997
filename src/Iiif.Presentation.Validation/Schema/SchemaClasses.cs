namespace Iiif.Presentation.Validation.Schema;

/// <summary>
/// The parts of the official schema that the schema layer evaluates on their own: the class of each
/// top-level type, and the schema of that class's <c>items</c> entries.
/// </summary>
/// <remarks>
/// <see cref="IiifSchema"/> builds every one of them while it loads, so that evaluation never builds or
/// registers a schema: JsonSchema.Net's registry is not safe to change from several threads at once.
/// </remarks>
internal static class SchemaClasses
{
    private const string ItemsSuffix = "/allOf/1/properties/items/items";

    private static readonly string[] s_classes =
    [
        "#/classes/manifest", "#/classes/collection", "#/classes/annotationCollection", "#/classes/annotationPage", "#/classes/annotation",
    ];

    /// <summary>Gets every fragment the schema layer may ask <see cref="IiifSchema"/> for.</summary>
    public static IEnumerable<string> Fragments
    {
        get
        {
            foreach (string fragment in s_classes)
            {
                yield return fragment;
                yield return ItemsOf(fragment);
            }
        }
    }

    /// <summary>Returns the fragment of the schema of a class's <c>items</c> entries.</summary>
    public static string ItemsOf(string classFragment) => classFragment + ItemsSuffix;

    /// <summary>Returns the schema's class for the document's top <c>type</c>, or <see langword="null"/>.</summary>
    public static string? ClassOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out JsonElement type) ||
            type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return type.GetString() switch
        {
            "Manifest" => s_classes[0],
            "Collection" => s_classes[1],
            "AnnotationCollection" => s_classes[2],
            "AnnotationPage" => s_classes[3],
            "Annotation" => s_classes[4],
            _ => null,
        };
    }
}
