namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Selectors (<see href="https://iiif.io/api/presentation/3.0/#specificresource"/>): FragmentSelector,
/// SvgSelector (<c>chars</c> to <c>value</c>), ImageApiSelector and PointSelector keep their type; a Choice of
/// selectors becomes the list of its default and items; other selectors are kept as read.
/// </summary>
internal sealed class SelectorTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>Sets a resource's <c>selector</c>, through the reader, which holds what the model can.</summary>
    public void Translate(in Frame frame, JsonElement value, At at)
    {
        OutputPlace place = frame.Place("selector");
        var selectors = new List<Written?>();
        bool list = true;
        if (value.ValueKind == JsonValueKind.Object && TypeTranslator.Names(value, IiifTypes.Choice))
        {
            foreach (string part in new[] { "default", "item" })
            {
                if (value.TryGetProperty(part, out JsonElement partValue))
                {
                    At partAt = at.Key(part);
                    foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(partValue, partAt))
                    {
                        Add(selectors, Selector(item, itemAt, place.Then(selectors.Count)));
                    }
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
            {
                Add(selectors, Selector(item, itemAt, place.Then(selectors.Count)));
            }
        }
        else
        {
            list = false;
            Add(selectors, Selector(value, at, place));
        }

        if (selectors.Count == 0)
        {
            return;
        }

        _context.Verbatim.ReadWritten(frame.Resource, frame.Slot, "selector", (list, selectors), static (w, state) =>
        {
            if (state.list)
            {
                w.WriteStartArray();
            }

            foreach (Written? selector in state.selectors)
            {
                selector!.WriteTo(w);
            }

            if (state.list)
            {
                w.WriteEndArray();
            }
        }, at);
    }

    private static void Add(List<Written?> selectors, Written? selector)
    {
        if (selector is not null)
        {
            selectors.Add(selector);
        }
    }

    /// <summary>One selector: a string as it is; an object with its 3.0 type.</summary>
    private Written? Selector(JsonElement value, At at, OutputPlace place)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return new Written(value, null, null, null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A selector must be an object, not {V2Json.Kind(value.ValueKind)}.", value);
            return null;
        }

        string written = V2Json.TypeOf(value) ?? FirstSelectorType(value) ?? string.Empty;
        string local = IiifTypes.LocalName(written);
        string? type = IiifTypes.FindVersion2(local) is { Kind: ResourceKind.Selector } known ? known.Name : null;
        var properties = new List<KeyValuePair<string, JsonElement>>();
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string key = V2Keys.Name(property);
            if (key is "@id" or "id" or "@type" or "type" or "@context")
            {
                continue;
            }

            ContentTranslator.Put(properties, key == "chars" && type == IiifTypes.SvgSelector.Name ? "value" : key, property.Value);
        }

        string resultType = type ?? (local.Length > 0 ? local : "Selector");
        if (value.TryGetProperty("@type"u8, out JsonElement types) && types.ValueKind == JsonValueKind.Array)
        {
            _context.Note(UpgradeNoteCodes.TypeInferred, at.Path, place, $"The selector's @type array was read as {resultType}.", types);
        }

        if (type is null)
        {
            _context.Note(UpgradeNoteCodes.SelectorUnknown, at.Path, place, $"The selector type \"{written}\" has no 3.0 counterpart; it was kept as read.", value);
        }

        return new Written(default, V2Json.IdOf(value), resultType, properties);
    }

    /// <summary>The selector type in a <c>@type</c> array such as <c>["oa:SvgSelector", "cnt:ContentAsText"]</c>.</summary>
    private static string? FirstSelectorType(JsonElement value)
    {
        if (!value.TryGetProperty("@type"u8, out JsonElement types) || types.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string? first = null;
        foreach (JsonElement type in types.EnumerateArray())
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                first ??= V2Json.Text(type);
                if (IiifTypes.LocalName(V2Json.Text(type)!).EndsWith("Selector", StringComparison.OrdinalIgnoreCase))
                {
                    return V2Json.Text(type);
                }
            }
        }

        return first;
    }

    /// <summary>A selector as it is written: a string kept as read, or an object of an id, a type and properties.</summary>
    private sealed class Written
    {
        private readonly JsonElement _string;
        private readonly string? _id;
        private readonly string? _type;
        private readonly List<KeyValuePair<string, JsonElement>>? _properties;

        public Written(JsonElement text, string? id, string? type, List<KeyValuePair<string, JsonElement>>? properties)
        {
            _string = text;
            _id = id;
            _type = type;
            _properties = properties;
        }

        public void WriteTo(Utf8JsonWriter writer)
        {
            if (_properties is null)
            {
                _string.WriteTo(writer);
                return;
            }

            writer.WriteStartObject();
            if (_id is not null)
            {
                writer.WriteString("id", _id);
            }

            writer.WriteString("type", _type);
            foreach (KeyValuePair<string, JsonElement> property in _properties)
            {
                writer.WritePropertyName(property.Key);
                property.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }
    }
}
