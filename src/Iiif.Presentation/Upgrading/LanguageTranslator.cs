namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Language values: a 2.x string, <c>{"@value", "@language"}</c>, <c>{"value", "language"}</c> or an array of
/// them becomes a language map (<see href="https://iiif.io/api/presentation/3.0/#44-language-of-property-values"/>;
/// docs/upgrading.md, "Language values").
/// </summary>
internal sealed class LanguageTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>Makes a language map of a 2.x value; empty when the value held no text.</summary>
    /// <param name="value">The value.</param>
    /// <param name="at">Where it is in the input.</param>
    /// <param name="place">Where the map goes in the output.</param>
    /// <param name="html">Whether the property may hold HTML (<c>summary</c>, metadata values,
    /// <c>requiredStatement.value</c>), which is then made what 3.0 requires.</param>
    public LanguageMap Map(JsonElement value, At at, OutputPlace place, bool html)
    {
        var map = new LanguageMap();
        if (value.ValueKind == JsonValueKind.Object && IsLanguageMap3(value))
        {
            // Already a 3.0 language map: keep the languages, normalise the values.
            foreach (JsonProperty language in value.EnumerateObject())
            {
                string name = language.Name;
                string tag = Tag(name);
                At languageAt = at.Key(name);
                OutputPlace languagePlace = place.Then(name);
                foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(language.Value, languageAt))
                {
                    AddText(map, tag, item, itemAt, languagePlace, html);
                }
            }

            return map;
        }

        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                    bool atValue = item.TryGetProperty("@value"u8, out JsonElement text);
                    if (!atValue && !item.TryGetProperty("value"u8, out text))
                    {
                        _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, "A language value without @value has no text to carry over.", item);
                        break;
                    }

                    string? language = V2Json.StringOf(item, "@language"u8) ?? V2Json.StringOf(item, "language"u8);
                    AddText(map, language is null ? LanguageMap.NoLanguage : Tag(language), text, itemAt.Key(atValue ? "@value" : "value"), place, html);
                    break;
                case JsonValueKind.Null:
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, "A null language value was left out.");
                    break;
                default:
                    AddText(map, Tag(_context.Options.DefaultLanguage), item, itemAt, place, html);
                    break;
            }
        }

        return map;
    }

    /// <summary>Returns a map of one text without a language.</summary>
    public static LanguageMap Plain(string text) => new(LanguageMap.NoLanguage, text);

    /// <summary>Returns a copy of a map (one of the options, which the output must not share).</summary>
    public static LanguageMap Copy(LanguageMap map)
    {
        var copy = new LanguageMap();
        foreach (KeyValuePair<string, IList<string>> entry in map)
        {
            copy.Add(entry.Key, new OneOrMany<string>(entry.Value));
        }

        return copy;
    }

    /// <summary>Returns whether two maps hold the same languages, in order, with the same texts.</summary>
    public static bool Same(LanguageMap? a, LanguageMap? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        using IEnumerator<KeyValuePair<string, IList<string>>> other = b.GetEnumerator();
        foreach (KeyValuePair<string, IList<string>> entry in a)
        {
            other.MoveNext();
            if (entry.Key != other.Current.Key || entry.Value.Count != other.Current.Value.Count)
            {
                return false;
            }

            for (int i = 0; i < entry.Value.Count; i++)
            {
                if (!string.Equals(entry.Value[i], other.Current.Value[i], System.StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Adds the texts of one map to another, in order, but those it holds already in that language.</summary>
    public static void Append(LanguageMap into, LanguageMap from)
    {
        foreach (KeyValuePair<string, IList<string>> entry in from)
        {
            foreach (string text in entry.Value)
            {
                if (!into.TryGetValue(entry.Key, out IList<string>? texts) || !texts.Contains(text))
                {
                    into.Add(entry.Key, text);
                }
            }
        }
    }

    /// <summary>Normalises a language tag: trimmed, <c>_</c> to <c>-</c>, <c>@none</c> to <c>none</c>.</summary>
    private static string Tag(string tag)
    {
        tag = tag.Trim().Replace('_', '-');
        return tag.Length == 0 || tag == "@none" ? LanguageMap.NoLanguage : tag;
    }

    private static bool IsLanguageMap3(JsonElement value)
    {
        bool any = false;
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string name = V2Keys.Name(property);
            if (name.Length == 0 || name[0] == '@' || name is "value" or "language" or "type" or "format")
            {
                return false;
            }

            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (JsonElement item in property.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    return false;
                }
            }

            any = true;
        }

        return any;
    }

    private void AddText(LanguageMap map, string language, JsonElement value, At at, OutputPlace place, bool html)
    {
        string text;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = V2Json.Text(value)!;
                break;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                text = value.GetRawText();
                _context.Note(UpgradeNoteCodes.ValueCoerced, at.Path, place, $"The {V2Json.Kind(value.ValueKind).Substring(2)} {text} became text.", value);
                break;
            default:
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A language value must be text, not {V2Json.Kind(value.ValueKind)}.", value);
                return;
        }

        if (html)
        {
            text = _context.Html.Translate(text, at, place, value);
        }

        if (map.ContainsKey(language))
        {
            map.Add(language, text);
        }
        else
        {
            // One string without its list, as the reader holds a language of one value.
            map.AddEntry(language, text);
        }
    }
}
