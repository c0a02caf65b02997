using System.Linq;

namespace Iiif.Presentation;

/// <summary>Shapes and checks the builders share.</summary>
internal static class BuilderSupport
{
    /// <summary>Makes a list of one write as a single value.</summary>
    public static void Single<T>(IList<T> list) => list.SetSingleValue();

    /// <summary>A reference to a Canvas written as its URI string (an annotation's target).</summary>
    public static Canvas CanvasUri(string id) => new(id) { Type = null, IsUriString = true };

    /// <summary>A part of a Canvas: a SpecificResource with the Canvas as source.</summary>
    public static SpecificResource Part(string canvasId, Selector selector, string? id)
    {
        var part = new SpecificResource(CanvasUri(canvasId), selector) { Id = id };
        Single(part.Selector);
        return part;
    }

    /// <summary>The Canvas a start, target or range item points at.</summary>
    public static string? CanvasOf(IiifResource resource) => resource switch
    {
        SpecificResource { Source: { } source } => CanvasOf(source),
        _ when resource.Id is { } id => id.IndexOf('#') is int hash and >= 0 ? id.Substring(0, hash) : id,
        _ => null,
    };

    public static void CheckCanvas(Canvas canvas, string at, List<string> problems)
    {
        bool width = canvas.Width is not null;
        bool height = canvas.Height is not null;
        if (width != height)
        {
            problems.Add($"{at}: a Canvas gives width and height together");
        }
        else if (!width && canvas.Duration is null)
        {
            problems.Add($"{at}: a Canvas needs a size (width and height), a duration, or both");
        }

        foreach (AnnotationPage page in canvas.Items)
        {
            foreach (Annotation annotation in page.Items)
            {
                foreach (IiifResource body in annotation.Body.SelectMany(Bodies))
                {
                    if (body is ContentResource { Duration: not null } && canvas.Duration is null)
                    {
                        problems.Add($"{at}: {body.Id} has a duration but the Canvas has none to play it on");
                    }

                    if (body is ContentResource { Width: not null } && !width)
                    {
                        problems.Add($"{at}: {body.Id} has a size but the Canvas has none to show it on");
                    }
                }
            }
        }

        // 3.0 §3.4 annotations: what a Canvas lists is about that Canvas, or a part of it.
        for (int p = 0; p < canvas.Annotations.Count; p++)
        {
            IList<Annotation> annotations = canvas.Annotations[p].Items;
            for (int a = 0; a < annotations.Count; a++)
            {
                foreach (IiifResource target in annotations[a].Target)
                {
                    if (AnnotatedCanvas(target) is { } other && other != canvas.Id)
                    {
                        problems.Add($"{at}.annotations[{p}].items[{a}]: targets the Canvas {other}, not the Canvas that lists it nor a part of it");
                    }
                }
            }
        }
    }

    /// <summary>The Canvas a target names (a URI, a Canvas, or a SpecificResource of one), without its fragment;
    /// <see langword="null"/> for a target of another type, such as an image painted on the Canvas.</summary>
    private static string? AnnotatedCanvas(IiifResource target) => target switch
    {
        SpecificResource { Source: { } source } => AnnotatedCanvas(source),
        Canvas => CanvasOf(target),
        _ => null,
    };

    private static IEnumerable<IiifResource> Bodies(IiifResource body) => body switch
    {
        Choice choice => choice.Items.SelectMany(Bodies),
        SpecificResource { Source: { } source } => Bodies(source),
        _ => [body],
    };

    public static void CheckRange(IiifRange range, string at, HashSet<string> canvases, List<string> problems)
    {
        if (range.Items.Count == 0)
        {
            problems.Add($"{at}: a Range needs items");
        }

        for (int i = 0; i < range.Items.Count; i++)
        {
            IiifResource item = range.Items[i];
            if (item is IiifRange child)
            {
                CheckRange(child, $"{at}.items[{i}]", canvases, problems);
            }
            else if (CanvasOf(item) is { } canvas && !canvases.Contains(canvas))
            {
                problems.Add($"{at}.items[{i}]: {canvas} is not one of the Manifest's canvases");
            }
        }
    }

    public static void CheckPositive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive number.");
        }
    }
}
