using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

using static Iiif.Presentation.Tests.Upgrading.JsonLookup;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// What a viewer shows does not change (issue "Upgrade Presentation 2.x"): for every 2.x Manifest of the
/// corpus, the upgraded Manifest has the same canvases in the same order with the same ids, sizes,
/// durations and painted image URLs, the same label and metadata, the same ranges and viewing direction.
/// Each side is read by its own version's rules here, independently of the upgrader.
/// </summary>
[TestFixture]
public sealed class ViewerEquivalenceTests
{
    private static IEnumerable<CorpusFile> V2Manifests() => CorpusFiles.Files("v2").Where(f =>
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(f.FullPath));
        return Str(document.RootElement, "@type") is { } type && type.EndsWith("Manifest", StringComparison.OrdinalIgnoreCase);
    });

    [Test]
    public void V2Manifests_AreTheCorpusCount()
    {
        V2Manifests().Should().HaveCount(160, "the corpus README counts 160 2.x Manifests");
    }

    [TestCaseSource(nameof(V2Manifests))]
    public void Upgrade_V2Manifest_ShowsTheSameDocument(CorpusFile file)
    {
        byte[] input = File.ReadAllBytes(file.FullPath);
        string output = IiifJson.Serialize(IiifUpgrader.Upgrade(input).Resource);
        using JsonDocument v2 = JsonDocument.Parse(input);
        using JsonDocument v3 = JsonDocument.Parse(output);
        JsonElement before = v2.RootElement;
        JsonElement after = v3.RootElement;

        Texts(Prop(after, "label")).Where(t => t.Length > 0).Should().Equal(Texts(Prop(before, "label")).Where(t => t.Length > 0),
            "the label reads the same (a missing one is an empty one)");
        V3Metadata(after).Take(V2Metadata(before).Count).Should().BeEquivalentTo(V2Metadata(before), o => o.WithStrictOrdering(),
            "the metadata entries come first, in order, with the same texts");
        V3Direction(after).Should().Be(V2Direction(before), "the viewing direction is kept");

        var canvasesBefore = V2Canvases(before);
        var canvasesAfter = V3Canvases(after);
        canvasesAfter.Select(c => c.Id).Should().Equal(canvasesBefore.Select(c => c.Id), "the same canvases, in the same order");
        canvasesAfter.Should().BeEquivalentTo(canvasesBefore, o => o.WithStrictOrdering(), "each canvas keeps its size, duration and painted images");

        V3Ranges(after).Should().BeEquivalentTo(V2Ranges(before), "the same ranges, with the same labels and canvases");
    }

    // ---- the 2.x side -------------------------------------------------------------------------------

    private sealed record CanvasView(string Id, int? Width, int? Height, double? Duration, List<string> Images);

    private static List<CanvasView> V2Canvases(JsonElement manifest)
    {
        var result = new List<CanvasView>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool first = true;
        foreach (JsonElement sequence in Items(Prop(manifest, "sequences")))
        {
            var inThisSequence = new List<string>();
            foreach (JsonElement canvas in Items(Prop(sequence, "canvases")))
            {
                string id = Uri(Str(canvas, "@id") ?? canvas.GetString()!);
                inThisSequence.Add(id);

                // The first sequence is shown as it is; a later one adds only the canvases it alone has.
                if (!first && seen.Contains(id))
                {
                    continue;
                }

                var images = new List<string>();
                foreach (JsonElement image in Items(Prop(canvas, "images")))
                {
                    JsonElement resource = image.TryGetProperty("resource", out JsonElement r) ? r : image;
                    string nearest = Str(image, "@id") is { } annotationId && System.Uri.TryCreate(annotationId, UriKind.Absolute, out _) ? annotationId : id;
                    images.AddRange(V2ImageUrls(resource).Select(url => Resolve(url, nearest)));
                }

                int? width = Int(Prop(canvas, "width"));
                int? height = Int(Prop(canvas, "height"));
                if (width is null && height is null && images.Count == 1 && Items(Prop(canvas, "images")).FirstOrDefault() is { ValueKind: JsonValueKind.Object } only &&
                    Prop(only, "resource") is { ValueKind: JsonValueKind.Object } body)
                {
                    // documented: a sizeless Canvas takes the size of its only image
                    width = Int(Prop(body, "width"));
                    height = Int(Prop(body, "height"));
                }

                result.Add(new CanvasView(id, width, height, Number(Prop(canvas, "duration")), images));
            }

            seen.UnionWith(inThisSequence);
            first = false;
        }

        return result;
    }

    private static IEnumerable<string> V2ImageUrls(JsonElement resource)
    {
        if (resource.ValueKind == JsonValueKind.String)
        {
            yield return Uri(resource.GetString()!);
            yield break;
        }

        string? type = Str(resource, "@type");
        if (type is not null && type.EndsWith("Choice", StringComparison.OrdinalIgnoreCase))
        {
            foreach (string part in new[] { "default", "item" })
            {
                foreach (JsonElement item in Items(Prop(resource, part)))
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString()!.EndsWith("nil", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (string url in V2ImageUrls(item))
                    {
                        yield return url;
                    }
                }
            }

            yield break;
        }

        if (Prop(resource, "full") is { ValueKind: not JsonValueKind.Undefined } full)
        {
            foreach (string url in V2ImageUrls(full))
            {
                yield return url;
            }

            yield break;
        }

        if (Str(resource, "@id") is { } id)
        {
            // documented: an image whose id is its Image service's URI takes the service's full image
            foreach (JsonElement service in Items(Prop(resource, "service")))
            {
                if (Str(service, "@id") is { } serviceId && serviceId.TrimEnd('/') == id.Trim().TrimEnd('/'))
                {
                    string extension = Str(resource, "format") switch
                    {
                        "image/png" => "png",
                        "image/gif" => "gif",
                        "image/webp" => "webp",
                        "image/tiff" => "tif",
                        _ => "jpg",
                    };
                    id = serviceId.TrimEnd('/') + "/full/full/0/default." + extension;
                    break;
                }
            }

            yield return Uri(id);
        }
    }

    /// <summary>An image URL as 3.0 has it: a relative one (documented) resolved against the nearest enclosing id.</summary>
    private static string Resolve(string url, string canvasId) =>
        System.Uri.TryCreate(url, UriKind.Absolute, out _) ? url : new System.Uri(new System.Uri(canvasId), url).AbsoluteUri;

    private static List<(List<string> Label, List<string> Value)> V2Metadata(JsonElement resource) =>
        Items(Prop(resource, "metadata")).Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(e => (Shown(Prop(e, "label")), Shown(Prop(e, "value"))))
            .ToList();

    private static string V2Direction(JsonElement manifest)
    {
        string? direction = Items(Prop(manifest, "sequences")).Select(s => Str(s, "viewingDirection")).FirstOrDefault(d => d is not null)
            ?? Str(manifest, "viewingDirection");
        return (direction ?? "left-to-right").Replace("sc:", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();
    }

    /// <summary>Every range, by id: its label and all canvases in it and in the ranges below it.</summary>
    private static Dictionary<string, (List<string> Label, SortedSet<string> Canvases)> V2Ranges(JsonElement manifest)
    {
        var ranges = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        void Index(JsonElement range)
        {
            if (Str(range, "@id") is { } id && !ranges.ContainsKey(id) &&
                (range.TryGetProperty("canvases", out _) || range.TryGetProperty("ranges", out _) || range.TryGetProperty("members", out _) || range.TryGetProperty("label", out _)))
            {
                ranges[id] = range;
            }

            foreach (string key in new[] { "ranges", "members" })
            {
                foreach (JsonElement child in Items(Prop(range, key)))
                {
                    if (child.ValueKind == JsonValueKind.Object && (child.TryGetProperty("canvases", out _) || child.TryGetProperty("ranges", out _) || child.TryGetProperty("members", out _)))
                    {
                        Index(child);
                    }
                }
            }
        }

        foreach (JsonElement range in Items(Prop(manifest, "structures")))
        {
            Index(range);
        }

        var children = ranges.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        var canvases = ranges.Keys.ToDictionary(id => id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach ((string id, JsonElement range) in ranges)
        {
            bool members = range.TryGetProperty("members", out JsonElement memberList);
            foreach (JsonElement member in members ? Items(memberList) : Items(Prop(range, "ranges")).Concat(Items(Prop(range, "canvases"))))
            {
                string? memberId = member.ValueKind == JsonValueKind.String ? member.GetString() : Str(member, "@id");
                if (memberId is null)
                {
                    continue;
                }

                if (ranges.ContainsKey(memberId))
                {
                    children[id].Add(memberId);
                }
                else if (!(Str(member, "@type") ?? string.Empty).EndsWith("Range", StringComparison.Ordinal) &&
                         !(members is false && Items(Prop(range, "ranges")).Any(r => (r.ValueKind == JsonValueKind.String ? r.GetString() : Str(r, "@id")) == memberId)))
                {
                    canvases[id].Add(Uri(memberId));
                }
            }

            foreach (JsonElement parent in Items(Prop(range, "within")))
            {
                string? parentId = parent.ValueKind == JsonValueKind.String ? parent.GetString() : Str(parent, "@id");
                if (parentId is not null && parentId != id && ranges.ContainsKey(parentId) && !children[parentId].Contains(id))
                {
                    children[parentId].Add(id);
                }
            }
        }

        var result = new Dictionary<string, (List<string>, SortedSet<string>)>(StringComparer.Ordinal);
        foreach ((string id, JsonElement range) in ranges)
        {
            var all = new SortedSet<string>(StringComparer.Ordinal);
            Collect(id, new HashSet<string>(StringComparer.Ordinal));
            void Collect(string rangeId, HashSet<string> visiting)
            {
                if (!visiting.Add(rangeId))
                {
                    return;
                }

                all.UnionWith(canvases[rangeId]);
                foreach (string child in children[rangeId])
                {
                    Collect(child, visiting);
                }
            }

            if (all.Count > 0 || children[id].Count > 0)
            {
                result[Uri(id)] = (Texts(Prop(range, "label")), all);
            }
        }

        return result;
    }

    // ---- the 3.0 side -------------------------------------------------------------------------------

    private static List<CanvasView> V3Canvases(JsonElement manifest) =>
        Items(Prop(manifest, "items")).Select(canvas => new CanvasView(
                Str(canvas, "id")!,
                Int(Prop(canvas, "width")),
                Int(Prop(canvas, "height")),
                Number(Prop(canvas, "duration")),
                Items(Prop(canvas, "items")).SelectMany(page => Items(Prop(page, "items")))
                    .SelectMany(annotation => Items(Prop(annotation, "body")))
                    .SelectMany(V3ImageUrls)
                    .ToList()))
            .ToList();

    private static IEnumerable<string> V3ImageUrls(JsonElement body)
    {
        string? type = Str(body, "type");
        if (type == "Choice")
        {
            return Items(Prop(body, "items")).SelectMany(V3ImageUrls);
        }

        if (type == "SpecificResource")
        {
            return Prop(body, "source") is { ValueKind: JsonValueKind.Object } source ? V3ImageUrls(source) : [Prop(body, "source").GetString()!];
        }

        return Str(body, "id") is { } id ? [id] : [];
    }

    private static List<(List<string> Label, List<string> Value)> V3Metadata(JsonElement resource) =>
        Items(Prop(resource, "metadata")).Select(e => (Shown(Prop(e, "label")), Shown(Prop(e, "value")))).ToList();

    /// <summary>The texts a viewer shows: an empty string (what the upgrade supplies for a missing half) shows nothing.</summary>
    private static List<string> Shown(JsonElement value) => Texts(value).Where(t => t.Length > 0).ToList();

    private static string V3Direction(JsonElement manifest) => Str(manifest, "viewingDirection") ?? "left-to-right";

    private static Dictionary<string, (List<string> Label, SortedSet<string> Canvases)> V3Ranges(JsonElement manifest)
    {
        var result = new Dictionary<string, (List<string>, SortedSet<string>)>(StringComparer.Ordinal);
        var embedded = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        void Index(JsonElement range)
        {
            if (range.TryGetProperty("items", out JsonElement items))
            {
                embedded.TryAdd(Str(range, "id")!, range);
                foreach (JsonElement item in Items(items))
                {
                    if (Str(item, "type") == "Range")
                    {
                        Index(item);
                    }
                }
            }
        }

        foreach (JsonElement range in Items(Prop(manifest, "structures")))
        {
            if (!(Items(Prop(range, "behavior")).Any(b => b.GetString() == "sequence")))
            {
                Index(range);
            }
        }

        foreach ((string id, JsonElement range) in embedded)
        {
            var all = new SortedSet<string>(StringComparer.Ordinal);
            Collect(range, new HashSet<string>(StringComparer.Ordinal));
            void Collect(JsonElement r, HashSet<string> visiting)
            {
                if (!visiting.Add(Str(r, "id")!))
                {
                    return;
                }

                foreach (JsonElement item in Items(Prop(r, "items")))
                {
                    switch (Str(item, "type"))
                    {
                        case "Canvas":
                            all.Add(Str(item, "id")!);
                            break;
                        case "SpecificResource":
                            all.Add(Str(Prop(item, "source"), "id") + "#" + Str(Prop(item, "selector"), "value"));
                            break;
                        case "Range":
                            Collect(embedded.TryGetValue(Str(item, "id")!, out JsonElement full) ? full : item, visiting);
                            break;
                    }
                }
            }

            result[id] = (Texts(Prop(range, "label")), all);
        }

        return result;
    }

    // ---- JSON helpers ----------------------------------------------------------------------------------




    private static int? Int(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => (int)Math.Round(value.GetDouble(), MidpointRounding.AwayFromZero),
        JsonValueKind.String when double.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out double d) => (int)Math.Round(d, MidpointRounding.AwayFromZero),
        _ => null,
    };

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>The texts of a 2.x language value or a 3.0 language map, markup removed, sorted. An object
    /// without @value (2.x) has no text to show.</summary>
    private static List<string> Texts(JsonElement value)
    {
        var texts = new List<string>();
        void Add(JsonElement v)
        {
            switch (v.ValueKind)
            {
                case JsonValueKind.String:
                    texts.Add(Plain(v.GetString()!));
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    texts.Add(v.GetRawText());
                    break;
                case JsonValueKind.Array:
                    foreach (JsonElement item in v.EnumerateArray())
                    {
                        Add(item);
                    }

                    break;
                case JsonValueKind.Object:
                    if (v.TryGetProperty("@value", out JsonElement atValue) || v.TryGetProperty("value", out atValue))
                    {
                        Add(atValue);
                    }
                    else if (!v.EnumerateObject().Any(p => p.Name.StartsWith('@')) && v.EnumerateObject().All(p => p.Value.ValueKind is JsonValueKind.Array))
                    {
                        foreach (JsonProperty language in v.EnumerateObject())
                        {
                            Add(language.Value);
                        }
                    }

                    break;
            }
        }

        Add(value);
        texts.Sort(StringComparer.Ordinal);
        return texts;
    }


    /// <summary>An id as 3.0 writes it: trimmed and percent-encoded (documented in UPGRADE notes as value-coerced).</summary>
    private static string Uri(string id) => Iiif.Presentation.Upgrading.IdTranslator.EncodeUri(id.Trim());
}
