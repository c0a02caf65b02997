namespace Iiif.Presentation.Upgrading;

/// <summary>
/// <c>@context</c>: the Presentation 3 context, last, after the document's other contexts; nested
/// Presentation, Image and annotation contexts are removed and others move to the top
/// (<see href="https://iiif.io/api/presentation/3.0/#46-linked-data-context-and-extensions"/>).
/// </summary>
internal sealed class ContextTranslator
{
    private readonly UpgradeContext _context;
    private readonly List<JsonElement> _moved = [];

    public ContextTranslator(UpgradeContext context) => _context = context;

    /// <summary>Sets the top resource's <c>@context</c>: its other contexts first, then those moved up from
    /// inside the document, then Presentation 3.</summary>
    public void Top(JsonElement root, IiifResource resource)
    {
        var contexts = new List<JsonElement>();
        if (root.TryGetProperty("@context"u8, out JsonElement context))
        {
            At at = At.Of(InputPath.Root, "@context");
            foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(context, at))
            {
                if (item.ValueKind == JsonValueKind.String && IiifContexts.IsPresentationVocabulary(V2Json.Text(item)!))
                {
                    continue;
                }

                if (item.ValueKind == JsonValueKind.Null)
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, "A null @context was left out.");
                    continue;
                }

                contexts.Add(item);
            }
        }

        foreach (JsonElement moved in _moved)
        {
            if (!Contains(contexts, moved))
            {
                contexts.Add(moved);
            }
        }

        if (contexts.TrueForAll(c => c.ValueKind == JsonValueKind.String))
        {
            foreach (JsonElement item in contexts)
            {
                resource.Context.Add(V2Json.Text(item)!);
            }

            resource.Context.Add(IiifContexts.Presentation3);
            ((OneOrMany<string>)resource.Context).IsSingleValue = contexts.Count == 0;
            return;
        }

        // A context that is more than a URI: the model keeps the whole value as it is.
        resource.ExtensionData["@context"] = JsonValues.Write(contexts, static (w, list) =>
        {
            w.WriteStartArray();
            foreach (JsonElement item in list)
            {
                item.WriteTo(w);
            }

            w.WriteStringValue(IiifContexts.Presentation3);
            w.WriteEndArray();
        });
    }

    /// <summary>A nested <c>@context</c>: Presentation, Image and annotation contexts go, others move to the top.</summary>
    public void Nested(JsonElement value, At at)
    {
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            if (item.ValueKind == JsonValueKind.String && IiifContexts.IsPresentationVocabulary(V2Json.Text(item)!))
            {
                _context.NoteFormat(UpgradeNoteCodes.ContextMoved, itemAt.Path, OutputPlace.None,
                    "The nested @context {0} was removed: 3.0 declares its context once, at the top.", V2Json.Text(item)!, null);
                continue;
            }

            if (item.ValueKind == JsonValueKind.Null)
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, "A null @context was left out.");
                continue;
            }

            if (!Contains(_moved, item))
            {
                _moved.Add(item.Clone());
            }

            _context.Note(UpgradeNoteCodes.ContextMoved, itemAt.Path, OutputPlace.Document("/@context"), "A nested @context moved to the top of the document.");
        }
    }

    private static bool Contains(List<JsonElement> contexts, JsonElement context)
    {
        string text = JsonValues.Compact(context);
        return contexts.Exists(c => JsonValues.Compact(c) == text);
    }
}
