namespace Iiif.Presentation.Upgrading;

/// <summary>
/// An Annotation (<see href="https://iiif.io/api/presentation/3.0/#56-annotation"/>): <c>resource</c> to
/// <c>body</c>, <c>on</c> to <c>target</c>, the motivation without its prefix; an annotation of a Canvas's
/// <c>images</c> paints it, one elsewhere supplements it.
/// </summary>
internal sealed class AnnotationTranslator
{
    private readonly UpgradeContext _context;
    private readonly Func<JsonElement, At, string?, int, IiifResource?> _body;
    private readonly Func<JsonElement, At, string?, int, IiifResource?> _target;

    public AnnotationTranslator(UpgradeContext context)
    {
        _context = context;
        _body = Body;
        _target = Target;
    }

    /// <summary>The properties particular to an Annotation.</summary>
    public bool Property(in Frame frame, string key, JsonElement value)
    {
        var annotation = (Annotation)frame.Resource;
        switch (key)
        {
            case "motivation":
                Motivation(annotation, value, frame.At(key));
                return true;
            case "resource":
            case "body":
                Set(annotation.Body, value, frame.At(key), frame.Base, _body);
                return true;
            case "on":
            case "target":
                Set(annotation.Target, value, frame.At(key), frame.Base, _target);
                return true;
            case "stylesheet":
                _context.Content.Stylesheet(frame, value, frame.At(key));
                return true;
            default:
                return false;
        }
    }

    /// <summary>An entry of <c>images</c> or <c>resources</c>: an annotation, or a bare resource that gets one.</summary>
    public Annotation? AnnotationOrWrapped(JsonElement item, At at, string? baseId, int position)
    {
        bool painting = _context.ImagesCanvas is not null;
        if (item.ValueKind == JsonValueKind.String)
        {
            // A bare URI: the body of an annotation.
            var wrapped = new Annotation();
            wrapped.Id = _context.Ids.Mint(baseId, "annotation", position, "annotation", at.Path, wrapped);
            Single(wrapped.Motivation, painting ? Presentation.Motivation.Painting : Presentation.Motivation.Supplementing);
            ContentResource body = painting ? new Image() : new Text();
            body.Id = _context.Ids.Normalize(V2Json.Text(item)!, baseId, at, OutputPlace.Of(body, "id"));
            Single(wrapped.Body, body);
            _context.Note(UpgradeNoteCodes.TypeInferred, at.Path, OutputPlace.Of(wrapped), "A bare URI in place of an annotation became the body of one.");
            TargetTheCanvas(wrapped);
            return wrapped;
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"An annotation must be an object, not {V2Json.Kind(item.ValueKind)}.", item);
            return null;
        }

        if (item.TryGetProperty("resource"u8, out _) || item.TryGetProperty("on"u8, out _) || item.TryGetProperty("motivation"u8, out _) ||
            item.TryGetProperty("body"u8, out _) || TypeTranslator.Names(item, IiifTypes.Annotation))
        {
            return (Annotation)_context.Resources.Translate(item, ResourceKind.Annotation, at.Path, baseId, position, Slot.PageAnnotation);
        }

