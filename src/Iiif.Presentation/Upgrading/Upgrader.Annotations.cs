using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Iiif.Presentation.Upgrading;

internal sealed partial class Upgrader
{
    // ---- links ----------------------------------------------------------------------------------

    /// <summary>A linked-resource property (<c>seeAlso</c>, <c>rendering</c>, <c>thumbnail</c>, …): an array
    /// of objects with <c>id</c> and <c>type</c> (UPGRADE.md §2.1, "Linked resources").</summary>
    private JsonArray Linked(JsonElement value, At at, string defaultType, bool needsLabel) =>
        Collect(value, at, (item, itemAt, position) => LinkedItem(item, itemAt, defaultType, needsLabel, position));

    private JsonObject? LinkedItem(JsonElement item, At at, string defaultType, bool needsLabel, int position)
    {
        JsonObject link;
        if (item.ValueKind == JsonValueKind.String)
        {
            if (item.GetString()!.Trim().Length == 0)
            {
                Note(UpgradeNoteCodes.ValueDropped, at.In, null, "A link with an empty URI was left out.", item);
                return null;
            }

            link = new JsonObject { ["id"] = Id(item.GetString()!, at.OutProp("id")), ["type"] = defaultType };
            Note(UpgradeNoteCodes.TypeInferred, at, $"The link {item.GetString()} became an object of type {defaultType}.");
        }
        else if (item.ValueKind == JsonValueKind.Object && IdOf(item) is { } linkId && linkId.Trim().Length == 0)
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, "A link with an empty URI was left out.", item);
            return null;
        }
        else if (item.ValueKind == JsonValueKind.Object && item.EnumerateObject().Any())
        {
            link = Resource(item, Role.Content, at, position, reference: true, defaultType: defaultType);
        }
        else
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"An empty link ({Kind(item.ValueKind)}) was left out.", item);
            return null;
        }

        if (needsLabel && !link.ContainsKey("label") && link["id"] is JsonNode id)
        {
            link["label"] = PlainMap(Text(id)!);
            Note(UpgradeNoteCodes.LabelMissing, at.In, Child(at.Out, "label"), "The link had no label; its URI is its label.");
        }

        return link;
    }

    /// <summary>A reference to one resource of a known type: <c>{id, type}</c>, keeping a label.</summary>
    private JsonObject? Reference(JsonElement value, At at, string type)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return new JsonObject { ["id"] = Id(value.GetString()!, at.OutProp("id")), ["type"] = type };
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            JsonObject result = Resource(value, Role.Content, at, 1, reference: true, defaultType: type);
            result["type"] = type;
            return result;
        }

        Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A reference must be a URI or an object, not {Kind(value.ValueKind)}.", value);
        return null;
    }

    /// <summary><c>startCanvas</c> to <c>start</c>: a Canvas reference, or a SpecificResource for a fragment.</summary>
    private JsonObject? Start(JsonElement value, At at)
    {
        string? id = IdOf(value);
        if (id is null)
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"The start canvas must be a URI, not {Kind(value.ValueKind)}.", value);
            return null;
        }

        return CanvasReference(id, at);
    }

    /// <summary>A reference to a Canvas; one with a fragment becomes a SpecificResource with a FragmentSelector.</summary>
    private JsonObject CanvasReference(string id, At at)
    {
        id = Id(id, at);
        int hash = id.IndexOf('#');
        if (hash < 0)
        {
            return new JsonObject { ["id"] = id, ["type"] = "Canvas" };
        }

        return new JsonObject
        {
            ["type"] = "SpecificResource",
            ["source"] = new JsonObject { ["id"] = id.Substring(0, hash), ["type"] = "Canvas" },
            ["selector"] = new JsonObject
            {
                ["type"] = "FragmentSelector",
                ["conformsTo"] = "http://www.w3.org/TR/media-frags/",
                ["value"] = id.Substring(hash + 1),
            },
        };
    }

    // ---- canvases and annotation pages -----------------------------------------------------------

    /// <summary>A Canvas's <c>images</c>: one AnnotationPage of painting annotations (UPGRADE.md §2.2).</summary>
    private void Images(JsonObject dst, JsonElement value, At at)
    {
        NoteLone(value, at.In, Child(at.Out, 0), "images");
        string canvasId = Text(dst["id"])!;
        At pageAt = at.OutIndex(0);
        var page = new JsonObject
        {
            ["id"] = Mint(pageAt, "annotation-page", 1, "page of the Canvas's images"),
            ["type"] = "AnnotationPage",
        };
        var annotations = new JsonArray();
        string? previous = _imagesCanvas;
        _imagesCanvas = canvasId;
        int index = 0;
        bool array = value.ValueKind == JsonValueKind.Array;
        foreach (JsonElement item in Items(value))
        {
            At itemAt = array ? pageAt.Index(index, annotations.Count) : pageAt.OutIndex(annotations.Count);
            itemAt = new At(itemAt.In, Child(Child(pageAt.Out, "items"), annotations.Count), at.Base);
            index++;
            if (AnnotationOrWrapped(item, itemAt, annotations.Count + 1) is { } annotation)
            {
                annotations.Push(annotation);
            }
        }

        _imagesCanvas = previous;
        page["items"] = annotations;
        dst["items"] = new JsonArray(page);
    }

    /// <summary>An entry of <c>images</c> or <c>resources</c>: an annotation, or a bare resource that gets one.</summary>
    private JsonObject? AnnotationOrWrapped(JsonElement item, At at, int position)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                // A bare URI: the body of an annotation.
                var wrapped = new JsonObject
                {
                    ["id"] = Mint(at, "annotation", position, "annotation"),
                    ["type"] = "Annotation",
                    ["motivation"] = _imagesCanvas is null ? "supplementing" : "painting",
                    ["body"] = new JsonObject { ["id"] = Id(item.GetString()!, at.OutProp("body").OutProp("id")), ["type"] = _imagesCanvas is null ? "Text" : "Image" },
                };
                Note(UpgradeNoteCodes.TypeInferred, at, "A bare URI in place of an annotation became the body of one.");
                if (_imagesCanvas is not null)
                {
                    wrapped["target"] = _imagesCanvas;
                }

                return wrapped;
            }

            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"An annotation must be an object, not {Kind(item.ValueKind)}.", item);
            return null;
        }

        bool isAnnotation = item.TryGetProperty("resource", out _) || item.TryGetProperty("on", out _) ||
            item.TryGetProperty("motivation", out _) || item.TryGetProperty("body", out _) ||
            (StringOf(item, "@type") is { } t && LocalName(t).Equals("Annotation", StringComparison.OrdinalIgnoreCase));
        if (isAnnotation)
        {
            return Resource(item, Role.Annotation, at, position);
        }

        var annotation = new JsonObject
        {
            ["id"] = Mint(at, "annotation", position, "annotation"),
            ["type"] = "Annotation",
            ["motivation"] = _imagesCanvas is null ? "supplementing" : "painting",
        };
        Note(UpgradeNoteCodes.TypeInferred, at, "A resource in place of an annotation became the body of one.");
        annotation["body"] = Resource(item, Role.Content, at.OutProp("body"), 1, defaultType: _imagesCanvas is null ? "Text" : "Image");
        if (_imagesCanvas is not null)
        {
            annotation["target"] = _imagesCanvas;
        }

        return annotation;
    }

    /// <summary>An AnnotationList's <c>resources</c> to the page's <c>items</c>.</summary>
    private void ListItems(JsonObject dst, JsonElement value, At at)
    {
        NoteLone(value, at.In, at.Out, "resources");
        JsonArray annotations;
        bool previous = _inList;
        string? previousCanvas = _imagesCanvas;
        _inList = true;
        _imagesCanvas = null;
        annotations = Collect(value, at, AnnotationOrWrapped);
        _inList = previous;
        _imagesCanvas = previousCanvas;
        dst["items"] = annotations;
    }

    /// <summary><c>otherContent</c> to <c>annotations</c>: references, or embedded lists in full.</summary>
    private JsonArray PageList(JsonElement value, At at)
    {
        return Collect(value, at, (item, itemAt, position) =>
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    return new JsonObject { ["id"] = Id(item.GetString()!, itemAt.OutProp("id")), ["type"] = "AnnotationPage" };
                case JsonValueKind.Object:
                    bool embedded = item.TryGetProperty("resources", out _);
                    string? previous = _imagesCanvas;
                    _imagesCanvas = null;
                    JsonObject page = Resource(item, Role.Page, itemAt, position, reference: !embedded);
                    _imagesCanvas = previous;
                    return page;
                default:
                    Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, $"An entry of otherContent must be a list, not {Kind(item.ValueKind)}.", item);
                    return null;
            }
        });
    }

    /// <summary>A Range's <c>contentLayer</c>: one AnnotationCollection, not an array.</summary>
    private JsonObject? Layer(JsonElement value, At at)
    {
        JsonElement first = default;
        int count = 0;
        foreach (JsonElement item in Items(value))
        {
            if (count++ == 0)
            {
                first = item;
            }
        }

        if (count == 0)
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, "An empty contentLayer was left out.", value);
            return null;
        }

        if (count > 1)
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, at.Out, "supplementary holds one AnnotationCollection; the first layer was kept.", value);
        }

        At itemAt = value.ValueKind == JsonValueKind.Array ? at.InIndex(0) : at;
        return first.ValueKind switch
        {
            JsonValueKind.String => new JsonObject { ["id"] = first.GetString(), ["type"] = "AnnotationCollection" },
            JsonValueKind.Object => Resource(first, Role.Layer, itemAt, 1, reference: true),
            _ => null,
        };
    }

    /// <summary>A Layer's <c>otherContent</c>: its first and last pages; the list in a note.</summary>
    private void LayerPages(JsonObject dst, JsonElement value, At at)
    {
        string? first = null;
        string? last = null;
        foreach (JsonElement item in Items(value))
        {
            if (IdOf(item) is { } id)
            {
                first ??= id;
                last = id;
            }
        }

        if (first is not null && !dst.ContainsKey("first"))
        {
            dst["first"] = new JsonObject { ["id"] = first, ["type"] = "AnnotationPage" };
        }

        if (last is not null && !dst.ContainsKey("last"))
        {
            dst["last"] = new JsonObject { ["id"] = last, ["type"] = "AnnotationPage" };
        }

        Note(UpgradeNoteCodes.LayerPages, at.In, Child(((string)at.Out).Substring(0, ((string)at.Out).LastIndexOf('/')), "first"),
            "A Layer's list of pages has no 3.0 form; its first and last pages became first and last.", value);
    }

    // ---- annotations ----------------------------------------------------------------------------

    private bool AnnotationProperty(JsonObject dst, string key, JsonElement value, At at)
    {
        switch (key)
        {
            case "motivation":
                Motivation(dst, value, at.Prop(key));
                return true;
            case "resource":
            case "body":
                Set(dst, "body", Bodies(value, at.Prop(key, "body")));
                return true;
            case "on":
            case "target":
                Set(dst, "target", Targets(value, at.Prop(key, "target")));
                return true;
            case "stylesheet":
                Set(dst, "stylesheet", Stylesheet(value, at.Prop(key)));
                return true;
            default:
                return false;
        }
    }

    private void Motivation(JsonObject dst, JsonElement value, At at)
    {
        var motivations = new JsonArray();
        foreach (JsonElement item in Items(value))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A motivation must be a string, not {Kind(item.ValueKind)}.", item);
                continue;
            }

            string motivation = LocalName(item.GetString()!).Trim();
            if (motivation.Length > 0)
            {
                motivations.Push(motivation);
            }
        }

        if (motivations.Count == 0)
        {
            return;
        }

        dst["motivation"] = value.ValueKind == JsonValueKind.Array ? motivations : Text(motivations[0])!;
    }

    private JsonNode? Bodies(JsonElement value, At at) =>
        value.ValueKind == JsonValueKind.Array ? Collect(value, at, Body) : Body(value, at, 1);

    private JsonObject? Body(JsonElement value, At at, int position)
    {
        string fallback = _imagesCanvas is null ? "Text" : "Image";
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Note(UpgradeNoteCodes.TypeInferred, at, $"The body {value.GetString()} became an object of type {fallback}.");
                return new JsonObject { ["id"] = Id(value.GetString()!, at.OutProp("id")), ["type"] = fallback };
            case JsonValueKind.Object:
                JsonObject body = Resource(value, Role.Content, at, position, defaultType: fallback);
                if (StringOf(value, "@type") is { } t && LocalName(t).Equals("Tag", StringComparison.OrdinalIgnoreCase) && !body.ContainsKey("purpose"))
                {
                    body["purpose"] = "tagging";
                }

                return body;
            default:
                Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A body must be an object or a URI, not {Kind(value.ValueKind)}.", value);
                return null;
        }
    }

    private JsonNode? Targets(JsonElement value, At at) =>
        value.ValueKind == JsonValueKind.Array ? Collect(value, at, Target) : Target(value, at, 1);

    private JsonNode? Target(JsonElement value, At at, int position)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return Id(value.GetString()!, at);
            case JsonValueKind.Object:
                string? type = StringOf(value, "@type") ?? StringOf(value, "type");
                bool specific = value.TryGetProperty("full", out _) || value.TryGetProperty("selector", out _) ||
                    (type is not null && LocalName(type).Equals("SpecificResource", StringComparison.OrdinalIgnoreCase));
                if (specific)
                {
                    return Resource(value, Role.Content, at, position, defaultType: "SpecificResource");
                }

                return Resource(value, Role.Content, at, position, reference: true, defaultType: "Canvas");
            default:
                Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A target must be a URI or an object, not {Kind(value.ValueKind)}.", value);
                return null;
        }
    }

    private JsonNode? Stylesheet(JsonElement value, At at)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A stylesheet must be a URI or an object, not {Kind(value.ValueKind)}.", value);
            return null;
        }

        var result = new JsonObject();
        if (IdOf(value) is { } id)
        {
            result["id"] = id;
        }

        result["type"] = "CssStylesheet";
        foreach (JsonProperty property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "@id" or "id" or "@type" or "type":
                    break;
                case "chars" or "value":
                    result["value"] = Copy(property.Value, Child(at.In, property.Name));
                    break;
                default:
                    result[property.Name] = Copy(property.Value, Child(at.In, property.Name));
                    break;
            }
        }

        return result;
    }

    // ---- content resources ----------------------------------------------------------------------

    private bool ContentProperty(JsonElement src, JsonObject dst, string type, string key, JsonElement value, At at)
    {
        switch (key)
        {
            case "chars" when type == "TextualBody":
                dst["value"] = value.ValueKind == JsonValueKind.String ? value.GetString() : Copy(value, at.In);
                return true;
            case "full":
                Set(dst, "source", Source(value, at.Prop(key, "source"), StringOf(src, "within") ?? IdOf(src.TryGetProperty("within", out JsonElement w) ? w : default)));
                return true;
            case "within" when dst["type"] is JsonNode t && Text(t) == "SpecificResource":
                return true; // carried by the source's partOf
            case "style":
                dst["styleClass"] = Copy(value, Child(at.In, key));
                return true;
            case "selector":
                Set(dst, "selector", Selectors(value, at.Prop(key)));
                return true;
            case "default":
            case "item":
                ChoiceItems(dst, key, value, at);
                return true;
            default:
                return false;
        }
    }

    private JsonObject? Source(JsonElement value, At at, string? manifest)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            var source = new JsonObject { ["id"] = Id(value.GetString()!, at.OutProp("id")), ["type"] = "Canvas" };
            if (manifest is not null)
            {
                source["partOf"] = new JsonArray(new JsonObject { ["id"] = manifest, ["type"] = "Manifest" });
            }

            return source;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            string? type = StringOf(value, "@type") ?? StringOf(value, "type");
            bool canvas = type is not null && LocalName(type).Equals("Canvas", StringComparison.OrdinalIgnoreCase);
            JsonObject result = Resource(value, Role.Content, at, 1, reference: canvas, defaultType: canvas ? "Canvas" : "Image");
            if (manifest is not null && !result.ContainsKey("partOf"))
            {
                result["partOf"] = new JsonArray(new JsonObject { ["id"] = manifest, ["type"] = "Manifest" });
            }

            return result;
        }

        Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A source must be a URI or an object, not {Kind(value.ValueKind)}.", value);
        return null;
    }

    private void ChoiceItems(JsonObject dst, string key, JsonElement value, At at)
    {
        JsonArray items = dst["items"] as JsonArray ?? [];
        dst["items"] = items;
        int index = 0;
        bool array = value.ValueKind == JsonValueKind.Array;
        foreach (JsonElement item in Items(value))
        {
            At itemAt = array ? at.Prop(key, "items").Index(index, items.Count) : at.Prop(key, "items").OutIndex(items.Count);
            index++;
            if (item.ValueKind == JsonValueKind.String && LocalName(item.GetString()!).Equals("nil", StringComparison.OrdinalIgnoreCase))
            {
                Note(UpgradeNoteCodes.ChoiceNilRemoved, itemAt.In, null, "rdf:nil (\"nothing\") in a Choice has no 3.0 form; it was removed.");
                continue;
            }

            if (Body(item, itemAt, items.Count + 1) is { } body)
            {
                items.Push(body);
            }
        }
    }

    private JsonNode? Selectors(JsonElement value, At at)
    {
        if (value.ValueKind == JsonValueKind.Object &&
            StringOf(value, "@type") is { } t && LocalName(t).Equals("Choice", StringComparison.OrdinalIgnoreCase))
        {
            var list = new JsonArray();
            foreach (string part in new[] { "default", "item" })
            {
                if (!value.TryGetProperty(part, out JsonElement partValue))
                {
                    continue;
                }

                int index = 0;
                foreach (JsonElement item in Items(partValue))
                {
                    At itemAt = new(partValue.ValueKind == JsonValueKind.Array ? Child(Child(at.In, part), index) : Child(at.In, part), Child(at.Out, list.Count), at.Base);
                    index++;
                    if (Selector(item, itemAt) is { } selector)
                    {
                        list.Add(selector);
                    }
                }
            }

            return list;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var list = new JsonArray();
            int index = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                if (Selector(item, at.Index(index++, list.Count)) is { } selector)
                {
                    list.Add(selector);
                }
            }

            return list;
        }

        return Selector(value, at);
    }

    /// <summary>The selector type in a <c>@type</c> array such as <c>["oa:SvgSelector", "cnt:ContentAsText"]</c>.</summary>
    private static string? FirstSelectorType(JsonElement value)
    {
        if (!value.TryGetProperty("@type", out JsonElement types) || types.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string? first = null;
        foreach (JsonElement type in types.EnumerateArray())
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                first ??= type.GetString();
                if (LocalName(type.GetString()!).EndsWith("Selector", StringComparison.OrdinalIgnoreCase))
                {
                    return type.GetString();
                }
            }
        }

        return first;
    }

    private JsonNode? Selector(JsonElement value, At at)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A selector must be an object, not {Kind(value.ValueKind)}.", value);
            return null;
        }

        string written = StringOf(value, "@type") ?? StringOf(value, "type") ?? FirstSelectorType(value) ?? string.Empty;
        string local = LocalName(written);
        string? type = local.ToLowerInvariant() switch
        {
            "fragmentselector" => "FragmentSelector",
            "svgselector" => "SvgSelector",
            "imageapiselector" => "ImageApiSelector",
            "pointselector" => "PointSelector",
            _ => null,
        };
        var result = new JsonObject();
        if (IdOf(value) is { } id)
        {
            result["id"] = id;
        }

        result["type"] = type ?? (local.Length > 0 ? local : "Selector");
        foreach (JsonProperty property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "@id" or "id" or "@type" or "type" or "@context":
                    break;
                case "chars" when type == "SvgSelector":
                    result["value"] = Copy(property.Value, Child(at.In, property.Name));
                    break;
                default:
                    result[property.Name] = Copy(property.Value, Child(at.In, property.Name));
                    break;
            }
        }

        if (value.TryGetProperty("@type", out JsonElement typeArray) && typeArray.ValueKind == JsonValueKind.Array)
        {
            Note(UpgradeNoteCodes.TypeInferred, at, $"The selector's @type array was read as {result["type"]}.", typeArray);
        }

        if (type is null)
        {
            Note(UpgradeNoteCodes.SelectorUnknown, at, $"The selector type \"{written}\" has no 3.0 counterpart; it was kept as read.", value);
        }

        return result;
    }
}
