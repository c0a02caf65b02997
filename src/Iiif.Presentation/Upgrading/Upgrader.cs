using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Upgrades one Presentation 2.x document straight to the 3.0 model (docs/upgrading.md): the kind of document
/// chooses the translator of its top, the translators walk the input, and the notes' output pointers are
/// worked out from the finished model.
/// </summary>
internal static class Upgrader
{
    /// <summary>Upgrades a parsed 2.x document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The options.</param>
    /// <param name="contextInferred">Whether the document lacks the Presentation 2 context.</param>
    /// <returns>The 3.0 resource and the notes, in the order made.</returns>
    public static UpgradeResult Run(ParsedDocument document, UpgradeOptions options, bool contextInferred)
    {
        using var context = new UpgradeContext(options, document.Json);

        // The copies of an id (a Canvas's own, its annotations' targets, a Range's items) share one string.
        using SharedIds.Scope ids = SharedIds.Enter();
        if (contextInferred)
        {
            context.Note(UpgradeNoteCodes.ContextInferred, InputPath.Root, OutputPlace.Document(string.Empty),
                "The document has no Presentation 2 @context; its sc:/oa: types say it is Presentation 2.");
        }

        JsonElement root = document.Root;
        string kind = Kind(root);
        context.Services.Prepare(root, shareable: kind is "manifest" or "collection");
        IiifResource top = kind switch
        {
            "collection" => Translate(context, root, ResourceKind.Collection),
            "sequence" => context.Sequences.ToRange(root),
            "canvas" => Translate(context, root, ResourceKind.Canvas),
            "annotationlist" => Translate(context, root, ResourceKind.AnnotationPage),
            "layer" => Translate(context, root, ResourceKind.AnnotationCollection),
            "annotation" => Translate(context, root, ResourceKind.Annotation),
            "range" => context.Ranges.Top(root),
            _ => Translate(context, root, ResourceKind.Manifest),
        };

        context.Contexts.Top(root, top);
        if (context.Services.Shared is { Count: > 0 } shared)
        {
            IList<Service> services = top is Collection collection ? collection.Services : ((Manifest)top).Services;
            foreach (Service service in shared)
            {
                services.Add(service);
            }
        }

        return context.Result(top);
    }

    private static IiifResource Translate(UpgradeContext context, JsonElement root, ResourceKind role) =>
        context.Resources.Translate(root, role, InputPath.Root, null, 1, Slot.Top);

    /// <summary>The kind of document: its <c>@type</c>, else what its properties suggest, else a Manifest.</summary>
    private static string Kind(JsonElement root)
    {
        if (V2Json.StringOf(root, "@type"u8) is { } type)
        {
            return IiifTypes.LocalName(type).ToLowerInvariant();
        }

        return V2Json.Has(root, "sequences"u8) ? "manifest"
            : V2Json.Has(root, "collections"u8) || V2Json.Has(root, "manifests"u8) || V2Json.Has(root, "members"u8) ? "collection"
            : V2Json.Has(root, "canvases"u8) ? "sequence"
            : V2Json.Has(root, "images"u8) ? "canvas"
            : V2Json.Has(root, "resources"u8) ? "annotationlist"
            : V2Json.Has(root, "on"u8) || V2Json.Has(root, "resource"u8) ? "annotation"
            : "manifest";
    }
}