        var annotation = new Annotation();
        annotation.Id = _context.Ids.Mint(baseId, "annotation", position, "annotation", at.Path, annotation);
        Single(annotation.Motivation, painting ? Presentation.Motivation.Painting : Presentation.Motivation.Supplementing);
        _context.Note(UpgradeNoteCodes.TypeInferred, at.Path, OutputPlace.Of(annotation), "A resource in place of an annotation became the body of one.");
        Single(annotation.Body, _context.Resources.Translate(item, ResourceKind.Content, at.Path, baseId, 1, Slot.Body,
            defaultType: painting ? IiifTypes.Image.Name : IiifTypes.Text.Name));
        TargetTheCanvas(annotation);
        return annotation;
    }

    /// <summary>What an annotation requires: one of a Canvas's images paints it and targets it; a painting
    /// annotation elsewhere becomes supplementing, unless the options keep it.</summary>
    public void Require(in Frame frame)
    {
        var annotation = (Annotation)frame.Resource;
        IList<Motivation> motivations = annotation.Motivation;
        bool single = ((OneOrMany<Motivation>)motivations).IsSingleValue && motivations.Count == 1;
        if (_context.ImagesCanvas is { } canvas)
        {
            if (motivations.Count == 0)
            {
                Single(motivations, Presentation.Motivation.Painting);
                _context.Note(UpgradeNoteCodes.MotivationChanged, frame.Input, OutputPlace.Of(annotation, "motivation"), "An image annotation without motivation paints its Canvas.");
            }
            else if (single && motivations[0] != Presentation.Motivation.Painting)
            {
                string written = motivations[0].Value;
                _context.Note(UpgradeNoteCodes.MotivationChanged, frame.Input.Key("motivation"), OutputPlace.Of(annotation, "motivation"),
                    $"An annotation in a Canvas's images paints it; the motivation \"{written}\" became painting.", JsonValues.String(written));
                motivations[0] = Presentation.Motivation.Painting;
            }

            IList<IiifResource> targets = annotation.Target;
            if (targets.Count == 0)
            {
                TargetTheCanvas(annotation);
                _context.Note(UpgradeNoteCodes.TargetFilled, frame.Input, OutputPlace.Of(annotation, "target"), "An image annotation without \"on\" targets its Canvas.");
            }
            else if (((OneOrMany<IiifResource>)targets).IsSingleValue && targets.Count == 1 && targets[0] is { IsUriString: true, Id: { } target } &&
                     !string.Equals(V2Json.WithoutFragment(target), canvas, StringComparison.Ordinal) &&
                     ((OneOrMany<Motivation>)motivations).IsSingleValue && motivations.Count == 1 && motivations[0] == Presentation.Motivation.Painting)
            {
                _context.Note(UpgradeNoteCodes.ValueInvalid, frame.Input, OutputPlace.Of(annotation, "target"),
                    $"An image of the Canvas {canvas} is painted on {target}; 3.0 paints only a Canvas's own items. It was kept as read.");
            }

            return;
        }

        if (_context.Options.ListPainting == ListPainting.Supplementing && motivations.Contains(Presentation.Motivation.Painting))
        {
            for (int i = 0; i < motivations.Count; i++)
            {
                if (motivations[i] == Presentation.Motivation.Painting)
                {
                    motivations[i] = Presentation.Motivation.Supplementing;
                }
            }

            _context.Note(UpgradeNoteCodes.MotivationChanged, frame.Input, OutputPlace.Of(annotation, "motivation"),
                "A painting annotation outside a Canvas's images became supplementing: in 3.0 only a Canvas's items paint it.");
        }
    }

    /// <summary>A body: a resource; a URI becomes one of the type its place suggests.</summary>
    public IiifResource? Body(JsonElement value, At at, string? baseId, int position)
    {
        string fallback = _context.ImagesCanvas is null ? IiifTypes.Text.Name : IiifTypes.Image.Name;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                IiifResource body = TypeTranslator.Create(fallback, ResourceKind.Content, Slot.Body);
                _context.NoteFormat(UpgradeNoteCodes.TypeInferred, at.Path, OutputPlace.Of(body), "The body {0} became an object of type {1}.", V2Json.Text(value)!, fallback);
                body.Id = _context.Ids.Normalize(V2Json.Text(value)!, baseId, at, OutputPlace.Of(body, "id"));
                return body;
            case JsonValueKind.Object:
                IiifResource resource = _context.Resources.Translate(value, ResourceKind.Content, at.Path, baseId, position, Slot.Body, defaultType: fallback);
                if (V2Json.StringOf(value, "@type"u8) is { } type && IiifTypes.LocalName(type).Equals("Tag", StringComparison.OrdinalIgnoreCase) &&
                    !resource.ExtensionData.ContainsKey("purpose") && resource.Shape.For(IiifProperties.Purpose)?.IsSet(resource) != true)
                {
                    _context.Verbatim.ReadWritten(resource, Slot.Body, "purpose", Presentation.Purpose.Tagging.Value, static (w, v) => w.WriteStringValue(v), at);
                }

                return resource;
            default:
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A body must be an object or a URI, not {V2Json.Kind(value.ValueKind)}.", value);
                return null;
        }
    }

    /// <summary>A target: a URI, kept as a string (with its fragment), or a resource.</summary>
    private IiifResource? Target(JsonElement value, At at, string? baseId, int position)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var uri = new Canvas { Type = null, IsUriString = true };
                uri.Id = _context.Ids.Normalize(V2Json.Reference(value)!, baseId, at, OutputPlace.Of(uri));
                return uri;
            case JsonValueKind.Object:
                bool specific = value.TryGetProperty("full"u8, out _) || value.TryGetProperty("selector"u8, out _) ||
                    (V2Json.TypeOf(value) is { } type && IiifTypes.LocalName(type).Equals("SpecificResource", StringComparison.OrdinalIgnoreCase));
                return specific
                    ? _context.Resources.Translate(value, ResourceKind.Content, at.Path, baseId, position, Slot.Target, defaultType: IiifTypes.SpecificResource.Name)
                    : _context.Resources.Translate(value, ResourceKind.Content, at.Path, baseId, position, Slot.Target, reference: true, defaultType: IiifTypes.Canvas.Name);
            default:
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A target must be a URI or an object, not {V2Json.Kind(value.ValueKind)}.", value);
                return null;
        }
    }

    /// <summary>The motivations, without their prefix (<c>sc:painting</c> is <c>painting</c>).</summary>
    private void Motivation(Annotation annotation, JsonElement value, At at)
    {
        var motivations = annotation.Motivation.Count == 0 ? (OneOrMany<Motivation>)annotation.Motivation : new OneOrMany<Motivation>();
        motivations.IsSingleValue = value.ValueKind != JsonValueKind.Array;
        foreach (JsonElement item in V2Json.ItemsOf(value))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A motivation must be a string, not {V2Json.Kind(item.ValueKind)}.", item);
            }
            else if (item.ValueEquals("sc:painting"u8))
            {
                motivations.Add(Presentation.Motivation.Painting);
            }
            else if (item.ValueEquals("oa:commenting"u8))
            {
                motivations.Add(Presentation.Motivation.Commenting);
            }
            else if (IiifTypes.LocalName(V2Json.Text(item)!).Trim() is { Length: > 0 } motivation)
            {
                motivations.Add(new Motivation(motivation));
            }
        }

        if (motivations.Count > 0 && !ReferenceEquals(motivations, annotation.Motivation))
        {
            Members.Replace(annotation.Motivation, motivations);
            ((OneOrMany<Motivation>)annotation.Motivation).IsSingleValue = motivations.IsSingleValue;
        }
    }

    /// <summary>Sets a body or target: a lone value stays one, a list stays a list; a list of nothing sets nothing.</summary>
    private static void Set(IList<IiifResource> list, JsonElement value, At at, string? baseId, Func<JsonElement, At, string?, int, IiifResource?> translate)
    {
        // Into the list itself while it is empty (as it is, but for a body given twice, as resource and body).
        var values = list.Count == 0 ? (OneOrMany<IiifResource>)list : new OneOrMany<IiifResource>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
            {
                if (translate(item, itemAt, baseId, values.Count + 1) is { } resource)
                {
                    values.Add(resource);
                }
            }
        }
        else if (translate(value, at, baseId, 1) is { } resource)
        {
            values.Add(resource);
            values.IsSingleValue = true;
        }

        if (values.Count > 0 && !ReferenceEquals(values, list))
        {
            Members.Replace(list, values);
            ((OneOrMany<IiifResource>)list).IsSingleValue = values.IsSingleValue;
        }
    }

    /// <summary>Makes an annotation of a Canvas's images target the Canvas, by its URI.</summary>
    private void TargetTheCanvas(Annotation annotation)
    {
        if (_context.ImagesCanvas is { } canvas)
        {
            Single(annotation.Target, new Canvas(canvas) { Type = null, IsUriString = true });
        }
    }

    /// <summary>Sets a list to one value, written as a lone value.</summary>
    private static void Single<T>(IList<T> list, T value)
    {
        list.Clear();
        list.Add(value);
        ((OneOrMany<T>)list).IsSingleValue = true;
    }
}
