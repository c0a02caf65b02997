using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>Reads either version's JSON leniently, for tests that compare a 2.x input with its 3.0 output.</summary>
public static class JsonLookup
{
    /// <summary>A property, or an undefined element when there is none (or the element is no object).</summary>
    public static JsonElement Prop(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) ? value : default;

    /// <summary>A string property, or <see langword="null"/>.</summary>
    public static string? Str(JsonElement element, string name) =>
        Prop(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>The items of an array, a lone value as one item, nothing for null or undefined.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray(),
        JsonValueKind.Undefined or JsonValueKind.Null => [],
        _ => [value],
    };

    /// <summary>Text as a reader sees it: markup removed, entities decoded, trimmed.</summary>
    public static string Plain(string text) => WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]*>", string.Empty)).Trim();
}
