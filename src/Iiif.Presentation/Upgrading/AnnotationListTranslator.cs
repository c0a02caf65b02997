namespace Iiif.Presentation.Upgrading;

/// <summary>
/// An AnnotationList, which 3.0 calls an AnnotationPage (<see href="https://iiif.io/api/presentation/3.0/#55-annotation-page"/>):
/// its <c>resources</c> are its <c>items</c>; its paging properties are references to pages.
/// </summary>
internal sealed class AnnotationListTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>The properties particular to an AnnotationList.</summary>
    public bool Property(in Frame frame, string key, JsonElement value)
    {
        var page = (AnnotationPage)frame.Resource;
        switch (key)
        {
            case "resources":
                Items(page, value, frame.At(key), frame.Base);
                return true;
            case "next":
            case "prev":
            case "first":
            case "last":
                if (_context.Links.Reference(value, frame.At(key), frame.Base, IiifTypes.AnnotationPage.Name, Slot.PageLink) is AnnotationPage reference)
                {
                    switch (key)
                    {
                        case "next": page.Next = reference; break;
                        case "prev": page.Prev = reference; break;
                        default: page.ExtensionData[key] = JsonValues.Resource(reference); break;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>An AnnotationList's <c>resources</c>: the page's <c>items</c>, annotations outside a Canvas's images.</summary>
    private void Items(AnnotationPage page, JsonElement value, At at, string? baseId)
    {
        InputPath input = at.Path;
        _context.NoteLone(value, input, OutputPlace.Of(page, "items"), "resources");
        IList<Annotation> items = page.Items;
        Members.Reset(items);
        string? canvas = _context.ImagesCanvas;
        _context.ImagesCanvas = null;
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, new At(input)))
        {
            if (_context.Annotations.AnnotationOrWrapped(item, itemAt, baseId, items.Count + 1) is { } annotation)
            {
                items.Add(annotation);
            }
        }

        _context.ImagesCanvas = canvas;
    }
}
