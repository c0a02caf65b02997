using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Upgrading;

internal sealed partial class Upgrader
{
    /// <summary>The role of a resource, set by its position in the document (UPGRADE.md §2.1).</summary>
    private enum Role
    {
        Collection,
        Manifest,
        Canvas,
        Range,
        Page,
        Layer,
        Annotation,
        Content,
        Agent,
    }

    /// <summary>The 2.x properties whose 3.0 form depends on others, settled after the walk of an object.</summary>
    private static readonly HashSet<string> s_deferred = new(StringComparer.Ordinal)
    {
        "description", "summary", "metadata", "attribution", "requiredStatement", "license", "rights",
        "related", "homepage", "logo", "provider",
    };

    /// <summary>Keys the schema allows on a Manifest, which it closes.</summary>
    private static readonly HashSet<string> s_manifestKeys = new(StringComparer.Ordinal)
    {
        "@context", "accompanyingCanvas", "annotations", "behavior", "homepage", "id", "items", "label", "metadata",
        "navDate", "navPlace", "partOf", "placeholderCanvas", "provider", "rendering", "requiredStatement", "rights",
        "seeAlso", "service", "services", "start", "structures", "summary", "thumbnail", "type", "viewingDirection",
    };

    /// <summary>Keys the schema allows on an AnnotationPage, which it closes.</summary>
    private static readonly HashSet<string> s_pageKeys = new(StringComparer.Ordinal)
    {
        "@context", "id", "type", "rendering", "label", "service", "thumbnail", "items", "partOf", "next", "prev", "first", "last",
    };

    /// <summary>Where 3.0 put the 2.x property an output key came from, to point back at the input.</summary>
    private static readonly Dictionary<string, string> s_sources = new(StringComparer.Ordinal)
    {
        ["summary"] = "description", ["requiredStatement"] = "attribution", ["rights"] = "license", ["homepage"] = "related",
        ["provider"] = "logo", ["behavior"] = "viewingHint", ["partOf"] = "within", ["annotations"] = "otherContent",
        ["start"] = "startCanvas", ["items"] = "resources",
    };

    private string? _imagesCanvas;
    private bool _inList;

    /// <summary>
    /// Upgrades one resource: its id and type, then each property in input order, then the properties
    /// that depend on others, then what the role requires.
    /// </summary>
    /// <param name="src">The 2.x object.</param>
    /// <param name="role">The role its position gives it.</param>
    /// <param name="at">Where it is.</param>
    /// <param name="position">Its 1-based position among its siblings, for a minted id.</param>
    /// <param name="reference">Whether it is only referenced here (a Collection's member, a page in
    /// <c>otherContent</c>): then nothing it lacks is added.</param>
    /// <param name="defaultType">For content resources, the type where nothing says one.</param>
    /// <param name="givenId">An id minted for it beforehand.</param>
    private JsonObject Resource(JsonElement src, Role role, At at, int position, bool reference = false, string? defaultType = null, string? givenId = null)
    {
        var dst = new JsonObject();
        string? id = IdOf(src) ?? givenId;
        if (id is not null)
        {
            string idKey = src.TryGetProperty("@id", out _) ? "@id" : "id";
            id = Id(id, at.Prop(idKey, "id"));
            dst["id"] = id;
            at = at.WithBase(id);
        }

        string type = TypeFor(src, role, at, defaultType);
        if (id is null && NeedsId(role, type))
        {
            // A minted id is not a base: ids minted below derive from the nearest id the input gave.
            id = Mint(at, MintKind(role, type), position, type);
            dst["id"] = id;
        }

        dst["type"] = type;

        var deferred = new Dictionary<string, (JsonElement Value, At At)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in src.EnumerateObject())
        {
            string key = property.Name;
            if (!seen.Add(key))
            {
                Note(UpgradeNoteCodes.ValueDropped, Child(at.In, key), null, $"The key \"{key}\" is repeated; the first value was kept.", property.Value);
                continue;
            }

            if (s_deferred.Contains(key))
            {
                deferred[key] = (property.Value, at.InProp(key));
                continue;
            }

            Property(src, dst, role, type, key, property.Value, at, reference);
        }

        Settle(dst, role, type, deferred, at);
        Require(src, dst, role, type, at, reference);
        if (role is Role.Manifest or Role.Page)
        {
            CloseClass(dst, role, at);
        }

