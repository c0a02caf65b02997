using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Iiif.Presentation.Upgrading;

internal sealed partial class Upgrader
{
    // ---- the document ---------------------------------------------------------------------------

    private JsonObject UpgradeTop(JsonElement root)
    {
        CollectIds(root);
        CollectServices(root, inService: false);
        string? local = StringOf(root, "@type") is { } t ? LocalName(t).ToLowerInvariant() : null;
        local ??= root.TryGetProperty("sequences", out _) ? "manifest"
            : root.TryGetProperty("collections", out _) || root.TryGetProperty("manifests", out _) || root.TryGetProperty("members", out _) ? "collection"
            : root.TryGetProperty("canvases", out _) ? "sequence"
            : root.TryGetProperty("images", out _) ? "canvas"
            : root.TryGetProperty("resources", out _) ? "annotationlist"
            : root.TryGetProperty("on", out _) || root.TryGetProperty("resource", out _) ? "annotation"
            : "manifest";
        var top = new At("", "", null);
        if (local is "manifest" or "collection")
        {
            _topServices = [];
        }

        JsonObject body = local switch
        {
            "collection" => Resource(root, Role.Collection, top, 1),
            "sequence" => SequenceToRange(root, top),
            "canvas" => Resource(root, Role.Canvas, top, 1),
            "annotationlist" => Resource(root, Role.Page, top, 1),
            "layer" => Resource(root, Role.Layer, top, 1),
            "annotation" => Resource(root, Role.Annotation, top, 1),
            "range" => TopRange(root, top),
            _ => Resource(root, Role.Manifest, top, 1),
        };

        var result = new JsonObject { ["@context"] = TopContext(root) };
        foreach (KeyValuePair<string, JsonNode?> property in body.ToList())
        {
            body.Remove(property.Key);
            result[property.Key] = property.Value;
        }

        if (_topServices is { Count: > 0 })
        {
            if (result["services"] is JsonArray existing)
            {
                foreach (JsonNode? service in _topServices.ToList())
                {
                    _topServices.Remove(service);
                    existing.Add(service);
                }
            }
            else
            {
                result["services"] = _topServices;
            }
        }

        return result;
    }

    /// <summary>The output <c>@context</c>: other contexts first, then Presentation 3 (UPGRADE.md §2.1).</summary>
    private JsonNode TopContext(JsonElement root)
    {
        var contexts = new List<JsonNode>();
        if (root.TryGetProperty("@context", out JsonElement context))
        {
            int index = 0;
            foreach (JsonElement item in Items(context))
            {
                string itemIn = context.ValueKind == JsonValueKind.Array ? Child("/@context", index) : "/@context";
                index++;
                if (item.ValueKind == JsonValueKind.String && IsKnownContext(item.GetString()!))
                {
                    continue;
                }

                if (item.ValueKind == JsonValueKind.Null)
                {
                    Note(UpgradeNoteCodes.ValueDropped, itemIn, null, "A null @context was left out.");
                    continue;
                }

                contexts.Add(JsonNode.Parse(item.GetRawText(), documentOptions: s_deep)!);
            }
        }

        foreach (JsonNode moved in _movedContexts)
        {
            if (!contexts.Any(c => c.ToJsonString() == moved.ToJsonString()))
            {
                contexts.Add(moved);
            }
        }

        if (contexts.Count == 0)
        {
            return IiifContexts.Presentation3;
        }

        var array = new JsonArray();
        foreach (JsonNode item in contexts)
        {
            array.Add(item);
        }

        array.Push(IiifContexts.Presentation3);
        return array;
    }

    // ---- what each role requires ----------------------------------------------------------------

    private void Require(JsonElement src, JsonObject dst, Role role, string type, At at, bool reference)
    {
        switch (role)
        {
            case Role.Manifest when !reference:
                Sequences(src, dst, at);
                Structures(src, dst, at);
                StartInItems(dst, at);
                if (dst["items"] is JsonArray { Count: 0 })
                {
                    Note(UpgradeNoteCodes.OutputInvalid, at.In, Child(at.Out, "items"),
                        "The Manifest has no canvases to carry over, and a 3.0 Manifest needs at least one.");
                }

                RequireLabel(dst, at, string.Empty);
                break;
            case Role.Collection when !reference || HasMembers(src):
                Members(src, dst, at);
                RequireLabel(dst, at, string.Empty);
                break;
            case Role.Manifest or Role.Collection:
                RequireLabel(dst, at, Text(dst["id"]) ?? string.Empty);
                break;
            case Role.Canvas:
                if (!dst.ContainsKey("items"))
                {
                    dst["items"] = new JsonArray();
                }

                CanvasSize(dst, at);
                TimedBodies(dst, at);
                if (dst["id"] is JsonNode canvasId)
                {
                    _canvasSizes[Text(canvasId)!] = (Int(dst["width"]), Int(dst["height"]));
                }

                break;
            case Role.Page when !reference && !dst.ContainsKey("items"):
                dst["items"] = new JsonArray();
                break;
            case Role.Annotation:
                RequireAnnotation(dst, at);
                break;
            case Role.Content when type == "Choice" && !dst.ContainsKey("items"):
                dst["items"] = new JsonArray();
                break;
            case Role.Content when type == "Image":
                ImageIdFromService(dst, at);
                break;
        }
    }

