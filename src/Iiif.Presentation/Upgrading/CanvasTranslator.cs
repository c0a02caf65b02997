namespace Iiif.Presentation.Upgrading;

/// <summary>
/// A Canvas (<see href="https://iiif.io/api/presentation/3.0/#53-canvas"/>): its <c>images</c> become one
/// AnnotationPage of painting annotations; it needs a size (or a duration), which a sizeless Canvas may take
/// from its only image.
/// </summary>
internal sealed class CanvasTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>The properties particular to a Canvas.</summary>
    public bool Property(in Frame frame, string key, JsonElement value)
    {
        if (key != "images")
        {
            return false;
        }

        Images((Canvas)frame.Resource, value, frame.At(key), frame.Base);
        return true;
    }

    /// <summary>Gives a Canvas its <c>items</c>, checks its size, and records it for the Ranges' fragments.</summary>
    public void Require(in Frame frame)
    {
        var canvas = (Canvas)frame.Resource;
        if (!IiifResource.Has(canvas.ItemsList) && canvas.Extensions?.ContainsKey("items") != true)
        {
            Members.WriteEmpty(canvas.Items);
        }

        Size(canvas, frame.Input);
        TimedBodies(canvas, frame.Input);
        if (canvas.Id is { } id && _context.CanvasesById is { } canvases)
        {
            canvases[id] = canvas;
        }
    }

    /// <summary>A Canvas's <c>images</c>: one AnnotationPage of painting annotations.</summary>
    private void Images(Canvas canvas, JsonElement value, At at, string? baseId)
    {
        InputPath input = at.Path;
        _context.NoteLone(value, input, OutputPlace.Of(canvas, "items").Then(0), "images");
        var page = new AnnotationPage();
        page.Id = _context.Ids.Mint(baseId, "annotation-page", 1, "page of the Canvas's images", input, page);
        IList<Annotation> annotations = page.Items;
        Members.WriteEmpty(annotations);
        string? previous = _context.ImagesCanvas;
        _context.ImagesCanvas = canvas.Id;
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, new At(input)))
        {
            if (_context.Annotations.AnnotationOrWrapped(item, itemAt, baseId, annotations.Count + 1) is { } annotation)
            {
                annotations.Add(annotation);
            }
        }

        _context.ImagesCanvas = previous;
        Members.Reset(canvas.Items);
        canvas.Items.Add(page);
    }

    /// <summary>3.0 Canvases have a width and height (or a duration); a sizeless one takes its only image's.</summary>
    private void Size(Canvas canvas, InputPath input)
    {
        bool width = canvas.Width is not null;
        bool height = canvas.Height is not null;
        if (width && height && (canvas.Width == 0 || canvas.Height == 0))
        {
            _context.Note(UpgradeNoteCodes.OutputInvalid, input, OutputPlace.Of(canvas),
                "The Canvas has a width or height of 0; 3.0 sizes are positive, and nothing may be invented.");
            return;
        }

        if ((width && height) || (!width && !height && HasDuration(canvas)))
        {
            return;
        }

        List<IiifResource> painted = PaintedBodies(canvas);
        if (!width && !height && painted.Count == 1 && Dimension(painted[0], "width") is { } w && Dimension(painted[0], "height") is { } h)
        {
            canvas.Width = w;
            canvas.Height = h;
            _context.Note(UpgradeNoteCodes.ValueCoerced, input, OutputPlace.Of(canvas), "The Canvas had no size; it took the size of its only image.");
            return;
        }

        _context.Note(UpgradeNoteCodes.OutputInvalid, input, OutputPlace.Of(canvas),
            width || height
                ? "The Canvas has a width or a height but not both, and 3.0 requires both; nothing may be invented for the other."
                : "The Canvas has no width and height (nor duration), which 3.0 requires, and no single image to take them from.");
    }

    /// <summary>Sound and Video painted on a Canvas without a duration cannot be shown (3.0): an error note.</summary>
    private void TimedBodies(Canvas canvas, InputPath input)
    {
        if (HasDuration(canvas))
        {
            return;
        }

        foreach (AnnotationPage? page in canvas.ItemsList ?? [])
        {
            foreach (Annotation? annotation in page?.ItemsList ?? [])
            {
                foreach (IiifResource? body in annotation?.BodyList ?? [])
                {
                    if (body is { Type: "Sound" or "Video" } || (body is not null && HasDuration(body)))
                    {
                        _context.Note(UpgradeNoteCodes.OutputInvalid, input, OutputPlace.Of(annotation!, "body"),
                            "Sound or video is painted on a Canvas without a duration; 3.0 needs the Canvas's duration, and nothing may be invented.");
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The bodies painted on a Canvas, as objects.</summary>
    private static List<IiifResource> PaintedBodies(Canvas canvas)
    {
        var painted = new List<IiifResource>();
        foreach (AnnotationPage? page in canvas.ItemsList ?? [])
        {
            foreach (Annotation? annotation in page?.ItemsList ?? [])
            {
                foreach (IiifResource? body in annotation?.BodyList ?? [])
                {
                    if (body is not null && !body.IsUriString)
                    {
                        painted.Add(body);
                    }
                }
            }
        }

        return painted;
    }

    private static bool HasDuration(IiifResource resource) => resource switch
    {
        Canvas canvas when canvas.Duration is not null => true,
        ContentResource content when content.Duration is not null => true,
        _ => resource.Extensions?.ContainsKey("duration") == true,
    };

    /// <summary>A body's width or height, typed or kept as an integer in its extension data.</summary>
    private static int? Dimension(IiifResource body, string key) => body switch
    {
        ContentResource content => key == "width" ? content.Width : content.Height,
        _ => body.Extensions is { } extensions && extensions.TryGetValue(key, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : null,
    };
}
