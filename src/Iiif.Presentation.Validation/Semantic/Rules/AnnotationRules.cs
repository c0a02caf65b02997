using System.Linq;
using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// Annotations, their bodies and their targets: motivations (P3-MOT-01, P3-JSON-01), a target
/// (P3-ANNO-04) within the annotated resource (P3-ANNO-03), what a painting Annotation targets and paints
/// (P3-PAINT-02/03), and the selectors of a SpecificResource (P3-TYPE-01).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#56-annotation"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#values-for-motivation"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#specificresource"/>.</remarks>
internal sealed class AnnotationRules(RuleContext context, DocumentWalker walker, CanvasReferenceRules canvasReferences)
{
    /// <summary>P3-ANNO-03/04, P3-MOT-01, P3-PAINT-02/03.</summary>
    public void CheckAnnotation(JsonElement annotation, Scope scope)
    {
        if (annotation.TryGetProperty("motivation", out JsonElement motivations))
        {
            context.Path.Push("motivation");
            foreach (JsonElement motivation in context.Each(motivations))
            {
                CheckMotivation(motivation);
            }

            context.Path.Pop();
        }

        if (!annotation.TryGetProperty("target", out JsonElement target))
        {
            context.ReportMissing(ValidationRules.Anno04, "target", "An Annotation has a `target`: what it is about.");
            return;
        }

        if (scope.NonPainting && scope.AnnotatedId is { } annotated)
        {
            foreach (JsonElement item in Values(target))
            {
                if (CanvasReferenceRules.CanvasIdOf(item) is { } targetId && !IsPartOf(targetId, annotated, scope.AnnotatedServices))
                {
                    context.ReportProperty(ValidationRules.Anno03, "target", $"An annotation listed in the `annotations` of {Show(annotated)} targets that resource or a part of it, not {Show(targetId)}.");
                    break;
                }
            }
        }

        if (scope.CanvasId is { } canvasId && !scope.NonPainting && HasString(annotation, "motivation", "painting"))
        {
            CheckPainting(annotation, target, canvasId, scope);
        }
    }

    /// <summary>Visits the bodies of an Annotation; a body may be a string.</summary>
    public void VisitBodies(JsonElement value, Scope children)
    {
        foreach (JsonElement item in context.Each(value))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                walker.VisitResource(item, Slot.Body, children with { Top = false });
            }
        }
    }

    /// <summary>Visits the targets of an Annotation, and checks the parts of Canvases they select.</summary>
    public void VisitTargets(JsonElement value, Scope children)
    {
        foreach (JsonElement item in context.Each(value))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                walker.VisitResource(item, Slot.Target, children);
            }

            canvasReferences.CheckCanvasReference(item);
        }
    }

    /// <summary>Visits the <c>source</c> of a SpecificResource, in the place of the resource it stands for.</summary>
    public void VisitSource(JsonElement value, Slot slot, Scope children)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            walker.VisitResource(value, slot is Slot.Body or Slot.ChoiceItem ? Slot.Source : Slot.Target, children);
        }
    }

    /// <summary>P3-TYPE-01: every selector of a SpecificResource has a <c>type</c>.</summary>
    public void VisitSelectors(JsonElement value)
    {
        foreach (JsonElement selector in context.Each(value))
        {
            if (selector.ValueKind == JsonValueKind.Object && TypeOf(selector) is null)
            {
                context.ReportMissing(ValidationRules.Type01, "type", "A selector has a `type`, such as FragmentSelector or PointSelector.");
            }
        }
    }

    /// <summary>P3-MOT-01, P3-JSON-01: one motivation; the path is on it.</summary>
    private void CheckMotivation(JsonElement motivation)
    {
        if (motivation.ValueKind == JsonValueKind.String && motivation.GetString() is { } text && !Motivation.KnownValues.Contains(text))
        {
            if (CaseVariants.Of(text, Motivation.KnownValues) is { } variant)
            {
                context.Report(ValidationRules.Json01, $"Motivations are case-sensitive: write \"{variant}\", not \"{text}\".");
            }
            else
            {
                context.Report(ValidationRules.Mot01, $"\"{Show(text)}\" is neither painting, supplementing, a Web Annotation motivation nor one of a registered IIIF extension or API; clients may not know it.");
            }
        }
    }

    /// <summary>Returns whether a target is the annotated resource or a part of it: one of a Manifest's
    /// Canvases, or an image addressed through its image service.</summary>
    private bool IsPartOf(string targetId, string annotated, string[]? services) =>
        targetId == Uris.WithoutFragment(annotated) ||
        (context.Canvases is { } canvases && canvases.ContainsKey(targetId) && !canvases.ContainsKey(Uris.WithoutFragment(annotated))) ||
        (services is not null && Array.IndexOf(services, targetId) >= 0);

    /// <summary>P3-PAINT-02/03 for a painting annotation of a Canvas.</summary>
    private void CheckPainting(JsonElement annotation, JsonElement target, string canvasId, Scope scope)
    {
        foreach (JsonElement item in Values(target))
        {
            if (CanvasReferenceRules.CanvasIdOf(item) is not { } targetId || targetId != Uris.WithoutFragment(canvasId) ||
                (item.ValueKind == JsonValueKind.Object && TypeOf(item) is { } type && type is not ("Canvas" or "SpecificResource")))
            {
                context.ReportProperty(ValidationRules.Paint02, "target", $"A painting Annotation targets its Canvas ({Show(canvasId)}), optionally with a media fragment, or a SpecificResource of it.");
                break;
            }
        }

        if (!annotation.TryGetProperty("body", out JsonElement body))
        {
            return;
        }

        bool canvasSized = scope.CanvasWidth is not null && scope.CanvasHeight is not null;
        bool canvasTimed = scope.CanvasDuration is not null;
        foreach (JsonElement resource in PaintedResources(body))
        {
            string? type = TypeOf(resource);
            bool needsSize = type is "Image" or "Video" || resource.TryGetProperty("width", out _) || resource.TryGetProperty("height", out _);
            bool needsTime = type is "Sound" or "Video" || resource.TryGetProperty("duration", out _);
            if (needsSize && !canvasSized)
            {
                context.ReportProperty(ValidationRules.Paint03, "body", $"This body has a spatial extent ({type ?? "width/height"}), but the Canvas has no `height` and `width` to paint it on.");
                return;
            }

            if (needsTime && !canvasTimed)
            {
                context.ReportProperty(ValidationRules.Paint03, "body", $"This body has a duration ({type ?? "duration"}), but the Canvas has no `duration` to paint it on.");
                return;
            }
        }
    }

    /// <summary>Returns the resources a body paints: itself, a Choice's options, a SpecificResource's source.</summary>
    private static IEnumerable<JsonElement> PaintedResources(JsonElement body)
    {
        foreach (JsonElement item in Values(body))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string? type = TypeOf(item);
            if (type == "Choice" && item.TryGetProperty("items", out JsonElement options))
            {
                foreach (JsonElement option in PaintedResources(options))
                {
                    yield return option;
                }
            }
            else if (type == "SpecificResource" && item.TryGetProperty("source", out JsonElement source) && source.ValueKind == JsonValueKind.Object)
            {
                yield return source;
            }
            else
            {
                yield return item;
            }
        }
    }
}