    private readonly Dictionary<string, (int? Width, int? Height)> _canvasSizes = new(StringComparer.Ordinal);

    /// <summary>An Image whose id is its Image service's URI gets the URL of the full image from that service
    /// (3.0: an image's id is an image, not the service).</summary>
    private void ImageIdFromService(JsonObject dst, At at)
    {
        if (dst["id"] is not JsonNode idNode || dst["service"] is not JsonArray services)
        {
            return;
        }

        string id = Text(idNode)!;
        foreach (JsonNode? service in services)
        {
            string? serviceId = Text(service?["@id"]) ?? Text(service?["id"]);
            string? serviceType = Text(service?["@type"]) ?? Text(service?["type"]);
            if (serviceId is null || serviceType is null || !serviceType.StartsWith("ImageService", StringComparison.Ordinal) ||
                !string.Equals(serviceId.TrimEnd('/'), id.TrimEnd('/'), StringComparison.Ordinal))
            {
                continue;
            }

            string format = Text(dst["format"]) ?? "image/jpeg";
            string extension = format switch
            {
                "image/png" => "png",
                "image/gif" => "gif",
                "image/webp" => "webp",
                "image/tiff" => "tif",
                _ => "jpg",
            };
            string size = serviceType == "ImageService3" ? "max" : "full";
            string image = $"{serviceId.TrimEnd('/')}/full/{size}/0/default.{extension}";
            dst["id"] = image;
            _notes.Add(new UpgradeNote(UpgradeNoteCodes.ValueCoerced, UpgradeNoteSeverity.Info, at.In, Child(at.Out, "id"),
                $"The image's id was its Image service's URI; 3.0 wants an image there, so it became the service's full image {image}.", Element(id)));
            return;
        }
    }

    /// <summary>Notes a Canvas fragment that 3.0 forbids (outside the Canvas, or on a Canvas without a size); it is kept.</summary>
    private void CheckFragment(JsonObject reference, At at)
    {
        if (reference["selector"]?["value"] is not JsonNode fragmentNode || reference["source"]?["id"] is not JsonNode canvasNode ||
            !_canvasSizes.TryGetValue(Text(canvasNode)!, out (int? Width, int? Height) size))
        {
            return;
        }

        string fragment = Text(fragmentNode)!;
        var match = System.Text.RegularExpressions.Regex.Match(fragment, "^xywh=([0-9]+),([0-9]+),([0-9]+),([0-9]+)$");
        if (!match.Success)
        {
            return;
        }

        long x = long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        long y = long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        long w = long.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        long h = long.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (size.Width is null || size.Height is null)
        {
            Note(UpgradeNoteCodes.ValueInvalid, at, $"The region {fragment} is of a Canvas without a size; it was kept as read.");
        }
        else if (x + w > size.Width || y + h > size.Height)
        {
            Note(UpgradeNoteCodes.ValueInvalid, at, $"The region {fragment} reaches outside its Canvas ({size.Width} × {size.Height}); it was kept as read.");
        }
    }

    /// <summary>A Manifest's <c>start</c> is one of its Canvases; one that is not is left out, into a note.</summary>
    private void StartInItems(JsonObject dst, At at)
    {
        if (dst["start"] is not JsonObject start || dst["items"] is not JsonArray items || items.Count == 0)
        {
            return;
        }

        string? canvas = Text(start["id"]) is { } id && Text(start["type"]) == "Canvas" ? id : Text(start["source"]?["id"]);
        if (canvas is not null && items.Any(c => Text(c?["id"]) == canvas))
        {
            return;
        }

        dst.Remove("start");
        Note(UpgradeNoteCodes.ValueDropped, _startIn ?? Child(at.In, "startCanvas"), null,
            $"The start canvas {canvas} is not a Canvas of this Manifest; 3.0 start must be one. It is kept in this note.", Element(canvas ?? string.Empty));
    }

    private static bool HasMembers(JsonElement src) =>
        src.TryGetProperty("members", out _) || src.TryGetProperty("collections", out _) || src.TryGetProperty("manifests", out _);

    private void RequireLabel(JsonObject dst, At at, string text)
    {
        if (dst["label"] is JsonObject { Count: > 0 })
        {
            return;
        }

        dst["label"] = PlainMap(text);
        Note(UpgradeNoteCodes.LabelMissing, at.In, Child(at.Out, "label"),
            text.Length == 0 ? "The resource had no label; an empty one was supplied." : "The resource had no label; its id is its label.");
    }

