namespace Iiif.Presentation.Upgrading;

/// <summary>
/// A Layer, which 3.0 calls an AnnotationCollection (<see href="https://iiif.io/api/presentation/3.0/#58-annotation-collection"/>):
/// its list of pages has no 3.0 form, so its first and last pages become <c>first</c> and <c>last</c>; a
/// Range's <c>contentLayer</c> becomes its <c>supplementary</c> AnnotationCollection.
/// </summary>
internal sealed class LayerTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>The properties particular to a Layer.</summary>
    public bool Property(in Frame frame, string key, JsonElement value)
    {
        var layer = (AnnotationCollection)frame.Resource;
        switch (key)
        {
            case "first":
            case "last":
                if (_context.Links.Reference(value, frame.At(key), frame.Base, IiifTypes.AnnotationPage.Name, Slot.PageLink) is AnnotationPage page)
                {
                    if (key == "first")
                    {
                        layer.First = page;
                    }
                    else
                    {
                        layer.Last = page;
                    }
                }

                return true;
            case "otherContent":
                Pages(layer, value, frame.At(key));
                return true;
            default:
                return false;
        }
    }

    /// <summary>A Range's <c>contentLayer</c>: one AnnotationCollection, not an array.</summary>
    public AnnotationCollection? Supplementary(JsonElement value, At at, OutputPlace place, string? baseId)
    {
        JsonElement first = default;
        int count = 0;
        foreach (JsonElement item in V2Json.ItemsOf(value))
        {
            if (count++ == 0)
            {
                first = item;
            }
        }

        if (count == 0)
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, "An empty contentLayer was left out.", value);
            return null;
        }

        if (count > 1)
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, place, "supplementary holds one AnnotationCollection; the first layer was kept.", value);
        }

        return first.ValueKind switch
        {
            JsonValueKind.String => new AnnotationCollection(V2Json.Text(first)!),
            JsonValueKind.Object => (AnnotationCollection)_context.Resources.Translate(first, ResourceKind.AnnotationCollection, at.Item(value, 0).Path, baseId, 1,
                Slot.Supplementary, reference: true),
            _ => null,
        };
    }

    /// <summary>A Layer's <c>otherContent</c>: its first and last pages; the list in a note.</summary>
    private void Pages(AnnotationCollection layer, JsonElement value, At at)
    {
        string? first = null;
        string? last = null;
        foreach (JsonElement item in V2Json.ItemsOf(value))
        {
            if (V2Json.IdOf(item) is { } id)
            {
                first ??= id;
                last = id;
            }
        }

        if (first is not null && layer.First is null)
        {
            layer.First = new AnnotationPage(first);
        }

        if (last is not null && layer.Last is null)
        {
            layer.Last = new AnnotationPage(last);
        }

        _context.Note(UpgradeNoteCodes.LayerPages, at.Path, OutputPlace.Of(layer, "first"),
            "A Layer's list of pages has no 3.0 form; its first and last pages became first and last.", value);
    }
}
