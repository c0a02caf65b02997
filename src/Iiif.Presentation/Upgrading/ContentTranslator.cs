namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Content resources (<see href="https://iiif.io/api/presentation/3.0/#57-content-resources"/>): text given as
/// <c>chars</c> is a TextualBody's <c>value</c>; a SpecificResource's <c>full</c> is its <c>source</c> and
/// <c>style</c> its <c>styleClass</c>; a Choice's <c>default</c> and <c>item</c> are its <c>items</c>; an
/// Image whose id is its image service's takes the service's full image.
/// </summary>
internal sealed class ContentTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>The properties particular to content.</summary>
    public bool Property(in Frame frame, string key, JsonProperty property)
    {
        JsonElement value = property.Value;
        IiifResource resource = frame.Resource;
        switch (key)
        {
            case "chars" when frame.Type == IiifTypes.TextualBody.Name:
                if (resource is TextualBody text && value.ValueKind == JsonValueKind.String)
                {
                    text.Value = V2Json.Text(value);
                }
                else
                {
                    resource.ExtensionData["value"] = value;
                }

                return true;
            case "full":
                string? manifest = V2Json.StringOf(frame.Source, "within"u8) ?? V2Json.IdOf(frame.Source.TryGetProperty("within"u8, out JsonElement within) ? within : default);
                if (Source(value, frame.At(key), frame.Base, manifest, frame.Slot is Slot.Target or Slot.RangeItem ? Slot.Target : Slot.Body) is { } source)
                {
                    if (resource is SpecificResource specific)
                    {
                        specific.Source = source;
                    }
                    else
                    {
                        resource.ExtensionData["source"] = JsonValues.Resource(source);
                    }
                }

                return true;
            case "style":
                // Through the reader: a SpecificResource holds it typed, any other class keeps it as written.
                _context.Verbatim.ReadWritten(resource, frame.Slot, "styleClass", value, static (w, v) => v.WriteTo(w), frame.At(key));
                return true;
            case "selector":
                _context.Selectors.Translate(frame, value, frame.At(key));
                return true;
            case "default":
            case "item":
                ChoiceItems(frame, key, value);
                return true;
            default:
                return false;
        }
    }

    /// <summary>What content requires: a Choice has <c>items</c>; an Image's id is an image.</summary>
    public void Require(in Frame frame)
    {
        if (frame.Type == IiifTypes.Choice.Name)
        {
            if (frame.Resource is Choice choice)
            {
                if (!IiifResource.Has(choice.ItemsList) && choice.Extensions?.ContainsKey("items") != true)
                {
                    Members.WriteEmpty(choice.Items);
                }
            }
            else if (!frame.Resource.ExtensionData.ContainsKey("items"))
            {
                frame.Resource.ExtensionData["items"] = JsonValues.Resources(Array.Empty<IiifResource>());
            }
        }
        else if (frame.Type == IiifTypes.Image.Name)
        {
            ImageIdFromService(frame);
        }
    }

    /// <summary>An annotation's <c>stylesheet</c>: a URI as it is; CSS given as <c>chars</c> becomes a
    /// <c>CssStylesheet</c> with a <c>value</c>.</summary>
    public void Stylesheet(in Frame frame, JsonElement value, At at)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                _context.Verbatim.ReadWritten(frame.Resource, frame.Slot, "stylesheet", value, static (w, v) => v.WriteTo(w), at);
                return;
            case JsonValueKind.Object:
                var properties = new List<KeyValuePair<string, JsonElement>>();
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    string key = V2Keys.Name(property);
                    if (key is "@id" or "id" or "@type" or "type")
                    {
                        continue;
                    }

                    Put(properties, key is "chars" ? "value" : key, property.Value);
                }

                _context.Verbatim.ReadWritten(frame.Resource, frame.Slot, "stylesheet", (id: V2Json.IdOf(value), properties), static (w, css) =>
                {
                    w.WriteStartObject();
                    if (css.id is { } id)
                    {
                        w.WriteString("id", id);
                    }

                    w.WriteString("type", "CssStylesheet");
                    foreach (KeyValuePair<string, JsonElement> property in css.properties)
                    {
                        w.WritePropertyName(property.Key);
                        property.Value.WriteTo(w);
                    }

                    w.WriteEndObject();
                }, at);
                return;
            default:
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A stylesheet must be a URI or an object, not {V2Json.Kind(value.ValueKind)}.", value);
                return;
        }
    }

    /// <summary>Sets a property of an object being written, replacing a value of that name in its place.</summary>
    public static void Put(List<KeyValuePair<string, JsonElement>> properties, string key, JsonElement value)
    {
        int index = properties.FindIndex(p => p.Key == key);
        if (index < 0)
        {
            properties.Add(new KeyValuePair<string, JsonElement>(key, value));
        }
        else
        {
            properties[index] = new KeyValuePair<string, JsonElement>(key, value);
        }
    }

    /// <summary>A SpecificResource's <c>full</c>: its <c>source</c>, part of the Manifest its <c>within</c> names.</summary>
    private IiifResource? Source(JsonElement value, At at, string? baseId, string? manifest, Slot slot)
    {
        IiifResource source;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                source = TypeTranslator.Create(IiifTypes.Canvas.Name, ResourceKind.Content, slot);
                source.Id = _context.Ids.Normalize(V2Json.Reference(value)!, baseId, at, OutputPlace.Of(source, "id"));
                break;
            case JsonValueKind.Object:
                bool canvas = V2Json.TypeOf(value) is { } type && IiifTypes.LocalName(type).Equals("Canvas", StringComparison.OrdinalIgnoreCase);
                source = _context.Resources.Translate(value, ResourceKind.Content, at.Path, baseId, 1, slot, reference: canvas,
                    defaultType: canvas ? IiifTypes.Canvas.Name : IiifTypes.Image.Name);
                if (source.PartOf.Count > 0)
                {
                    return source;
                }

                break;
            default:
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A source must be a URI or an object, not {V2Json.Kind(value.ValueKind)}.", value);
                return null;
        }

        if (manifest is not null)
        {
            source.PartOf.Add(new Manifest(manifest));
        }

        return source;
    }

    /// <summary>A Choice's <c>default</c> and <c>item</c>: its <c>items</c>, without <c>rdf:nil</c>.</summary>
    private void ChoiceItems(in Frame frame, string key, JsonElement value)
    {
        var items = new List<IiifResource>();
        IList<IiifResource> list = items;
        if (frame.Resource is Choice choice)
        {
            list = choice.Items;
            Members.WriteEmpty(list);
        }

        At at = frame.At(key);
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            if (item.ValueKind == JsonValueKind.String && IiifTypes.LocalName(V2Json.Text(item)!).Equals("nil", StringComparison.OrdinalIgnoreCase))
            {
                _context.Note(UpgradeNoteCodes.ChoiceNilRemoved, itemAt.Path, "rdf:nil (\"nothing\") in a Choice has no 3.0 form; it was removed.");
                continue;
            }

            if (_context.Annotations.Body(item, itemAt, frame.Base, list.Count + 1) is { } body)
            {
                list.Add(body);
            }
        }

        if (frame.Resource is not Choice)
        {
            // A class without items keeps them as JSON, after those of the other key.
            JsonElement? before = frame.Resource.ExtensionData.TryGetValue("items", out JsonElement existing) ? existing : null;
            frame.Resource.ExtensionData["items"] = JsonValues.Write((before, items), static (w, state) =>
            {
                w.WriteStartArray();
                if (state.before is { ValueKind: JsonValueKind.Array } earlier)
                {
                    foreach (JsonElement item in earlier.EnumerateArray())
                    {
                        item.WriteTo(w);
                    }
                }

                foreach (IiifResource item in state.items)
                {
                    Serialization.Writing.IiifWriter.WriteResource(w, item);
                }

                w.WriteEndArray();
            });
        }
    }

    /// <summary>An Image whose id is its Image service's URI gets the URL of the full image from that service
    /// (3.0: an image's id is an image, not the service).</summary>
    private void ImageIdFromService(in Frame frame)
    {
        IiifResource resource = frame.Resource;
        if (resource.Id is not { } id || resource.ServiceList is not { Count: > 0 })
        {
            return;
        }

        OneOrMany<Service> services = resource.ServiceList;
        for (int i = 0; i < services.Count; i++)
        {
            Service service = services[i];
            if (service.Id is not { } serviceId || service.Type is not { } serviceType || !serviceType.StartsWith("ImageService", StringComparison.Ordinal) ||
                !string.Equals(serviceId.TrimEnd('/'), id.TrimEnd('/'), StringComparison.Ordinal))
            {
                continue;
            }

            string extension = ((resource as ContentResource)?.Format ?? "image/jpeg") switch
            {
                "image/png" => "png",
                "image/gif" => "gif",
                "image/webp" => "webp",
                "image/tiff" => "tif",
                _ => "jpg",
            };
            string size = serviceType == IiifTypes.ImageService3.Name ? "max" : "full";
            string image = $"{serviceId.TrimEnd('/')}/full/{size}/0/default.{extension}";
            resource.Id = image;
            _context.NoteFormat(UpgradeNoteCodes.ValueCoerced, frame.Input, OutputPlace.Of(resource, "id"),
                "The image's id was its Image service's URI; 3.0 wants an image there, so it became the service's full image {0}.", image, null, original: id);
            return;
        }
    }
}
