using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// A Canvas: its size and duration (P3-DIM-02/03), label and thumbnail (P3-DESC-02/06), pages
/// (P3-ITEMS-07/08), and the placeholder and accompanying Canvases (P3-PH-01/02).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#53-canvas"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#placeholdercanvas"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#accompanyingcanvas"/>.</remarks>
internal sealed class CanvasRules(RuleContext context, DocumentWalker walker, DescriptiveRules descriptive, ItemRules items)
{
    private static readonly string[] s_auxiliary = ["placeholderCanvas", "accompanyingCanvas"];

    /// <summary>P3-DIM-02/03, P3-DESC-02/06, P3-ITEMS-07/08, P3-PH-02.</summary>
    public void CheckCanvas(JsonElement canvas, Slot slot, Scope scope)
    {
        if (!ResourceKinds.IsFullCanvas(slot) || slot is Slot.Body or Slot.ChoiceItem)
        {
            return;
        }

        bool width = canvas.TryGetProperty("width", out _);
        bool height = canvas.TryGetProperty("height", out _);
        bool duration = canvas.TryGetProperty("duration", out _);
        if (width != height)
        {
            context.ReportMissing(ValidationRules.Dim02, width ? "height" : "width", "A Canvas gives `height` and `width` together, or neither.");
        }
        else if (!width && !duration)
        {
            context.ReportMissing(ValidationRules.Dim03, "width", "A Canvas has a size (`height` and `width`), a `duration`, or both.");
        }

        descriptive.CheckLabelPresent(canvas, ResourceKind.Canvas, ValidationRules.Desc02);

        if (slot is Slot.PlaceholderCanvas or Slot.AccompanyingCanvas || scope.AuxiliaryCanvas)
        {
            foreach (string property in s_auxiliary)
            {
                if (canvas.TryGetProperty(property, out _))
                {
                    context.ReportProperty(ValidationRules.Ph02, property, $"A placeholder or accompanying Canvas has no `{property}` of its own.");
                }
            }
        }

        if (!canvas.TryGetProperty("items", out JsonElement pages) ||
            (pages.ValueKind == JsonValueKind.Array && pages.GetArrayLength() == 0))
        {
            context.ReportMissing(ValidationRules.Items07, "items", "A Canvas should have at least one AnnotationPage in `items`, painting its content.");
            return;
        }

        items.CheckItemTypes(pages, "items", ValidationRules.Items08, "AnnotationPages", t => t == "AnnotationPage");

        int painting = 0;
        foreach (JsonElement page in Values(pages))
        {
            if (page.ValueKind == JsonValueKind.Object && page.TryGetProperty("items", out JsonElement annotations))
            {
                foreach (JsonElement annotation in Values(annotations))
                {
                    if (annotation.ValueKind == JsonValueKind.Object && HasString(annotation, "motivation", "painting"))
                    {
                        painting++;
                    }
                }
            }
        }

        if (painting > 1 && !canvas.TryGetProperty("thumbnail", out _))
        {
            context.ReportMissing(ValidationRules.Desc06, "thumbnail", $"This Canvas paints {painting} resources; give it a `thumbnail` that shows them together.");
        }
    }

    /// <summary>P3-PH-01: <c>placeholderCanvas</c> and <c>accompanyingCanvas</c>; the walk goes on into
    /// the Canvas.</summary>
    public void CheckAuxiliaryCanvas(JsonElement value, Slot slot, Scope children)
    {
        string name = slot == Slot.PlaceholderCanvas ? "placeholderCanvas" : "accompanyingCanvas";
        if (value.ValueKind != JsonValueKind.Object)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                context.Report(ValidationRules.Ph01, $"`{name}` is a Canvas object with `id` and `type`, not {Kind(value.ValueKind)}.");
            }

            return;
        }

        if (IdOf(value) is null || TypeOf(value) != "Canvas")
        {
            context.Report(ValidationRules.Ph01, $"`{name}` is a Canvas: it has an `id` and \"type\": \"Canvas\".");
        }

        walker.VisitResource(value, slot, children);
    }
}
