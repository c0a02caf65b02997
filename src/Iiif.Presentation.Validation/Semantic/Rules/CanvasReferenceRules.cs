using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// References to a part of one of the Manifest's Canvases, by a media fragment or a selector: the part
/// stays inside the Canvas (P3-FRAG-01), and a combined fragment gives the time first (P3-FRAG-02).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#53-canvas"/>.</remarks>
internal sealed class CanvasReferenceRules(RuleContext context)
{
    /// <summary>Returns the Canvas id (without fragment) a Canvas reference or a SpecificResource of a Canvas points at.</summary>
    public static string? CanvasIdOf(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return Uris.WithoutFragment(item.GetString()!);
        }

        string? type = TypeOf(item);
        if (type == "Canvas" || type is null)
        {
            return IdOf(item) is { } id ? Uris.WithoutFragment(id) : null;
        }

        if (type == "SpecificResource" && item.TryGetProperty("source", out JsonElement source))
        {
            return CanvasIdOf(source);
        }

        return null;
    }

    /// <summary>P3-FRAG-01/02: a media fragment or selector on a Canvas stays inside it; the path is on the reference.</summary>
    public void CheckCanvasReference(JsonElement reference)
    {
        if (context.Canvases is not { } canvases || CanvasIdOf(reference) is not { } canvasId || !canvases.TryGetValue(canvasId, out CanvasInfo canvas))
        {
            return;
        }

        string? fragment = null;
        if (reference.ValueKind == JsonValueKind.String)
        {
            fragment = Uris.FragmentOf(reference.GetString()!);
        }
        else if (TypeOf(reference) == "SpecificResource")
        {
            if (reference.TryGetProperty("source", out JsonElement source) && IdOf(source) is { } sourceId)
            {
                fragment = Uris.FragmentOf(sourceId);
            }

            if (reference.TryGetProperty("selector", out JsonElement selectors))
            {
                foreach (JsonElement selector in Values(selectors))
                {
                    string? selectorType = TypeOf(selector);
                    if (selectorType == "FragmentSelector" && selector.TryGetProperty("value", out JsonElement value) && value.ValueKind == JsonValueKind.String)
                    {
                        fragment = value.GetString();
                    }
                    else if (selectorType == "PointSelector")
                    {
                        CheckPoint(selector, canvas);
                    }
                }
            }
        }
        else if (IdOf(reference) is { } id)
        {
            fragment = Uris.FragmentOf(id);
        }

        if (string.IsNullOrEmpty(fragment) || !MediaFragments.TryParse(fragment!, out MediaFragments parts))
        {
            return;
        }

        if (parts.TemporalFirst is false && parts.HasTemporal && parts.HasSpatial)
        {
            context.Report(ValidationRules.Frag02, "In a combined media fragment, t= comes before xywh=.");
        }

        if (Outside(parts, canvas) is { } problem)
        {
            context.Report(ValidationRules.Frag01, $"A part of a Canvas stays inside it: {problem}.");
        }
    }

    /// <summary>Returns how a fragment reaches outside the Canvas, or <see langword="null"/> if it does not.</summary>
    private static string? Outside(MediaFragments parts, CanvasInfo canvas)
    {
        if (parts.HasSpatial)
        {
            if (canvas.Width is null || canvas.Height is null)
            {
                return "it selects a region (xywh=) of a Canvas that has no size";
            }

            if (parts.Percent ? parts.X + parts.W > 100 || parts.Y + parts.H > 100
                              : parts.X + parts.W > canvas.Width || parts.Y + parts.H > canvas.Height)
            {
                return $"the region xywh={(parts.Percent ? "percent:" : string.Empty)}{parts.X},{parts.Y},{parts.W},{parts.H} reaches outside the Canvas ({canvas.Width} × {canvas.Height})";
            }
        }

        if (parts.HasTemporal)
        {
            if (canvas.Duration is null)
            {
                return "it selects a time (t=) of a Canvas that has no duration";
            }

            if (parts.Start > canvas.Duration || (parts.End ?? parts.Start) > canvas.Duration)
            {
                return $"the time t={parts.Start}{(parts.End is null ? string.Empty : "," + parts.End)} reaches past the Canvas's duration ({canvas.Duration} s)";
            }
        }

        return null;
    }

    private void CheckPoint(JsonElement point, CanvasInfo canvas)
    {
        double? x = NumberOrNull(point, "x");
        double? y = NumberOrNull(point, "y");
        double? t = NumberOrNull(point, "t");
        bool outside = (x is not null && (canvas.Width is null || x > canvas.Width)) ||
                       (y is not null && (canvas.Height is null || y > canvas.Height)) ||
                       (t is not null && (canvas.Duration is null || t > canvas.Duration));
        if (outside)
        {
            context.Report(ValidationRules.Frag01, "A PointSelector's point stays inside the Canvas (within its size and duration).");
        }
    }

    private static double? NumberOrNull(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d) ? d : null;
}
