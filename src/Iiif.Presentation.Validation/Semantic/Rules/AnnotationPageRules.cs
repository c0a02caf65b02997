using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// AnnotationPages and AnnotationCollections: the pages in <c>annotations</c> (P3-ANNO-01), a page's
/// items and what they may be motivated by in its place (P3-ITEMS-07/09, P3-PAINT-01, P3-ANNO-02), and
/// an AnnotationCollection's label (P3-DESC-02).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#55-annotation-page"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#58-annotation-collection"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#annotations"/>.</remarks>
internal sealed class AnnotationPageRules(RuleContext context, DocumentWalker walker, DescriptiveRules descriptive, ItemRules items)
{
    /// <summary>P3-ANNO-01: the pages in <c>annotations</c>; their annotations must not paint and must
    /// target the resource that lists them.</summary>
    public void VisitAnnotations(JsonElement value, Scope children, ResourceKind? ownerKind, JsonElement owner)
    {
        string? ownerId = IdOf(owner);
        children.NonPainting = true;
        children.AnnotatedId = ownerId;
        children.AnnotatedServices = ServiceIdsOf(owner);
        children.CanvasId = ownerKind == ResourceKind.Canvas ? ownerId : null;
        foreach (JsonElement item in context.Each(value))
        {
            if (item.ValueKind != JsonValueKind.Object || IdOf(item) is null || TypeOf(item) != "AnnotationPage")
            {
                string found = item.ValueKind == JsonValueKind.Object ? "an object without id and \"type\": \"AnnotationPage\"" : Kind(item.ValueKind);
                context.Report(ValidationRules.Anno01, $"The entries of `annotations` are AnnotationPage objects with `id` and `type`, not {found}.");
            }

            if (item.ValueKind == JsonValueKind.Object)
            {
                walker.VisitResource(item, Slot.AnnotationsPage, children);
            }
        }
    }

    /// <summary>P3-ITEMS-07/09, P3-PAINT-01, P3-ANNO-02.</summary>
    public void CheckAnnotationPage(JsonElement page, Slot slot)
    {
        bool hasItems = page.TryGetProperty("items", out JsonElement annotations);
        if ((slot == Slot.Top && !hasItems) || (hasItems && annotations.ValueKind == JsonValueKind.Array && annotations.GetArrayLength() == 0))
        {
            context.ReportMissing(ValidationRules.Items07, "items", "An AnnotationPage should have at least one Annotation in `items`.");
        }

        if (!hasItems)
        {
            return;
        }

        items.CheckItemTypes(annotations, "items", ValidationRules.Items09, "Annotations", t => t == "Annotation");
        if (slot is not (Slot.CanvasPage or Slot.AnnotationsPage))
        {
            return;
        }

        context.Path.Push("items");
        foreach (JsonElement annotation in context.Each(annotations))
        {
            if (annotation.ValueKind == JsonValueKind.Object && annotation.TryGetProperty("motivation", out _))
            {
                bool painting = HasString(annotation, "motivation", "painting");
                if (slot == Slot.CanvasPage && !painting)
                {
                    context.ReportProperty(ValidationRules.Paint01, "motivation", "The Annotations in a Canvas's `items` paint its content: their motivation includes \"painting\". Put other annotations in `annotations`.");
                }
                else if (slot == Slot.AnnotationsPage && painting)
                {
                    context.ReportProperty(ValidationRules.Anno02, "motivation", "A page in `annotations` holds no painting Annotation; painting Annotations go in a Canvas's `items`.");
                }
            }
        }

        context.Path.Pop();
    }

    /// <summary>P3-DESC-02 for an AnnotationCollection that is described, not referred to.</summary>
    public void CheckAnnotationCollection(JsonElement collection, Slot slot)
    {
        if (slot == Slot.Top || collection.TryGetProperty("first", out _))
        {
            descriptive.CheckLabelPresent(collection, ResourceKind.AnnotationCollection, ValidationRules.Desc02);
        }
    }

    /// <summary>Returns the ids of a resource's services, through which the parts of an image may be targeted.</summary>
    private static string[]? ServiceIdsOf(JsonElement owner)
    {
        if (!owner.TryGetProperty("service", out JsonElement services))
        {
            return null;
        }

        var ids = new List<string>();
        foreach (JsonElement service in Values(services))
        {
            if (IdOf(service) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids.ToArray();
    }
}
