namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Sequences (docs/upgrading.md, "Sequences and structures"): 3.0 has none. The first one's Canvases are the
/// Manifest's <c>items</c> and its viewing properties move up; a later one becomes a Range with the
/// <c>sequence</c> behavior (<see href="https://iiif.io/api/presentation/3.0/#behavior"/>), as does a
/// Sequence that is a document of its own.
/// </summary>
internal sealed class SequenceTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>Gets the Ranges made of the later sequences, which head the Manifest's <c>structures</c>.</summary>
    public List<IiifRange> Ranges { get; } = [];

    /// <summary>Gets where the <c>startCanvas</c> that moved up from the first sequence is, if one did.</summary>
    public InputPath? StartInput { get; private set; }

    /// <summary>A Manifest's <c>sequences</c>.</summary>
    public void Translate(in Frame frame)
    {
        var manifest = (Manifest)frame.Resource;
        IList<Canvas> items = manifest.Items;
        Members.Reset(items);
        if (!frame.Source.TryGetProperty("sequences"u8, out JsonElement sequences))
        {
            return;
        }

        At at = frame.At("sequences");
        _context.NoteLone(sequences, at.Path, OutputPlace.None, "sequences");
        HashSet<string>? canvasIds = null; // made for a later sequence only
        int index = 0;
        foreach (JsonElement sequence in V2Json.ItemsOf(sequences))
        {
            InputPath sequenceIn = at.Item(sequences, index).Path;
            bool first = index++ == 0;
            if (sequence.ValueKind != JsonValueKind.Object || !sequence.TryGetProperty("canvases"u8, out JsonElement canvases))
            {
                _context.Note(UpgradeNoteCodes.SequenceExternal, sequenceIn, first ? OutputPlace.Of(manifest, "items") : OutputPlace.None,
                    "The Sequence is only referenced, not embedded; it was not fetched" + (first ? ", so items is empty." : "."), sequence);
                continue;
            }

            At canvasesAt = At.Of(sequenceIn, "canvases");
            _context.NoteLone(canvases, canvasesAt.Path, OutputPlace.None, "canvases");
            if (first)
            {
                foreach ((JsonElement canvas, At canvasAt) in V2Json.ItemsOf(canvases, canvasesAt))
                {
                    Add(items, canvasIds, canvas, canvasAt, frame.Base);
                }

                FirstSequence(frame, sequence, sequenceIn);
                continue;
            }

            if (canvasIds is null)
            {
                canvasIds = new HashSet<string>(StringComparer.Ordinal);
                foreach (Canvas canvas in items)
                {
                    canvasIds.Add(canvas.Id!);
                }
            }

            Later(frame, sequence, sequenceIn, canvases, canvasesAt, items, canvasIds);
        }
    }

    /// <summary>A Sequence that is a document of its own: a Range with the <c>sequence</c> behavior, holding its Canvases.</summary>
    public IiifRange ToRange(JsonElement root)
    {
        IiifRange range = Range(root, InputPath.Root, null, 1);
        IList<IiifResource> items = range.Items;
        Members.Reset(items);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("canvases"u8, out JsonElement canvases))
        {
            At at = At.Of(InputPath.Root, "canvases");
            foreach ((JsonElement canvas, At canvasAt) in V2Json.ItemsOf(canvases, at))
            {
                if (Canvas(canvas, canvasAt, null, items.Count + 1) is { } converted)
                {
                    items.Add(converted);
                    ids.Add(converted.Id!);
                }
            }
        }

        _context.Note(UpgradeNoteCodes.SequenceToRange, InputPath.Root, OutputPlace.Of(range),
            "3.0 has no Sequence: this one became a Range with the sequence behavior, holding its Canvases.");
        return range;
    }

    /// <summary>A later sequence: a Range with the <c>sequence</c> behavior referring to its Canvases; a Canvas
    /// found only here is added to <c>items</c>.</summary>
    private void Later(in Frame frame, JsonElement sequence, InputPath sequenceIn, JsonElement canvases, At canvasesAt, IList<Canvas> items, HashSet<string> canvasIds)
    {
        IiifRange range = Range(sequence, sequenceIn, frame.Base, Ranges.Count + 1);
        IList<IiifResource> references = range.Items;
        Members.Reset(references);
        foreach ((JsonElement canvas, At canvasAt) in V2Json.ItemsOf(canvases, canvasesAt))
        {
            string? id = V2Json.IdOf(canvas, reference: true) is { } raw
                ? _context.Ids.Normalize(raw, frame.Base, canvasAt, OutputPlace.Of(range, "items").Then(references.Count))
                : null;
            if (id is null)
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, canvasAt.Path, "A canvas of a later sequence has no id to refer to.", canvas);
                continue;
            }

            if (!canvasIds.Contains(id))
            {
                Add(items, canvasIds, canvas, canvasAt, frame.Base);
                _context.Note(UpgradeNoteCodes.CanvasAppended, canvasAt.Path, OutputPlace.Of(items[items.Count - 1]),
                    "The Canvas appears only in a later sequence; it was appended to items.");
            }

            references.Add(new Canvas(id));
        }

        Ranges.Add(range);
    }

    private void Add(IList<Canvas> items, HashSet<string>? ids, JsonElement canvas, At at, string? baseId)
    {
        if (Canvas(canvas, at, baseId, items.Count + 1) is { } converted)
        {
            items.Add(converted);
            ids?.Add(converted.Id!);
        }
    }

    /// <summary>A Canvas of a sequence; one given only by its URI is a Canvas with nothing in it.</summary>
    private Canvas? Canvas(JsonElement canvas, At at, string? baseId, int position)
    {
        switch (canvas.ValueKind)
        {
            case JsonValueKind.Object:
                return (Canvas)_context.Resources.Translate(canvas, ResourceKind.Canvas, at.Path, baseId, position, Slot.Canvas);
            case JsonValueKind.String:
                var reference = new Canvas(V2Json.Reference(canvas)!);
                Members.WriteEmpty(reference.Items);
                _context.Note(UpgradeNoteCodes.OutputInvalid, at.Path, OutputPlace.Of(reference),
                    "A canvas given only by its URI has no size or content to carry over.", canvas);
                return reference;
            default:
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A canvas must be an object, not {V2Json.Kind(canvas.ValueKind)}.", canvas);
                return null;
        }
    }

    /// <summary>The first sequence's viewing direction, hints and start move up and win a conflict; its
    /// descriptive and linking properties join the Manifest's own (docs/upgrading.md, "First sequence");
    /// its id, label and anything else have no place.</summary>
    private void FirstSequence(in Frame frame, JsonElement sequence, InputPath sequenceIn)
    {
        var manifest = (Manifest)frame.Resource;
        string? baseId = frame.Base;
        var dropped = new List<JsonProperty>();
        var merged = new List<string>();
        var descriptive = new DescriptiveInput(sequenceIn);
        foreach (JsonProperty property in sequence.EnumerateObject())
        {
            string key = V2Keys.Name(property);
            At at = At.Of(sequenceIn, key);
            switch (key)
            {
                case "canvases":
                case "@type":
                case "@context":
                    break;
                case "metadata":
                case "description":
                case "attribution":
                case "license":
                case "related":
                case "logo":
                    descriptive.TryTake(key, property.Value);
                    merged.Add(property.Name);
                    break;
                case "rendering":
                    Merge(manifest.Rendering, merged, property, list => _context.Links.Linked(property.Value, at, baseId, IiifTypes.Text.Name, needsLabel: true, list, Slot.Rendering));
                    break;
                case "seeAlso":
                    Merge(manifest.SeeAlso, merged, property, list => _context.Links.Linked(property.Value, at, baseId, IiifTypes.Dataset.Name, needsLabel: false, list, Slot.SeeAlso));
                    break;
                case "thumbnail":
                    Merge(manifest.Thumbnail, merged, property, list => _context.Links.Linked(property.Value, at, baseId, IiifTypes.Image.Name, needsLabel: false, list, Slot.Thumbnail));
                    break;
                case "service":
                    Merge(manifest.Service, merged, property, list => _context.Services.Translate(property.Value, at, baseId, list));
                    break;
                case "viewingDirection":
                    if (_context.Values.ViewingDirection(property.Value, at, OutputPlace.Of(manifest, "viewingDirection")) is { } direction)
                    {
                        MoveUp(manifest, "viewingDirection", manifest.ViewingDirection?.Value, direction,
                            static (m, d) => m.ViewingDirection = new ViewingDirection(d), JsonValues.String, at);
                    }

                    break;
                case "startCanvas":
                    StartInput = at.Path;
                    if (_context.Links.Start(property.Value, at, OutputPlace.Of(manifest, "start"), baseId) is { } start)
                    {
                        MoveUp(manifest, "start", manifest.Start, start, static (m, s) => m.Start = s, JsonValues.Resource, at);
                    }

                    break;
                case "viewingHint":
                    var behaviors = new OneOrMany<Behavior>();
                    _context.Values.Behaviors(behaviors, ResourceKind.Manifest, IiifTypes.Manifest.Name, property.Value, at);
                    if (behaviors.Count > 0)
                    {
                        MoveUp(manifest, "behavior", manifest.Behavior.Count > 0 ? (IList<Behavior>)manifest.Behavior : null, behaviors,
                            static (m, b) => Members.Replace(m.Behavior, b), Strings, at);
                    }

                    break;
                default:
                    dropped.Add(property);
                    break;
            }
        }

        if (merged.Count > 0)
        {
            _context.Descriptive.Settle(frame, ref descriptive, merge: true);
            _context.Note(UpgradeNoteCodes.SequenceMerged, sequenceIn, OutputPlace.Of(manifest),
                $"3.0 has no Sequence: its {string.Join(", ", merged)} joined the Manifest's own, after them, leaving out what the Manifest has already.");
        }

        if (dropped.Count > 0)
        {
            var names = new List<string>(dropped.Count);
            foreach (JsonProperty property in dropped)
            {
                names.Add(property.Name);
            }

            _context.Note(UpgradeNoteCodes.SequenceDropped, sequenceIn,
                $"3.0 has no Sequence: its {string.Join(", ", names)} have no place and are kept in this note.",
                JsonValues.Write(dropped, static (w, list) =>
                {
                    w.WriteStartObject();
                    foreach (JsonProperty property in list)
                    {
                        property.WriteTo(w);
                    }

                    w.WriteEndObject();
                }));
        }
    }

    /// <summary>Adds to one of the Manifest's lists the resources a sequence's property gives that it does not hold already.</summary>
    private static void Merge<T>(IList<T> into, List<string> merged, JsonProperty property, Action<IList<T>> translate)
        where T : IiifResource
    {
        var added = new List<T>();
        translate(added);
        Members.AddNew(into, added);
        merged.Add(property.Name);
    }

    /// <summary>Sets a Manifest's property from its first sequence; a different value the Manifest had is noted.</summary>
    private void MoveUp<T>(Manifest manifest, string key, T? existing, T value, Action<Manifest, T> set, Func<T, JsonElement> json, At at)
        where T : class
    {
        if (existing is not null)
        {
            JsonElement before = json(existing);
            if (JsonValues.Compact(before) != JsonValues.Compact(json(value)))
            {
                _context.Note(UpgradeNoteCodes.SequenceConflict, at.Path, OutputPlace.Of(manifest, key),
                    $"The Manifest and its Sequence disagree on {key}; the Sequence's value won, the Manifest's is in this note.", before);
            }
        }

        set(manifest, value);
    }

    private static JsonElement Strings(IList<Behavior> behaviors) => JsonValues.Write(behaviors, static (w, list) =>
    {
        w.WriteStartArray();
        foreach (Behavior behavior in list)
        {
            w.WriteStringValue(behavior.Value);
        }

        w.WriteEndArray();
    });

    /// <summary>A Sequence as a Range with the <c>sequence</c> behavior, first.</summary>
    private IiifRange Range(JsonElement sequence, InputPath input, string? baseId, int position)
    {
        var range = (IiifRange)_context.Resources.Translate(sequence, ResourceKind.Range, input, baseId, position, Slot.Structure);
        if (!range.Behavior.Contains(Behavior.Sequence))
        {
            range.Behavior.Insert(0, Behavior.Sequence);
        }

        return range;
    }
}