    private void CanvasSize(JsonObject dst, At at)
    {
        bool width = dst.ContainsKey("width");
        bool height = dst.ContainsKey("height");
        if (width && height && (Int(dst["width"]) == 0 || Int(dst["height"]) == 0))
        {
            Note(UpgradeNoteCodes.OutputInvalid, at.In, at.Out, "The Canvas has a width or height of 0; 3.0 sizes are positive, and nothing may be invented.");
            return;
        }

        if ((width && height) || (!width && !height && dst.ContainsKey("duration")))
        {
            return;
        }

        // A sizeless Canvas takes the size of its only painted image.
        var painted = new List<JsonObject>();
        foreach (JsonNode? page in dst["items"] as JsonArray ?? [])
        {
            foreach (JsonNode? annotation in page?["items"] as JsonArray ?? [])
            {
                JsonNode? body = annotation?["body"];
                if (body is JsonObject one)
                {
                    painted.Add(one);
                }
                else if (body is JsonArray many)
                {
                    painted.AddRange(many.OfType<JsonObject>());
                }
            }
        }

        if (!width && !height && painted.Count == 1 && painted[0]["width"] is JsonNode w && painted[0]["height"] is JsonNode h)
        {
            dst["width"] = w.DeepClone();
            dst["height"] = h.DeepClone();
            Note(UpgradeNoteCodes.ValueCoerced, at.In, at.Out, "The Canvas had no size; it took the size of its only image.");
            return;
        }

        Note(UpgradeNoteCodes.OutputInvalid, at.In, at.Out,
            width || height
                ? "The Canvas has a width or a height but not both, and 3.0 requires both; nothing may be invented for the other."
                : "The Canvas has no width and height (nor duration), which 3.0 requires, and no single image to take them from.");
    }

    /// <summary>Sound and Video painted on a Canvas without a duration cannot be shown (3.0): an error note.</summary>
    private void TimedBodies(JsonObject dst, At at)
    {
        if (dst.ContainsKey("duration"))
        {
            return;
        }

        int p = 0;
        foreach (JsonNode? page in dst["items"] as JsonArray ?? [])
        {
            int a = 0;
            foreach (JsonNode? annotation in page?["items"] as JsonArray ?? [])
            {
                JsonNode? body = annotation?["body"];
                List<JsonNode?> bodies = body is JsonArray many ? [.. many] : [body];
                if (bodies.Any(b => Text(b?["type"]) is "Sound" or "Video" || b?["duration"] is not null))
                {
                    Note(UpgradeNoteCodes.OutputInvalid, at.In, Child(Child(Child(Child(Child(at.Out, "items"), p), "items"), a), "body"),
                        "Sound or video is painted on a Canvas without a duration; 3.0 needs the Canvas's duration, and nothing may be invented.");
                }

                a++;
            }

            p++;
        }
    }

    private void RequireAnnotation(JsonObject dst, At at)
    {
        if (_imagesCanvas is not null)
        {
            if (!dst.ContainsKey("motivation"))
            {
                dst["motivation"] = "painting";
                Note(UpgradeNoteCodes.MotivationChanged, at.In, Child(at.Out, "motivation"), "An image annotation without motivation paints its Canvas.");
            }
            else if (dst["motivation"] is JsonValue single && Text(single) != "painting")
            {
                Note(UpgradeNoteCodes.MotivationChanged, at.InProp("motivation").In, Child(at.Out, "motivation"),
                    $"An annotation in a Canvas's images paints it; the motivation \"{Text(single)}\" became painting.",
                    Element(Text(single)!));
                dst["motivation"] = "painting";
            }

            if (!dst.ContainsKey("target"))
            {
                dst["target"] = _imagesCanvas;
                Note(UpgradeNoteCodes.TargetFilled, at.In, Child(at.Out, "target"), "An image annotation without \"on\" targets its Canvas.");
            }
            else if (dst["target"] is JsonValue target && Text(target) is { } targetId &&
                     !string.Equals(WithoutFragment(targetId), _imagesCanvas, StringComparison.Ordinal) && Text(dst["motivation"]) == "painting")
            {
                Note(UpgradeNoteCodes.ValueInvalid, at.In, Child(at.Out, "target"),
                    $"An image of the Canvas {_imagesCanvas} is painted on {targetId}; 3.0 paints only a Canvas's own items. It was kept as read.");
            }

            return;
        }

        if (_options.ListPainting == ListPainting.Supplementing && dst["motivation"] is JsonNode motivation)
        {
            bool changed = false;
            if (motivation is JsonArray list)
            {
                for (int i = 0; i < list.Count; i++)
                {
                    if (Text(list[i]) == "painting")
                    {
                        list[i] = "supplementing";
                        changed = true;
                    }
                }
            }
            else if (Text(motivation) == "painting")
            {
                dst["motivation"] = "supplementing";
                changed = true;
            }

            if (changed)
            {
                Note(UpgradeNoteCodes.MotivationChanged, at.In, Child(at.Out, "motivation"),
                    "A painting annotation outside a Canvas's images became supplementing: in 3.0 only a Canvas's items paint it.");
            }
        }
    }

