using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>Lists the texts and numbers of a JSON document, for the "nothing lost" checks.</summary>
public static class ValueCensus
{
    public static IEnumerable<(string Pointer, string Value)> Values(JsonElement element, string pointer = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (property.Name is "@context")
                    {
                        continue;
                    }

                    foreach (var value in Values(property.Value, pointer + "/" + property.Name))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    foreach (var value in Values(item, pointer + "/" + index++))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValueKind.String:
                yield return (pointer, element.GetString()!);
                break;
            case JsonValueKind.Number:
                yield return (pointer, Number(element));
                break;
        }
    }

    public static void Collect(JsonElement element, HashSet<string> into, bool includeKeys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (includeKeys)
                    {
                        into.Add(property.Name);
                    }

                    Collect(property.Value, into, includeKeys);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, into, includeKeys);
                }

                break;
            case JsonValueKind.String:
                into.Add(element.GetString()!);
                into.Add(element.GetString()!.Trim());
                break;
            case JsonValueKind.Number:
                into.Add(Number(element));
                break;
        }
    }

    /// <summary>Whether a value is found: as is, trimmed, or inside a kept text (wrapped HTML, a link).</summary>
    public static bool Found(string value, HashSet<string> kept)
    {
        if (kept.Contains(value) || kept.Contains(value.Trim()) || value.Trim().Length == 0)
        {
            return true;
        }

        int hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0 && Found(value.Substring(0, hash), kept) && Found(value.Substring(hash + 1), kept))
        {
            return true; // a Canvas fragment, now a SpecificResource's source and selector
        }

        string escaped = value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
        // Inside markup the upgrader made: a <span> around HTML, an <a href> for a related link, an escaped &.
        foreach (string text in kept)
        {
            if (text.Length > value.Length && text.StartsWith('<') &&
                (text.Contains(value, StringComparison.Ordinal) || text.Contains(escaped, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>JSON-LD keywords and vocabulary values (types, motivations, hints, contexts), which 3.0 renames.</summary>
    public static bool IsVocabulary(string value)
    {
        string v = value.Trim();
        int colon = v.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !v.Contains("//", StringComparison.Ordinal) && v.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return true; // sc:Manifest, oa:painting, dctypes:Image, rdf:nil
        }

        return s_vocabulary.Contains(v.ToLowerInvariant()) ||
            v.StartsWith("http://iiif.io/api/", StringComparison.OrdinalIgnoreCase) && v.EndsWith("context.json", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> s_vocabulary = new(StringComparer.Ordinal)
    {
        "top", "individuals", "paged", "continuous", "multi-part", "non-paged", "facing-pages",
        "left-to-right", "right-to-left", "top-to-bottom", "bottom-to-top", "painting", "commenting",
        "manifest", "collection", "canvas", "range", "annotation", "sequence", "layer", "annotationlist",
        "image", "sound", "video", "text", "dataset",
    };

    private static string Number(JsonElement element) =>
        element.TryGetInt64(out long integer) ? integer.ToString(CultureInfo.InvariantCulture) : element.GetDouble().ToString("R", CultureInfo.InvariantCulture);
}