        return dst;
    }

    /// <summary>Everything but a TextualBody, Choice or SpecificResource needs an id (3.0 §3.2, id).</summary>
    private static bool NeedsId(Role role, string type) =>
        role != Role.Content || type is not ("TextualBody" or "Choice" or "SpecificResource");

    private static string MintKind(Role role, string type) => role switch
    {
        Role.Canvas => "canvas",
        Role.Range => "range",
        Role.Page => "annotation-page",
        Role.Annotation => "annotation",
        Role.Agent => "provider",
        Role.Manifest => "manifest",
        Role.Collection => "collection",
        Role.Layer => "annotation-collection",
        _ => type == "Canvas" ? "canvas" : "body",
    };

    /// <summary>Sets the output type: by role for IIIF classes, by evidence for content (UPGRADE.md §2.1, "Types").</summary>
    private string TypeFor(JsonElement src, Role role, At at, string? defaultType)
    {
        string? written = StringOf(src, "@type") ?? StringOf(src, "type");
        string? local = written is null ? null : LocalName(written);
        string type = role switch
        {
            Role.Collection => "Collection",
            Role.Manifest => "Manifest",
            Role.Canvas => "Canvas",
            Role.Range => "Range",
            Role.Page => "AnnotationPage",
            Role.Layer => "AnnotationCollection",
            Role.Annotation => "Annotation",
            Role.Agent => "Agent",
            _ => ContentType(src, local, defaultType ?? "Dataset"),
        };

        bool typeArray = src.TryGetProperty("@type", out JsonElement rawType) && rawType.ValueKind != JsonValueKind.String;
        if (typeArray)
        {
            Note(UpgradeNoteCodes.TypeInferred, at.InProp("@type").In, Child(at.Out, "type"),
                $"The @type {Kind(rawType.ValueKind)} was read as \"{type}\".", rawType);
        }
        else if (local is null ? role == Role.Content || at.In.IsRoot : !string.Equals(MapLocal(local), type, StringComparison.Ordinal))
        {
            Note(UpgradeNoteCodes.TypeInferred, written is null ? at.In : Child(at.In, src.TryGetProperty("@type", out _) ? "@type" : "type"),
                Child(at.Out, "type"),
                written is null ? $"The resource has no @type; it is a {type} here." : $"The @type \"{written}\" is read as {type} in this place.",
                written is null ? null : src.GetProperty(src.TryGetProperty("@type", out _) ? "@type" : "type"));
        }

        return type;
    }

    /// <summary>Strips the 2.x vocabulary prefixes (<c>sc:</c>, <c>oa:</c>, <c>dctypes:</c>, …), any case.</summary>
    internal static string LocalName(string type)
    {
        type = type.Trim();
        int colon = type.IndexOf(':');
        if (colon > 0 && !type.Contains("//"))
        {
            return type.Substring(colon + 1);
        }

        int slash = Math.Max(type.LastIndexOf('/'), type.LastIndexOf('#'));
        return slash >= 0 && type.Contains("//") ? type.Substring(slash + 1) : type;
    }

    /// <summary>The 3.0 name of a 2.x local type name.</summary>
    private static string MapLocal(string local) => local.ToLowerInvariant() switch
    {
        "annotationlist" => "AnnotationPage",
        "layer" => "AnnotationCollection",
        "movingimage" => "Video",
        "stillimage" => "Image",
        "image" => "Image",
        "sound" or "audio" => "Sound",
        "video" => "Video",
        "text" => "Text",
        "dataset" => "Dataset",
        "model" or "physicalobject" => "Model",
        "choice" => "Choice",
        "specificresource" => "SpecificResource",
        "textualbody" or "contentastext" or "tag" => "TextualBody",
        "manifest" => "Manifest",
        "collection" => "Collection",
        "canvas" => "Canvas",
        "range" => "Range",
        "annotation" => "Annotation",
        "annotationpage" => "AnnotationPage",
        "annotationcollection" => "AnnotationCollection",
        "agent" => "Agent",
        _ => local,
    };

    private static readonly HashSet<string> s_contentTypes = new(StringComparer.Ordinal)
    {
        "Image", "Sound", "Video", "Text", "Dataset", "Model", "Choice", "SpecificResource", "TextualBody",
        "Manifest", "Collection", "Canvas", "Range", "AnnotationPage", "AnnotationCollection", "Annotation",
    };

    private static string ContentType(JsonElement src, string? local, string fallback)
    {
        if (src.TryGetProperty("chars", out _))
        {
            return "TextualBody";
        }

        if (local is not null && s_contentTypes.Contains(MapLocal(local)))
        {
            return MapLocal(local);
        }

        if (StringOf(src, "format") is { } format)
        {
            format = format.Trim().ToLowerInvariant();
            if (format.StartsWith("image/", StringComparison.Ordinal)) return "Image";
            if (format.StartsWith("audio/", StringComparison.Ordinal)) return "Sound";
            if (format.StartsWith("video/", StringComparison.Ordinal)) return "Video";
            if (format.StartsWith("model/", StringComparison.Ordinal)) return "Model";
            if (format.StartsWith("text/", StringComparison.Ordinal) || format.StartsWith("application/pdf", StringComparison.Ordinal)) return "Text";
            if (format.StartsWith("application/", StringComparison.Ordinal)) return "Dataset";
        }

        if (src.TryGetProperty("default", out _) || src.TryGetProperty("item", out _))
        {
            return "Choice";
        }

        if (src.TryGetProperty("full", out _))
        {
            return "SpecificResource";
        }

        return local is { Length: > 0 } && !local.Contains("/") ? local : fallback;
    }

    /// <summary>One property of the input, in input order.</summary>
    private void Property(JsonElement src, JsonObject dst, Role role, string type, string key, JsonElement value, At at, bool reference)
    {
        switch (key)
        {
            case "@id":
            case "@type":
                return;
            case "id":
                if (src.TryGetProperty("@id", out JsonElement atId) && !string.Equals(IdOf(value), atId.GetString(), StringComparison.Ordinal))
                {
                    Note(UpgradeNoteCodes.ValueDropped, at.InProp("id").In, null, "The resource has both @id and id; @id was kept.", value);
                }

                return;
            case "type":
                if (src.TryGetProperty("@type", out _))
                {
                    Note(UpgradeNoteCodes.ValueDropped, at.InProp("type").In, null, "The resource has both @type and type; @type was read.", value);
                }

                return;
            case "@context" when at.In.IsRoot:
                return; // the document's own: see TopContext
            case "@context":
                NestedContext(value, at.InProp(key));
                return;
            case "label":
                Set(dst, "label", LanguageMap(value, at.Prop(key), html: false));
                return;
            case "thumbnail":
                Set(dst, "thumbnail", Linked(value, at.Prop(key), "Image", needsLabel: false));
                return;
            case "rendering":
                Set(dst, "rendering", Linked(value, at.Prop(key), "Text", needsLabel: true));
                return;
            case "seeAlso":
                Set(dst, "seeAlso", Linked(value, at.Prop(key), "Dataset", needsLabel: false));
                return;
            case "partOf":
                Set(dst, "partOf", Linked(value, at.Prop(key), PartOfType(role), needsLabel: false));
                return;
            case "service":
                Set(dst, "service", Services(value, at.Prop(key)));
                return;
            case "within" when role != Role.Range:
                Set(dst, "partOf", Linked(value, at.Prop(key, "partOf"), PartOfType(role), needsLabel: false));
                return;
            case "within":
                return; // a Range's parent: the range tree places it.
            case "viewingHint":
            case "behavior":
                Behaviors(dst, role, type, value, at.Prop(key, "behavior"));
                return;
            case "viewingDirection" when role is Role.Manifest or Role.Collection or Role.Range:
                Set(dst, "viewingDirection", ViewingDirection(value, at.Prop(key)));
                return;
            case "navDate" when role is Role.Manifest or Role.Collection or Role.Canvas or Role.Range:
                Set(dst, "navDate", NavDate(value, at.Prop(key)));
                return;
            case "height":
            case "width":
                Set(dst, key, Dimension(value, at.Prop(key)));
                return;
            case "duration":
                Set(dst, key, Duration(value, at.Prop(key)));
                return;
            case "format" when role == Role.Content:
                Set(dst, key, Format(value, at.Prop(key)));
                return;
            case "startCanvas" when role is Role.Manifest or Role.Range:
            case "start" when role is Role.Manifest or Role.Range:
                Set(dst, "start", Start(value, at.Prop(key, "start")));
                return;
            case "otherContent" when role is Role.Canvas or Role.Manifest or Role.Range or Role.Content or Role.Collection:
                Set(dst, "annotations", PageList(value, at.Prop(key, "annotations")));
                return;
        }

        if (RoleProperty(src, dst, role, type, key, value, at, reference))
        {
            return;
        }

        // Anything else carries over as an extension, in place.
        if (!dst.ContainsKey(key))
        {
            dst[key] = Copy(value, Child(at.In, key));
        }
        else
        {
            Note(UpgradeNoteCodes.ValueDropped, Child(at.In, key), null, $"\"{key}\" was already set from another property; this value was left out.", value);
        }
    }

    /// <summary>The properties particular to one role.</summary>
    private bool RoleProperty(JsonElement src, JsonObject dst, Role role, string type, string key, JsonElement value, At at, bool reference)
    {
        switch (role)
        {
            case Role.Manifest when key is "sequences" or "structures":
                return true; // settled in Require, which needs all of them.
            case Role.Collection when key is "collections" or "manifests" or "members":
                return true;
            case Role.Collection when key is "first" or "last" or "total" or "next" or "prev" or "startIndex":
                dst[key] = Copy(value, Child(at.In, key));
                Note(UpgradeNoteCodes.PagingKept, at.Prop(key), $"Collection paging (\"{key}\") was kept as read; pages are not fetched.");
                return true;
            case Role.Canvas when key == "images":
                Images(dst, value, at.Prop(key, "items"));
                return true;
            case Role.Range when key is "ranges" or "canvases" or "members" or "within":
                return true; // the range tree
            case Role.Range when key == "contentLayer":
                Set(dst, "supplementary", Layer(value, at.Prop(key, "supplementary")));
                return true;
            case Role.Page when key == "resources":
                ListItems(dst, value, at.Prop(key, "items"));
                return true;
            case Role.Page when key is "next" or "prev" or "first" or "last":
                Set(dst, key, Reference(value, at.Prop(key), "AnnotationPage"));
                return true;
            case Role.Layer when key is "first" or "last":
                Set(dst, key, Reference(value, at.Prop(key), "AnnotationPage"));
                return true;
            case Role.Layer when key == "otherContent":
                LayerPages(dst, value, at.Prop(key));
                return true;
            case Role.Annotation:
                return AnnotationProperty(dst, key, value, at);
            case Role.Content:
                return ContentProperty(src, dst, type, key, value, at);
            default:
                return false;
        }
    }

    private static string PartOfType(Role role) => role switch
    {
        Role.Canvas => "Manifest",
        Role.Page => "AnnotationCollection",
        Role.Range => "Manifest",
        _ => "Collection",
    };

    /// <summary>Sets an output property, leaving out what holds nothing: no value, an empty list, an empty
    /// summary (an empty label stays, for <see cref="RequireLabel"/> to fill).</summary>
    private static void Set(JsonObject dst, string key, JsonNode? value)
    {
        bool empty = value is null || value is JsonArray { Count: 0 } || (value is JsonObject { Count: 0 } && key == "summary");
        if (!empty)
        {
            dst[key] = value;
        }
    }

    // ---- deferred: descriptive and rights properties ---------------------------------------------

    /// <summary>Settles the properties that depend on each other (UPGRADE.md §2.2): 3.0 values present
    /// win, 2.x values they displace go to <c>metadata</c>.</summary>
    private void Settle(JsonObject dst, Role role, string type, Dictionary<string, (JsonElement Value, At At)> deferred, At at)
    {
        var metadata = new JsonArray();
        At metadataAt = at.OutProp("metadata");
        if (deferred.TryGetValue("metadata", out var md))
        {
            Metadata(md.Value, at.Prop("metadata"), metadata);
        }

        void AddPair(JsonObject label, JsonObject value, string code, At from, string message, JsonElement? original)
        {
            metadata.Push(new JsonObject { ["label"] = label, ["value"] = value });
            Note(code, from.In, Child(metadataAt.Out, metadata.Count - 1), message, original);
        }

        // summary / description
        if (deferred.TryGetValue("summary", out var summary3))
        {
            Set(dst, "summary", LanguageMap(summary3.Value, new At(summary3.At.In, Child(at.Out, "summary"), at.Base), html: true));
        }

        if (deferred.TryGetValue("description", out var description))
        {
            bool toMetadata = _options.DescriptionTarget == DescriptionTarget.Metadata || dst.ContainsKey("summary");
            if (toMetadata)
            {
                JsonObject map = LanguageMap(description.Value, new At(description.At.In, Child(metadataAt.Out, metadata.Count), at.Base).OutProp("value"), html: true);
                if (map.Count > 0)
                {
                    metadata.Push(new JsonObject { ["label"] = PlainLabel("Description"), ["value"] = map });
                }
            }
            else
            {
                Set(dst, "summary", LanguageMap(description.Value, new At(description.At.In, Child(at.Out, "summary"), at.Base), html: true));
            }
        }

        // requiredStatement / attribution
        if (deferred.TryGetValue("requiredStatement", out var statement))
        {
            Set(dst, "requiredStatement", RequiredStatement(statement.Value, new At(statement.At.In, Child(at.Out, "requiredStatement"), at.Base)));
        }

        string? plainAttribution = null;
        if (deferred.TryGetValue("attribution", out var attribution))
        {
            plainAttribution = PlainText(attribution.Value);
            bool toMetadata = dst.ContainsKey("requiredStatement");
            At valueAt = toMetadata
                ? new At(attribution.At.In, Child(Child(metadataAt.Out, metadata.Count), "value"), at.Base)
                : new At(attribution.At.In, Child(Child(at.Out, "requiredStatement"), "value"), at.Base);
            JsonObject value = LanguageMap(attribution.Value, valueAt, html: true);
            if (value.Count > 0)
            {
                if (toMetadata)
                {
                    metadata.Push(new JsonObject { ["label"] = MapOf(_options.AttributionLabel), ["value"] = value });
                }
                else
                {
                    dst["requiredStatement"] = new JsonObject { ["label"] = MapOf(_options.AttributionLabel), ["value"] = value };
                }
            }
        }

        // rights / license
        if (deferred.TryGetValue("rights", out var rights3))
        {
            License(dst, rights3.Value, new At(rights3.At.In, Child(at.Out, "rights"), at.Base), metadata, metadataAt);
        }

        if (deferred.TryGetValue("license", out var license))
        {
            License(dst, license.Value, new At(license.At.In, Child(at.Out, "rights"), at.Base), metadata, metadataAt);
        }

        // homepage / related
        if (deferred.TryGetValue("homepage", out var homepage3))
        {
            Set(dst, "homepage", Linked(homepage3.Value, new At(homepage3.At.In, Child(at.Out, "homepage"), at.Base), "Text", needsLabel: true));
        }

        if (deferred.TryGetValue("related", out var related))
        {
            int index = 0;
            bool array = related.Value.ValueKind == JsonValueKind.Array;
            foreach (JsonElement item in Items(related.Value))
            {
                At itemAt = array ? related.At.InIndex(index) : related.At;
                index++;
                string? uri = IdOf(item);
                string? format = StringOf(item, "format");
                if (uri is null)
                {
                    if (item.ValueKind == JsonValueKind.Object && item.EnumerateObject().Any())
                    {
                        AddPair(MapOf(_options.RelatedLabel), LanguageMap(item, itemAt, html: true), UpgradeNoteCodes.RelatedToMetadata, itemAt,
                            "A related entry without a URI went to metadata.", item);
                    }
                    else
                    {
                        Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, "An empty related entry was left out.", item);
                    }

                    continue;
                }

                bool html = format is null || format.Trim().StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
                if (html && !dst.ContainsKey("homepage"))
                {
                    At homeAt = new(itemAt.In, Child(Child(at.Out, "homepage"), 0), at.Base);
                    dst["homepage"] = new JsonArray(LinkedItem(item, homeAt, "Text", needsLabel: true, position: 1));
                    continue;
                }

                string text = StringOf(item, "label") ?? (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("label", out JsonElement l) ? PlainText(l) : null) ?? uri;
                string link = $"<a href=\"{EscapeHtml(uri)}\">{EscapeHtml(text)}</a>";
                AddPair(MapOf(_options.RelatedLabel), PlainMap(link), UpgradeNoteCodes.RelatedToMetadata, itemAt,
                    "A related link went to metadata, as 3.0 has one homepage per purpose.", item);
            }
        }

        // provider / logo
        if (deferred.TryGetValue("provider", out var provider3))
        {
            Set(dst, "provider", Agents(provider3.Value, new At(provider3.At.In, Child(at.Out, "provider"), at.Base)));
        }

        if (deferred.TryGetValue("logo", out var logo))
        {
            Logo(dst, logo.Value, logo.At, at, plainAttribution);
        }

        if (metadata.Count > 0)
        {
            dst["metadata"] = metadata;
        }
    }

    private static JsonObject PlainLabel(string english) => new() { ["en"] = new JsonArray(english) };

    /// <summary>The text of a 2.x language value, without markup, for a label.</summary>
    private static string? PlainText(JsonElement value)
    {
        foreach (JsonElement item in Items(value))
        {
            string? text = item.ValueKind == JsonValueKind.String ? item.GetString()
                : StringOf(item, "@value") ?? StringOf(item, "value");
            if (text is not null)
            {
                return System.Text.RegularExpressions.Regex.Replace(text, "<[^>]*>", string.Empty).Trim();
            }
        }

        return null;
    }

    private void Metadata(JsonElement value, At at, JsonArray metadata)
    {
        NoteLone(value, at.In, at.Out, "metadata");
        int index = 0;
        bool array = value.ValueKind == JsonValueKind.Array;
        foreach (JsonElement item in Items(value))
        {
            At itemAt = array ? at.Index(index, metadata.Count) : at.OutIndex(metadata.Count);
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                if (item.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    metadata.Push(new JsonObject { ["label"] = PlainMap(""), ["value"] = LanguageMap(item, itemAt.OutProp("value"), html: true) });
                    Note(UpgradeNoteCodes.ValueCoerced, itemAt, "A metadata entry that is not a label/value pair became the value of one with an empty label.", item);
                }
                else
                {
                    Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, $"A metadata entry must be an object, not {Kind(item.ValueKind)}.", item);
                }

                continue;
            }

            var entry = new JsonObject();
            foreach (string half in new[] { "label", "value" })
            {
                JsonObject? map = item.TryGetProperty(half, out JsonElement part)
                    ? LanguageMap(part, itemAt.Prop(half), html: half == "value")
                    : null;
                if (map is null || map.Count == 0)
                {
                    Note(UpgradeNoteCodes.ValueDropped, map is null ? itemAt.In : itemAt.InProp(half).In, Child(itemAt.Out, half),
                        $"The metadata entry has no {half}; an empty one was supplied.", map is null ? null : part);
                    map = PlainMap("");
                }

                entry[half] = map;
            }

            foreach (JsonProperty extra in item.EnumerateObject())
            {
                if (extra.Name is not ("label" or "value") && !entry.ContainsKey(extra.Name))
                {
                    entry[extra.Name] = Copy(extra.Value, Child(itemAt.In, extra.Name));
                }
            }

            metadata.Push(entry);
        }
    }

    private JsonObject? RequiredStatement(JsonElement value, At at)
    {
        if (value.ValueKind == JsonValueKind.Object && (value.TryGetProperty("label", out _) || value.TryGetProperty("value", out _)))
        {
            var result = new JsonObject
            {
                ["label"] = value.TryGetProperty("label", out JsonElement label) ? LanguageMap(label, at.Prop("label"), html: false) : MapOf(_options.AttributionLabel),
                ["value"] = value.TryGetProperty("value", out JsonElement text) ? LanguageMap(text, at.Prop("value"), html: true) : PlainMap(""),
            };
            return result;
        }

        Note(UpgradeNoteCodes.ValueCoerced, at, "requiredStatement was not a label/value pair; its text became the value.", value);
        return new JsonObject { ["label"] = MapOf(_options.AttributionLabel), ["value"] = LanguageMap(value, at.OutProp("value"), html: true) };
    }

    /// <summary><c>license</c> to <c>rights</c> and a License pair (UPGRADE.md §2.3).</summary>
    private void License(JsonObject dst, JsonElement value, At at, JsonArray metadata, At metadataAt)
    {
        var rest = new JsonArray();
        var restOriginals = new List<string>();
        int index = 0;
        bool array = value.ValueKind == JsonValueKind.Array;
        foreach (JsonElement item in Items(value))
        {
            At itemAt = array ? at.InIndex(index) : at;
            index++;
            string? text = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => IdOf(item) ?? StringOf(item, "@value") ?? StringOf(item, "value"),
                _ => null,
            };
            if (text is null || text.Trim().Length == 0)
            {
                Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, "An empty license was left out.", item);
                continue;
            }

            string? match = null;
            bool whole = false;
            foreach (string candidate in LicenseCandidates(text))
            {
                if (RightsUris.Normalize(candidate) is { } uri)
                {
                    match = uri;
                    whole = ReferenceEquals(candidate, text) || string.Equals(candidate.Trim(), text.Trim(), StringComparison.Ordinal);
                    break;
                }
            }

            if (match is not null && !dst.ContainsKey("rights"))
            {
                dst["rights"] = match;
                if (!string.Equals(match, text, StringComparison.Ordinal))
                {
                    Note(UpgradeNoteCodes.RightsNormalized, itemAt, $"The license \"{text}\" became the rights URI {match}.", item);
                }

                if (whole)
                {
                    continue;
                }
            }

            rest.Push(Html(text, itemAt, item));
            restOriginals.Add(itemAt.In);
        }

        if (rest.Count > 0)
        {
            metadata.Push(new JsonObject { ["label"] = MapOf(_options.LicenseLabel), ["value"] = new JsonObject { ["none"] = rest } });
            Note(UpgradeNoteCodes.LicenseToMetadata, at.In, Child(metadataAt.Out, metadata.Count - 1),
                "License text or URIs that rights cannot hold (rights takes one Creative Commons or RightsStatements.org URI) went to a metadata entry.",
                value);
        }
    }

    private void Logo(JsonObject dst, JsonElement value, At logoAt, At at, string? attribution)
    {
        JsonArray providers;
        if (dst["provider"] is JsonArray { Count: > 0 } existing)
        {
            providers = existing;
        }
        else
        {
            JsonObject agent;
            if (_options.Provider is { } configured)
            {
                agent = (JsonObject)JsonNode.Parse(IiifJson.SerializeToUtf8Bytes(configured, new IiifWriteOptions { Indented = false }))!;
            }
            else
            {
                At agentAt = new(logoAt.In, Child(Child(at.Out, "provider"), 0), at.Base);
                string id = MintQuiet(at, "provider", 1);
                agent = new JsonObject
                {
                    ["id"] = id,
                    ["type"] = "Agent",
                    ["label"] = PlainMap(attribution ?? string.Empty),
                };
                Note(UpgradeNoteCodes.ProviderSynthesized, agentAt,
                    $"3.0 puts a logo on a provider; an Agent {id} was created for it" + (attribution is null ? "." : ", labelled with the attribution."));
            }

            providers = new JsonArray(agent);
            dst["provider"] = providers;
        }

        var holder = (JsonObject)providers[0]!;
        JsonArray logos = Linked(value, new At(logoAt.In, Child(Child(Child(at.Out, "provider"), 0), "logo"), at.Base), "Image", needsLabel: false);
        if (holder["logo"] is JsonArray present)
        {
            foreach (JsonNode? logo in logos.ToArray())
            {
                logos.Remove(logo);
                present.Add(logo);
            }
        }
        else if (logos.Count > 0)
        {
            holder["logo"] = logos;
        }
    }

    private JsonArray Agents(JsonElement value, At at) => Collect(value, at, (item, itemAt, position) =>
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.Object:
                return Resource(item, Role.Agent, itemAt, position);
            case JsonValueKind.String:
                Note(UpgradeNoteCodes.LabelMissing, itemAt, "A provider given as a URI became an Agent labelled with it.");
                return new JsonObject { ["id"] = Id(item.GetString()!, itemAt.OutProp("id")), ["type"] = "Agent", ["label"] = PlainMap(item.GetString()!) };
            default:
                Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, $"A provider must be an object, not {Kind(item.ValueKind)}.", item);
                return null;
        }
    });

    // ---- behaviors ------------------------------------------------------------------------------

    /// <summary>The kind of resource a role and type make, for the behavior rules the builder also uses.</summary>
    private static ResourceKind KindOf(Role role, string type) => role switch
    {
        Role.Collection => ResourceKind.Collection,
        Role.Manifest => ResourceKind.Manifest,
        Role.Canvas => ResourceKind.Canvas,
        Role.Range => ResourceKind.Range,
        Role.Page => ResourceKind.AnnotationPage,
        Role.Layer => ResourceKind.AnnotationCollection,
        Role.Annotation => ResourceKind.Annotation,
        Role.Agent => ResourceKind.Agent,
        _ => type switch
        {
            "SpecificResource" => ResourceKind.SpecificResource,
            "Choice" => ResourceKind.Choice,
            "TextualBody" => ResourceKind.TextualBody,
            _ => ResourceKind.Content,
        },
    };

    private void Behaviors(JsonObject dst, Role role, string type, JsonElement value, At at)
    {
        JsonArray list = dst["behavior"] as JsonArray ?? [];
        int index = 0;
        foreach (JsonElement item in Items(value))
        {
            At itemAt = value.ValueKind == JsonValueKind.Array ? at.InIndex(index) : at;
            index++;
            string? hint = item.ValueKind == JsonValueKind.String ? LocalName(item.GetString()!).Trim().ToLowerInvariant() : null;
            if (hint is not null && BehaviorRules.IsKnown(hint) && BehaviorRules.IsAllowed(hint, KindOf(role, type)))
            {
                if (!list.Any(b => Text(b) == hint))
                {
                    list.Push(hint);
                }

                continue;
            }

            string why = hint == "top" ? "\"top\" has no 3.0 behavior: a Range in structures is already at the top"
                : hint is not null && BehaviorRules.IsKnown(hint) ? $"\"{hint}\" is not a behavior of a {role}"
                : $"{Describe(item)} is not a 3.0 behavior";
            Note(UpgradeNoteCodes.BehaviorDropped, itemAt.In, null, why + "; it was left out.", item);
        }

        if (list.Count > 0)
        {
            dst["behavior"] = list;
        }
    }

    // ---- @context -------------------------------------------------------------------------------

    private static readonly string[] s_knownContexts =
    [
        "http://iiif.io/api/presentation/2/context.json",
        "http://iiif.io/api/presentation/3/context.json",
        "http://iiif.io/api/image/1/context.json",
        "http://iiif.io/api/image/2/context.json",
        "http://iiif.io/api/image/3/context.json",
        "http://library.stanford.edu/iiif/image-api/1.1/context.json",
        "http://www.w3.org/ns/anno.jsonld",
        "http://www.w3.org/ns/oa.jsonld",
        "http://www.w3.org/ns/oa-context-20130208.json",
    ];

    private static bool IsKnownContext(string uri) => s_knownContexts.Any(known => IiifContexts.SameUri(uri, known));

    /// <summary>A nested <c>@context</c>: Presentation, Image and OA contexts go, others move to the top.</summary>
    private void NestedContext(JsonElement value, At at)
    {
        int index = 0;
        foreach (JsonElement item in Items(value))
        {
            string itemIn = value.ValueKind == JsonValueKind.Array ? Child(at.In, index) : at.In;
            index++;
            if (item.ValueKind == JsonValueKind.String && IsKnownContext(item.GetString()!))
            {
                Note(UpgradeNoteCodes.ContextMoved, itemIn, null, $"The nested @context {item.GetString()} was removed: 3.0 declares its context once, at the top.");
                continue;
            }

            AddTopContext(item);
            Note(UpgradeNoteCodes.ContextMoved, itemIn, "/@context", "A nested @context moved to the top of the document.");
        }
    }

    private void AddTopContext(JsonElement item)
    {
        string raw = item.GetRawText();
        if (!_movedContexts.Any(c => c.ToJsonString() == JsonNode.Parse(raw, documentOptions: s_deep)!.ToJsonString()))
        {
            _movedContexts.Add(JsonNode.Parse(raw, documentOptions: s_deep)!);
        }
    }

    // ---- closed classes -------------------------------------------------------------------------

    private void CloseClass(JsonObject dst, Role role, At at)
    {
        HashSet<string> allowed = role == Role.Manifest ? s_manifestKeys : s_pageKeys;
        foreach (string key in dst.Select(p => p.Key).ToList())
        {
            if (allowed.Contains(key))
            {
                continue;
            }

            string inKey = s_sources.TryGetValue(key, out string? source) ? source : key;
            if (_options.StrictSchema)
            {
                JsonNode? removed = dst[key];
                dst.Remove(key);
                using JsonDocument original = JsonDocument.Parse(removed?.ToJsonString() ?? "null", s_deep);
                Note(UpgradeNoteCodes.ClosedClassExtension, Child(at.In, inKey), null,
                    $"The schema allows no \"{key}\" on {(role == Role.Manifest ? "a Manifest" : "an AnnotationPage")}; under StrictSchema it was removed.", original.RootElement);
            }
            else
            {
                Note(UpgradeNoteCodes.ClosedClassExtension, Child(at.In, inKey), Child(at.Out, key),
                    $"The schema allows no \"{key}\" on {(role == Role.Manifest ? "a Manifest" : "an AnnotationPage")}; it was kept, so the schema will report it.");
            }
        }
    }
}
