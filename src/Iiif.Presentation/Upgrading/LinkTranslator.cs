namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Links and references: <c>seeAlso</c>, <c>rendering</c>, <c>thumbnail</c>, <c>partOf</c> and the like as
/// arrays of <c>{id, type}</c>; references to pages; <c>startCanvas</c> to <c>start</c>
/// (<see href="https://iiif.io/api/presentation/3.0/#32-technical-properties"/>; docs/upgrading.md,
/// "Linked resources").
/// </summary>
internal sealed class LinkTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>Adds the resources a linked-resource property names to a list: objects with an id and a type;
    /// a URI string keeps its URI.</summary>
    /// <param name="value">The 2.x value: a URI, an object, or a list of them.</param>
    /// <param name="at">Where it is in the input.</param>
    /// <param name="baseId">The nearest enclosing id.</param>
    /// <param name="defaultType">The type where nothing says one.</param>
    /// <param name="needsLabel">Whether a link without a label takes its URI as one (<c>rendering</c>, <c>homepage</c>).</param>
    /// <param name="into">The list.</param>
    /// <param name="slot">Where the list is, which chooses the class of each resource.</param>
    public void Linked<T>(JsonElement value, At at, string? baseId, string defaultType, bool needsLabel, IList<T> into, Slot slot)
        where T : IiifResource
    {
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            if (Link(item, itemAt, baseId, defaultType, needsLabel, into.Count + 1, slot) is { } link)
            {
                into.Add((T)link);
            }
        }
    }

    /// <summary>One linked resource, or <see langword="null"/> when it is left out.</summary>
    public IiifResource? Link(JsonElement item, At at, string? baseId, string defaultType, bool needsLabel, int position, Slot slot)
    {
        IiifResource link;
        if (item.ValueKind == JsonValueKind.String)
        {
            string uri = V2Json.Text(item)!;
            if (uri.Trim().Length == 0)
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, "A link with an empty URI was left out.", item);
                return null;
            }

            link = TypeTranslator.Create(defaultType, ResourceKind.Content, slot);
            link.Id = _context.Ids.Normalize(uri, baseId, at, OutputPlace.Of(link, "id"));
            _context.NoteFormat(UpgradeNoteCodes.TypeInferred, at.Path, OutputPlace.Of(link), "The link {0} became an object of type {1}.", uri, defaultType);
        }
        else if (item.ValueKind == JsonValueKind.Object && V2Json.IdOf(item) is { } id && id.Trim().Length == 0)
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, "A link with an empty URI was left out.", item);
            return null;
        }
        else if (item.ValueKind == JsonValueKind.Object && !V2Json.IsEmptyObject(item))
        {
            link = _context.Resources.Translate(item, ResourceKind.Content, at.Path, baseId, position, slot, reference: true, defaultType: defaultType);
        }
        else
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"An empty link ({V2Json.Kind(item.ValueKind)}) was left out.", item);
            return null;
        }

        if (needsLabel && link.Label is null && link.Id is { } linkId)
        {
            link.Label = LanguageTranslator.Plain(linkId);
            _context.Note(UpgradeNoteCodes.LabelMissing, at.Path, OutputPlace.Of(link, "label"), "The link had no label; its URI is its label.");
        }

        return link;
    }

    /// <summary>A reference to one resource of a known type: <c>{id, type}</c>, keeping a label.</summary>
    public IiifResource? Reference(JsonElement value, At at, string? baseId, string type, Slot slot)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                IiifResource reference = TypeTranslator.Create(type, ResourceKind.Content, slot);
                reference.Id = _context.Ids.Normalize(V2Json.Text(value)!, baseId, at, OutputPlace.Of(reference, "id"));
                return reference;
            case JsonValueKind.Object:
                IiifResource result = _context.Resources.Translate(value, ResourceKind.Content, at.Path, baseId, 1, slot, reference: true, defaultType: type);
                result.Type = type;
                return result;
            default:
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A reference must be a URI or an object, not {V2Json.Kind(value.ValueKind)}.", value);
                return null;
        }
    }

    /// <summary><c>startCanvas</c> to <c>start</c>: a Canvas reference, or a SpecificResource for a fragment.</summary>
    public IiifResource? Start(JsonElement value, At at, OutputPlace place, string? baseId)
    {
        if (V2Json.IdOf(value) is not { } id)
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"The start canvas must be a URI, not {V2Json.Kind(value.ValueKind)}.", value);
            return null;
        }

        return CanvasReference(id, at, place, baseId);
    }

    /// <summary>A reference to a Canvas; one with a fragment becomes a SpecificResource with a FragmentSelector
    /// (<see href="https://iiif.io/api/presentation/3.0/#specificresource"/>).</summary>
    /// <param name="id">The Canvas's id, maybe with a fragment.</param>
    /// <param name="at">Where the id is in the input.</param>
    /// <param name="place">Where a changed id is noted in the output.</param>
    /// <param name="baseId">The nearest enclosing id.</param>
    public IiifResource CanvasReference(string id, At at, OutputPlace place, string? baseId)
    {
        id = _context.Ids.Normalize(id, baseId, at, place);
        int hash = id.IndexOf('#');
        if (hash < 0)
        {
            return new Canvas(id);
        }

        var part = new SpecificResource { Source = new Canvas(id.Substring(0, hash)) };
        part.Selector.Add(new FragmentSelector(id.Substring(hash + 1)) { ConformsTo = FragmentSelector.MediaFragments });
        ((OneOrMany<Selector>)part.Selector).IsSingleValue = true;
        return part;
    }

    /// <summary><c>otherContent</c> to <c>annotations</c>: references to pages, or embedded lists in full.</summary>
    public OneOrMany<AnnotationPage> Pages(JsonElement value, At at, string? baseId)
    {
        var pages = new OneOrMany<AnnotationPage>();
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    var reference = new AnnotationPage();
                    reference.Id = _context.Ids.Normalize(V2Json.Text(item)!, baseId, itemAt, OutputPlace.Of(reference, "id"));
                    pages.Add(reference);
                    break;
                case JsonValueKind.Object:
                    string? canvas = _context.ImagesCanvas;
                    _context.ImagesCanvas = null;
                    pages.Add((AnnotationPage)_context.Resources.Translate(item, ResourceKind.AnnotationPage, itemAt.Path, baseId, pages.Count + 1,
                        Slot.AnnotationsPage, reference: !item.TryGetProperty("resources"u8, out _)));
                    _context.ImagesCanvas = canvas;
                    break;
                default:
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, $"An entry of otherContent must be a list, not {V2Json.Kind(item.ValueKind)}.", item);
                    break;
            }
        }

        return pages;
    }
}