    // ---- collections ----------------------------------------------------------------------------

    private void Members(JsonElement src, JsonObject dst, At at)
    {
        var members = new List<(JsonElement Item, Role Role, string In)>();
        if (src.TryGetProperty("members", out JsonElement list))
        {
            AddMembers(members, list, null, Child(at.In, "members"));
        }
        else
        {
            bool both = src.TryGetProperty("collections", out JsonElement collections) & src.TryGetProperty("manifests", out JsonElement manifests);
            if (src.TryGetProperty("collections", out collections))
            {
                AddMembers(members, collections, Role.Collection, Child(at.In, "collections"));
            }

            if (src.TryGetProperty("manifests", out manifests))
            {
                AddMembers(members, manifests, Role.Manifest, Child(at.In, "manifests"));
            }

            if (both)
            {
                Note(UpgradeNoteCodes.MemberOrderAssumed, at.In, Child(at.Out, "items"),
                    "The Collection lists collections and manifests apart, without members; collections come first, as in the 2.1 examples.");
            }
        }

        var items = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((JsonElement item, Role role, string inPointer) in members)
        {
            var itemAt = new At(inPointer, Child(Child(at.Out, "items"), items.Count), at.Base);
            string? id = IdOf(item);
            if (id is not null && !seen.Add(role + " " + id))
            {
                Note(UpgradeNoteCodes.MemberDuplicate, inPointer, null, $"{id} is listed twice; the repeat was removed.", item);
                continue;
            }

            if (item.ValueKind == JsonValueKind.String)
            {
                id = Id(id!, itemAt.OutProp("id"));
                items.Push(new JsonObject { ["id"] = id, ["type"] = role.ToString(), ["label"] = PlainMap(id) });
                Note(UpgradeNoteCodes.LabelMissing, itemAt.In, Child(itemAt.Out, "label"), "The member is a bare URI; its id is its label.");
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                bool full = role == Role.Manifest ? item.TryGetProperty("sequences", out _) : HasMembers(item);
                items.Push(Resource(item, role, itemAt, items.Count + 1, reference: !full));
            }
            else
            {
                Note(UpgradeNoteCodes.ValueDropped, inPointer, null, $"A member must be an object or a URI, not {Kind(item.ValueKind)}.", item);
            }
        }

        dst["items"] = items;
    }

    private static void AddMembers(List<(JsonElement, Role, string)> members, JsonElement list, Role? role, string pointer)
    {
        int index = 0;
        bool array = list.ValueKind == JsonValueKind.Array;
        foreach (JsonElement item in Items(list))
        {
            string itemIn = array ? Child(pointer, index) : pointer;
            index++;
            Role itemRole = role ?? (StringOf(item, "@type") is { } t && LocalName(t).Equals("Collection", StringComparison.OrdinalIgnoreCase)
                ? Role.Collection
                : Role.Manifest);
            members.Add((item, itemRole, itemIn));
        }
    }

    // ---- sequences ------------------------------------------------------------------------------

    private readonly List<JsonObject> _sequenceRanges = [];
    private string? _startIn;

    private void Sequences(JsonElement src, JsonObject dst, At at)
    {
        var items = new JsonArray();
        dst["items"] = items;
        if (!src.TryGetProperty("sequences", out JsonElement sequences))
        {
            return;
        }

        NoteLone(sequences, Child(at.In, "sequences"), null, "sequences");
        var canvasIds = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        bool array = sequences.ValueKind == JsonValueKind.Array;
        foreach (JsonElement sequence in Items(sequences))
        {
            string seqIn = array ? Child(Child(at.In, "sequences"), index) : Child(at.In, "sequences");
            bool first = index == 0;
            index++;
            bool hasCanvases = sequence.ValueKind == JsonValueKind.Object && sequence.TryGetProperty("canvases", out _);
            if (!hasCanvases)
            {
                Note(UpgradeNoteCodes.SequenceExternal, seqIn, first ? Child(at.Out, "items") : null,
                    "The Sequence is only referenced, not embedded; it was not fetched" + (first ? ", so items is empty." : "."), sequence);
                continue;
            }

            JsonElement canvases = sequence.GetProperty("canvases");
            NoteLone(canvases, Child(seqIn, "canvases"), null, "canvases");
            if (first)
            {
                int c = 0;
                foreach (JsonElement canvas in Items(canvases))
                {
                    string canvasIn = canvases.ValueKind == JsonValueKind.Array ? Child(Child(seqIn, "canvases"), c) : Child(seqIn, "canvases");
                    c++;
                    AddCanvas(items, canvasIds, canvas, new At(canvasIn, Child(Child(at.Out, "items"), items.Count), at.Base));
                }

                FirstSequence(sequence, dst, new At(seqIn, at.Out, at.Base));
                continue;
            }

            // A later sequence: a Range with the sequence behavior, its canvases referenced.
            var seqAt = new At(seqIn, Child(Child(at.Out, "structures"), _sequenceRanges.Count), at.Base);
            JsonObject range = SequenceRange(sequence, seqAt, _sequenceRanges.Count + 1);
            var refs = new JsonArray();
            int k = 0;
            foreach (JsonElement canvas in Items(canvases))
            {
                string canvasIn = canvases.ValueKind == JsonValueKind.Array ? Child(Child(seqIn, "canvases"), k) : Child(seqIn, "canvases");
                k++;
                string? id = IdOf(canvas) is { } raw ? Id(raw, new At(canvasIn, Child(Child(seqAt.Out, "items"), refs.Count), at.Base)) : null;
                if (id is null)
                {
                    Note(UpgradeNoteCodes.ValueDropped, canvasIn, null, "A canvas of a later sequence has no id to refer to.", canvas);
                    continue;
                }

                if (!canvasIds.Contains(id))
                {
                    AddCanvas(items, canvasIds, canvas, new At(canvasIn, Child(Child(at.Out, "items"), items.Count), at.Base));
                    Note(UpgradeNoteCodes.CanvasAppended, canvasIn, Child(Child(at.Out, "items"), items.Count - 1),
                        "The Canvas appears only in a later sequence; it was appended to items.");
                }

                refs.Push(new JsonObject { ["id"] = id, ["type"] = "Canvas" });
            }

            range["items"] = refs;
            _sequenceRanges.Add(range);
        }
    }

