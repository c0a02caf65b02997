using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// Ranges: the Manifest's <c>structures</c> (P3-STR-01), a Range's label, behaviors and items
/// (P3-DESC-02, P3-BEH-04/05/06, P3-ITEMS-10, P3-STR-02), its <c>supplementary</c> (P3-SUPP-01), and the
/// <c>start</c> of a Manifest or Range (P3-START-01/02).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#54-range"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#start"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#supplementary"/>.</remarks>
internal sealed class RangeRules(
    RuleContext context, DocumentWalker walker, DescriptiveRules descriptive, TechnicalRules technical, CanvasReferenceRules canvasReferences)
{
    /// <summary>P3-STR-01: the entries of <c>structures</c> are Range objects; the walk goes on into each.</summary>
    public void VisitStructures(JsonElement value, Scope children)
    {
        children.TopRange = true;
        foreach (JsonElement item in context.Each(value))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                walker.VisitResource(item, Slot.Structure, children);
            }
            else
            {
                context.Report(ValidationRules.Str01, $"The entries of `structures` are Range objects, not {Kind(item.ValueKind)}.");
            }
        }
    }

    /// <summary>P3-DESC-02, P3-ITEMS-10, P3-BEH-04/05/06, P3-STR-02.</summary>
    public void CheckRange(JsonElement range, Slot slot, Scope scope)
    {
        bool hasItems = range.TryGetProperty("items", out JsonElement items);
        if (slot is Slot.Structure or Slot.Top || hasItems)
        {
            descriptive.CheckLabelPresent(range, ResourceKind.Range, ValidationRules.Desc02);
        }

        if (HasString(range, "behavior", "sequence") && slot == Slot.RangeItem)
        {
            context.ReportProperty(ValidationRules.Beh04, "behavior", "A `sequence` Range is listed directly in the Manifest's `structures`, not inside another Range.");
        }

        // A no-nav child is not shown in navigation, so it needs no thumbnail to navigate by.
        if (slot == Slot.RangeItem && scope.ThumbnailNavParent && !range.TryGetProperty("thumbnail", out _) && !HasString(range, "behavior", "no-nav"))
        {
            context.ReportMissing(ValidationRules.Beh05, "thumbnail", "The Ranges inside a `thumbnail-nav` Range have a `thumbnail` to navigate by.");
        }

        if (!hasItems)
        {
            if (slot is Slot.Top or Slot.Structure)
            {
                context.ReportMissing(ValidationRules.Items10, "items", "A Range in `structures` has `items`: the Canvases, parts of Canvases and Ranges it covers.");
            }

            return;
        }

        if (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0)
        {
            context.ReportProperty(ValidationRules.Items10, "items", "A Range's `items`, when present, are not empty; leave `items` out to make a reference.");
            return;
        }

        context.Path.Push("items");
        var canvases = new List<CanvasInfo>();
        foreach (JsonElement item in context.Each(items))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                CheckItem(item, canvases);
            }
        }

        context.Path.Pop();
        technical.CheckBehaviorNeeds(range, ResourceKind.Range, canvases);
    }

    /// <summary>P3-START-01/02.</summary>
    public void CheckStart(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            if (value.ValueKind != JsonValueKind.Array && value.ValueKind != JsonValueKind.String)
            {
                context.Report(ValidationRules.Start01, $"`start` is a Canvas, or a SpecificResource of a Canvas, not {Kind(value.ValueKind)}.");
            }

            return;
        }

        string? type = TypeOf(value);
        bool ok = type == "Canvas" ||
            (type == "SpecificResource" && value.TryGetProperty("selector", out _) && value.TryGetProperty("source", out JsonElement source) &&
             (source.ValueKind == JsonValueKind.String || TypeOf(source) == "Canvas"));
        if (!ok)
        {
            context.Report(ValidationRules.Start01, "`start` is a Canvas (id and type), or a SpecificResource with a `selector` and a Canvas as `source`.");
            return;
        }

        if (CanvasReferenceRules.CanvasIdOf(value) is { } canvasId && context.Canvases is { } manifestCanvases && !manifestCanvases.ContainsKey(canvasId))
        {
            context.Report(ValidationRules.Start02, $"`start` points at {Show(canvasId)}, which is not one of the Manifest's Canvases.");
        }

        canvasReferences.CheckCanvasReference(value);
    }

    /// <summary>P3-SUPP-01: <c>supplementary</c> is one AnnotationCollection; the walk goes on into it.</summary>
    public void CheckSupplementary(JsonElement value, Scope children)
    {
        if (value.ValueKind != JsonValueKind.Object || TypeOf(value) != "AnnotationCollection")
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                context.Report(ValidationRules.Supp01, "`supplementary` is one AnnotationCollection object (id and \"type\": \"AnnotationCollection\").");
            }

            return;
        }

        walker.VisitResource(value, Slot.Supplementary, children);
    }

    /// <summary>P3-ITEMS-10, P3-STR-02: one item of a Range; the Canvases it covers are gathered for P3-BEH-06.</summary>
    private void CheckItem(JsonElement item, List<CanvasInfo> canvases)
    {
        string? type = TypeOf(item);
        bool canvasSource = type == "SpecificResource" && item.TryGetProperty("source", out JsonElement source) &&
            (source.ValueKind == JsonValueKind.String || TypeOf(source) is "Canvas" or null);
        if (IdOf(item) is null && type != "SpecificResource")
        {
            context.ReportMissing(ValidationRules.Items10, "id", "An item of a Range has an `id` and a `type`.");
        }
        else if (type is not null && type is not ("Range" or "Canvas") && !canvasSource &&
                 CaseVariants.OfType(type) is null)
        {
            context.ReportProperty(ValidationRules.Items10, "type", $"The items of a Range are Canvases, Ranges, and SpecificResources of Canvases, not a {Show(type)}.");
        }

        if (CanvasReferenceRules.CanvasIdOf(item) is { } canvasId && context.Canvases is { } manifestCanvases)
        {
            if (manifestCanvases.TryGetValue(canvasId, out CanvasInfo info))
            {
                canvases.Add(info);
            }
            else if (type != "Range")
            {
                context.Report(ValidationRules.Str02, $"The Canvas {Show(canvasId)} is not one of the Manifest's Canvases.");
            }
        }
    }
}