    private void AddCanvas(JsonArray items, HashSet<string> canvasIds, JsonElement canvas, At at)
    {
        if (canvas.ValueKind != JsonValueKind.Object)
        {
            if (canvas.ValueKind == JsonValueKind.String)
            {
                Note(UpgradeNoteCodes.OutputInvalid, at.In, at.Out, "A canvas given only by its URI has no size or content to carry over.", canvas);
                items.Push(new JsonObject { ["id"] = canvas.GetString(), ["type"] = "Canvas", ["items"] = new JsonArray() });
                canvasIds.Add(canvas.GetString()!);
                return;
            }

            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A canvas must be an object, not {Kind(canvas.ValueKind)}.", canvas);
            return;
        }

        JsonObject converted = Resource(canvas, Role.Canvas, at, items.Count + 1);
        items.Push(converted);
        canvasIds.Add(Text(converted["id"])!);
    }

    /// <summary>The first sequence's viewing direction, hints and start move up and win (UPGRADE.md §2.5).</summary>
    private void FirstSequence(JsonElement sequence, JsonObject dst, At at)
    {
        var dropped = new JsonObject();
        foreach (JsonProperty property in sequence.EnumerateObject())
        {
            At propAt = at.InProp(property.Name);
            switch (property.Name)
            {
                case "canvases" or "@type" or "@context":
                    break;
                case "viewingDirection":
                    MoveUp(dst, "viewingDirection", ViewingDirection(property.Value, propAt.OutProp("viewingDirection")), propAt);
                    break;
                case "startCanvas":
                    _startIn = propAt.In;
                    MoveUp(dst, "start", Start(property.Value, propAt.OutProp("start")), propAt);
                    break;
                case "viewingHint":
                    var holder = new JsonObject();
                    Behaviors(holder, Role.Manifest, "Manifest", property.Value, propAt.OutProp("behavior"));
                    MoveUp(dst, "behavior", holder["behavior"]?.DeepClone(), propAt);
                    break;
                default:
                    dropped[property.Name] = Copy(property.Value, propAt.In);
                    break;
            }
        }

        if (dropped.Count > 0)
        {
            using JsonDocument original = JsonDocument.Parse(dropped.ToJsonString(), s_deep);
            Note(UpgradeNoteCodes.SequenceDropped, at.In, null,
                $"3.0 has no Sequence: its {string.Join(", ", dropped.Select(p => p.Key))} have no place and are kept in this note.", original.RootElement);
        }
    }

    private void MoveUp(JsonObject dst, string key, JsonNode? value, At at)
    {
        if (value is null)
        {
            return;
        }

        if (dst[key] is JsonNode existing && !JsonNode.DeepEquals(existing, value))
        {
            using JsonDocument original = JsonDocument.Parse(existing.ToJsonString(), s_deep);
            Note(UpgradeNoteCodes.SequenceConflict, at.In, Child(at.Out, key),
                $"The Manifest and its Sequence disagree on {key}; the Sequence's value won, the Manifest's is in this note.", original.RootElement);
        }

        dst[key] = value;
    }

    /// <summary>A Sequence as a Range with the <c>sequence</c> behavior.</summary>
    private JsonObject SequenceRange(JsonElement sequence, At at, int position)
    {
        JsonObject range = Resource(sequence, Role.Range, at, position);
        JsonArray behavior = range["behavior"] as JsonArray ?? [];
        if (!behavior.Any(b => Text(b) == "sequence"))
        {
            behavior.Insert(0, "sequence");
        }

        range["behavior"] = behavior;
        return range;
    }

    private JsonObject SequenceToRange(JsonElement root, At at)
    {
        JsonObject range = SequenceRange(root, at, 1);
        var items = new JsonArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("canvases", out JsonElement canvases))
        {
            int index = 0;
            foreach (JsonElement canvas in Items(canvases))
            {
                string canvasIn = canvases.ValueKind == JsonValueKind.Array ? Child("/canvases", index) : "/canvases";
                index++;
                AddCanvas(items, ids, canvas, new At(canvasIn, Child("/items", items.Count), at.Base));
            }
        }

        range["items"] = items;
        Note(UpgradeNoteCodes.SequenceToRange, "", "", "3.0 has no Sequence: this one became a Range with the sequence behavior, holding its Canvases.");
        return range;
    }

    // ---- ranges ---------------------------------------------------------------------------------

    private sealed class RangeNode
    {
        public RangeNode(JsonElement element, string inPointer, string id, bool minted)
        {
            Element = element;
            In = inPointer;
            Id = id;
            Minted = minted;
        }

        public JsonElement Element { get; }

        public string In { get; }

        public string Id { get; }

        public bool Minted { get; }

        public List<(bool IsRange, string Id, JsonElement Member, string MemberIn)> Children { get; } = [];

        public bool HasParent { get; set; }

        public int State { get; set; }
    }

    private void Structures(JsonElement src, JsonObject dst, At at)
    {
        var structures = new JsonArray();
        foreach (JsonObject sequenceRange in _sequenceRanges)
        {
            structures.Push(sequenceRange);
        }

        _sequenceRanges.Clear();
        if (src.TryGetProperty("structures", out JsonElement input))
        {
            BuildRangeTree(input, Child(at.In, "structures"), at, structures);
        }

        if (structures.Count > 0)
        {
            dst["structures"] = structures;
        }
    }

    private void BuildRangeTree(JsonElement input, string inPointer, At at, JsonArray structures)
    {
        NoteLone(input, inPointer, Child(at.Out, "structures"), "structures");
        var nodes = new List<RangeNode>();
        var byId = new Dictionary<string, RangeNode>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement item in Items(input))
        {
            string itemIn = input.ValueKind == JsonValueKind.Array ? Child(inPointer, index) : inPointer;
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                if (IdOf(item) is { } refId)
                {
                    structures.Push(new JsonObject { ["id"] = refId, ["type"] = "Range" });
                    Note(UpgradeNoteCodes.TypeInferred, itemIn, Child(at.Out, "structures"), "A range given by its URI became a Range reference.");
                }
                else
                {
                    Note(UpgradeNoteCodes.ValueDropped, itemIn, null, $"A range must be an object, not {Kind(item.ValueKind)}.", item);
                }

                continue;
            }

            string? id = IdOf(item);
            bool minted = id is null;
            id ??= MintQuiet(at, "range", index);
            if (byId.ContainsKey(id))
            {
                Note(UpgradeNoteCodes.ValueDropped, itemIn, null, $"The range {id} is defined twice; the first definition was kept.", item);
                continue;
            }

            var node = new RangeNode(item, itemIn, id, minted);
            nodes.Add(node);
            byId[id] = node;
        }

        // 2.x lets a range embed its child ranges in "ranges" or "members": they join the index.
        for (int n = 0; n < nodes.Count; n++)
        {
            foreach ((JsonElement embedded, string embeddedIn) in EmbeddedRanges(nodes[n]))
            {
                string? embeddedId = IdOf(embedded);
                bool mintedId = embeddedId is null;
                embeddedId ??= MintQuiet(at, "range", nodes.Count + 1);
                if (!byId.ContainsKey(embeddedId))
                {
                    var child = new RangeNode(embedded, embeddedIn, embeddedId, mintedId);
                    nodes.Add(child);
                    byId[embeddedId] = child;
                }
            }
        }

        foreach (RangeNode node in nodes)
        {
            RangeChildren(node, byId);
        }

        foreach (RangeNode node in nodes)
        {
            foreach ((bool isRange, string childId, _, _) in node.Children)
            {
                if (isRange && byId.TryGetValue(childId, out RangeNode? child) && child != node)
                {
                    child.HasParent = true;
                }
            }
        }

        // 2.0: a child names its parent in "within".
        foreach (RangeNode node in nodes)
        {
            if (!node.Element.TryGetProperty("within", out JsonElement within))
            {
                continue;
            }

            foreach (JsonElement parentRef in Items(within))
            {
                if (IdOf(parentRef) is not { } parentId || !byId.TryGetValue(parentId, out RangeNode? parent) || parent == node)
                {
                    if (IdOf(parentRef) is not { } other || !string.Equals(other, at.Base, StringComparison.Ordinal))
                    {
                        Note(UpgradeNoteCodes.ValueDropped, Child(node.In, "within"), null,
                            "The range names a parent that is not a range of this Manifest; it stays at the top, and the reference is kept in this note.", within);
                    }

                    continue;
                }

                node.HasParent = true;
                if (parent.Children.Any(c => c.IsRange && c.Id == node.Id))
                {
                    continue;
                }

                var covered = new HashSet<string>(node.Children.Where(c => !c.IsRange).Select(c => c.Id), StringComparer.Ordinal);
                int at2 = parent.Children.FindIndex(c => !c.IsRange && covered.Contains(c.Id));
                if (at2 < 0)
                {
                    parent.Children.Add((true, node.Id, default, node.In));
                }
                else
                {
                    parent.Children.Insert(at2, (true, node.Id, default, node.In));
                    parent.Children.RemoveAll(c => !c.IsRange && covered.Contains(c.Id));
                }

                Note(UpgradeNoteCodes.RangeReparented, Child(node.In, "within"), null,
                    $"The range {node.Id} names its parent {parent.Id} (2.0 within); it was placed inside it, at its first canvas.");
                break;
            }
        }

        foreach (RangeNode node in nodes.Where(n => !n.HasParent))
        {
            if (EmitRange(node, byId, new At(node.In, Child(Child(at.Out, "structures"), structures.Count), at.Base)) is { } top)
            {
                structures.Push(top);
            }
        }

        foreach (RangeNode node in nodes.Where(n => n.State == 0))
        {
            // In a cycle with no way in: placed at the top.
            if (EmitRange(node, byId, new At(node.In, Child(Child(at.Out, "structures"), structures.Count), at.Base)) is { } top)
            {
                structures.Push(top);
            }
        }
    }

    /// <summary>Range objects written inside a range's <c>ranges</c> or <c>members</c>, with more than a reference's keys.</summary>
    private static IEnumerable<(JsonElement Range, string In)> EmbeddedRanges(RangeNode node)
    {
        foreach (string key in new[] { "ranges", "members" })
        {
            if (!node.Element.TryGetProperty(key, out JsonElement list))
            {
                continue;
            }

            int index = 0;
            foreach (JsonElement item in Items(list))
            {
                string itemIn = list.ValueKind == JsonValueKind.Array ? Child(Child(node.In, key), index) : Child(node.In, key);
                index++;
                bool isRange = key == "ranges" || (StringOf(item, "@type") ?? StringOf(item, "type")) is { } t && LocalName(t).Equals("Range", StringComparison.OrdinalIgnoreCase);
                if (item.ValueKind == JsonValueKind.Object && isRange &&
                    (item.TryGetProperty("canvases", out _) || item.TryGetProperty("ranges", out _) || item.TryGetProperty("members", out _)))
                {
                    yield return (item, itemIn);
                }
            }
        }
    }

    private void RangeChildren(RangeNode node, Dictionary<string, RangeNode> byId)
    {
        JsonElement src = node.Element;
        if (src.TryGetProperty("members", out JsonElement members))
        {
            int m = 0;
            foreach (JsonElement member in Items(members))
            {
                string memberIn = members.ValueKind == JsonValueKind.Array ? Child(Child(node.In, "members"), m) : Child(node.In, "members");
                m++;
                if (IdOf(member) is not { } id)
                {
                    Note(UpgradeNoteCodes.ValueDropped, memberIn, null, "A range member without an id cannot be referred to.", member);
                    continue;
                }

                string? type = StringOf(member, "@type") ?? StringOf(member, "type");
                bool isRange = type is not null ? LocalName(type).Equals("Range", StringComparison.OrdinalIgnoreCase) : byId.ContainsKey(id);
                node.Children.Add((isRange, id, member, memberIn));
            }

            // members wins; what ranges or canvases list beyond it has no place.
            var listed = new HashSet<string>(node.Children.Select(c => c.Id), StringComparer.Ordinal);
            foreach (string key in new[] { "ranges", "canvases" })
            {
                if (!src.TryGetProperty(key, out JsonElement other))
                {
                    continue;
                }

                int index = 0;
                foreach (JsonElement item in Items(other))
                {
                    string itemIn = other.ValueKind == JsonValueKind.Array ? Child(Child(node.In, key), index) : Child(node.In, key);
                    index++;
                    if (IdOf(item) is not { } id || !listed.Contains(id))
                    {
                        Note(UpgradeNoteCodes.ValueDropped, itemIn, null,
                            $"The range lists this in {key} but not in members, which sets its content; it is kept in this note.", item);
                    }
                }
            }

            return;
        }

        bool ranges = src.TryGetProperty("ranges", out JsonElement rangeList) && Items(rangeList).Any();
        bool canvases = src.TryGetProperty("canvases", out JsonElement canvasList) && Items(canvasList).Any();
        foreach ((string key, bool isRange, JsonElement list, bool present) in new[] { ("ranges", true, rangeList, ranges), ("canvases", false, canvasList, canvases) })
        {
            if (!present)
            {
                continue;
            }

            int index = 0;
            foreach (JsonElement item in Items(list))
            {
                string itemIn = list.ValueKind == JsonValueKind.Array ? Child(Child(node.In, key), index) : Child(node.In, key);
                index++;
                if (IdOf(item) is { } id)
                {
                    node.Children.Add((isRange, id, item, itemIn));
                }
                else
                {
                    Note(UpgradeNoteCodes.ValueDropped, itemIn, null, $"An entry of {key} without an id cannot be referred to.", item);
                }
            }
        }

        if (ranges && canvases)
        {
            Note(UpgradeNoteCodes.RangeOrderAssumed, node.In, null,
                "The range lists ranges and canvases apart, without members; its ranges come first.");
        }
    }

    /// <summary>Properties of a range's reference to a member, beyond its id, type and label, have no 3.0 place.</summary>
    private void MemberExtras(JsonElement member, At at)
    {
        if (member.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (JsonProperty property in member.EnumerateObject())
        {
            if (property.Name is not ("@id" or "id" or "@type" or "type" or "label"))
            {
                Note(UpgradeNoteCodes.ValueDropped, Child(at.In, property.Name), null,
                    $"\"{property.Name}\" on a reference inside a range has no 3.0 place; it is kept in this note.", property.Value);
            }
        }
    }

    /// <summary>Builds a range and, depth first, the ranges it embeds; a range with nothing in it is left out
    /// (3.0 Ranges have items) and kept in a note.</summary>
    private JsonObject? EmitRange(RangeNode node, Dictionary<string, RangeNode> byId, At at)
    {
        node.State = 1;
        if (node.Children.Count == 0 && !at.In.IsRoot)
        {
            node.State = 2;
            Note(UpgradeNoteCodes.ValueDropped, node.In, null,
                "The range has no canvases or ranges; a 3.0 Range needs items, so it was left out and is kept in this note.", node.Element);
            return null;
        }

        if (node.Minted)
        {
            Note(UpgradeNoteCodes.IdMinted, node.In, Child(at.Out, "id"), $"The range had no id; it was given {node.Id}.");
        }

        JsonObject range = Resource(node.Element, Role.Range, at, 1, givenId: node.Id);
        var items = new JsonArray();
        foreach ((bool isRange, string id, JsonElement member, string memberIn) in node.Children)
        {
            string childOut = Child(Child(at.Out, "items"), items.Count);
            var memberAt = new At(memberIn, childOut, at.Base);
            JsonObject? memberLabel = member.ValueKind == JsonValueKind.Object && member.TryGetProperty("label", out JsonElement label)
                ? LanguageMap(label, memberAt.Prop("label"), html: false)
                : null;
            MemberExtras(member, memberAt);
            if (!isRange)
            {
                JsonObject reference = CanvasReference(id, memberAt.OutProp("id"));
                if (memberLabel is { Count: > 0 })
                {
                    reference["label"] = memberLabel;
                }

                CheckFragment(reference, memberAt);
                items.Push(reference);
                continue;
            }

            if (byId.TryGetValue(id, out RangeNode? child) && child.State == 0)
            {
                JsonObject? embedded = EmitRange(child, byId, new At(child.In, childOut, at.Base));
                if (embedded is null)
                {
                    continue;
                }

                if (memberLabel is { Count: > 0 } && !embedded.ContainsKey("label"))
                {
                    embedded["label"] = memberLabel;
                }
                else if (memberLabel is { Count: > 0 } && !JsonNode.DeepEquals(memberLabel, embedded["label"]))
                {
                    Note(UpgradeNoteCodes.ValueDropped, Child(memberIn, "label"), null,
                        "The reference labels the range differently from the range itself; the range's own label was kept.", member.GetProperty("label"));
                }

                items.Push(embedded);
                continue;
            }

            var rangeRef = new JsonObject { ["id"] = Id(id, memberAt.OutProp("id")), ["type"] = "Range" };
            if (memberLabel is { Count: > 0 })
            {
                rangeRef["label"] = memberLabel;
            }

            items.Push(rangeRef);
            if (child is not null)
            {
                Note(UpgradeNoteCodes.RangeShared, child.In, childOut,
                    $"The range {id} is used in more than one place (or contains itself); it is embedded once and referred to here.");
            }
        }

        range["items"] = items;
        if (items.Count == 0)
        {
            Note(UpgradeNoteCodes.OutputInvalid, node.In, Child(at.Out, "items"),
                "The range has no canvases or ranges, and a 3.0 Range needs items; nothing may be invented for it.");
        }

        node.State = 2;
        return range;
    }

    private JsonObject TopRange(JsonElement root, At at)
    {
        var node = new RangeNode(root, "", IdOf(root) ?? MintQuiet(at, "range", 1), IdOf(root) is null);
        RangeChildren(node, new Dictionary<string, RangeNode>(StringComparer.Ordinal));
        return EmitRange(node, new Dictionary<string, RangeNode>(StringComparer.Ordinal), at)!;
    }
}
