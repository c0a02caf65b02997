using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Iiif.Presentation.Upgrading;

internal sealed partial class Upgrader
{
    // ---- language maps --------------------------------------------------------------------------

    /// <summary>
    /// Makes a language map of a 2.x value: a string, <c>{"@value", "@language"}</c>, <c>{"value",
    /// "language"}</c>, or an array of them (UPGRADE.md §2.1, "Language values").
    /// </summary>
    /// <returns>The map; empty when the value held no text.</returns>
    private JsonObject LanguageMap(JsonElement value, At at, bool html)
    {
        var map = new JsonObject();
        if (value.ValueKind == JsonValueKind.Object && IsLanguageMap3(value))
        {
            // Already a 3.0 language map: keep the languages, normalise the values.
            foreach (JsonProperty language in value.EnumerateObject())
            {
                string tag = LanguageTag(language.Name);
                int index = 0;
                foreach (JsonElement item in Items(language.Value))
                {
                    At itemAt = language.Value.ValueKind == JsonValueKind.Array
                        ? at.Prop(language.Name).InIndex(index)
                        : at.Prop(language.Name);
                    AddText(map, tag, item, itemAt, html);
                    index++;
                }
            }

            return map;
        }

        int position = 0;
        bool array = value.ValueKind == JsonValueKind.Array;
        foreach (JsonElement item in Items(value))
        {
            At itemAt = array ? at.InIndex(position) : at;
            position++;
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                    JsonElement text = default;
                    bool hasValue = item.TryGetProperty("@value", out text) || item.TryGetProperty("value", out text);
                    string? language = StringOf(item, "@language") ?? StringOf(item, "language");
                    if (!hasValue)
                    {
                        Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, "A language value without @value has no text to carry over.", item);
                        break;
                    }

                    AddText(map, language is null ? "none" : LanguageTag(language), text, itemAt.InProp(item.TryGetProperty("@value", out _) ? "@value" : "value"), html);
                    break;
                case JsonValueKind.Null:
                    Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, "A null language value was left out.");
                    break;
                default:
                    AddText(map, LanguageTag(_options.DefaultLanguage), item, itemAt, html);
                    break;
            }
        }

        return map;
    }

    private static bool IsLanguageMap3(JsonElement value)
    {
        bool any = false;
        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (property.Name.Length == 0 || property.Name[0] == '@' || property.Name is "value" or "language" or "type" or "format")
            {
                return false;
            }

            if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private void AddText(JsonObject map, string language, JsonElement value, At at, bool html)
    {
        string text;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = value.GetString()!;
                break;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                text = value.GetRawText();
                Note(UpgradeNoteCodes.ValueCoerced, at.In, at.Out, $"The {Kind(value.ValueKind).Substring(2)} {text} became text.", value);
                break;
            default:
                Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A language value must be text, not {Kind(value.ValueKind)}.", value);
                return;
        }

        if (html)
        {
            text = Html(text, at, value);
        }

        if (map[language] is not JsonArray list)
        {
            list = [];
            map[language] = list;
        }

        list.Push(text);
    }

    /// <summary>Normalises a language tag: trimmed, <c>_</c> to <c>-</c>, <c>@none</c> to <c>none</c>.</summary>
    private static string LanguageTag(string tag)
    {
        tag = tag.Trim().Replace('_', '-');
        return tag.Length == 0 || tag == "@none" ? "none" : tag;
    }

    private static JsonObject PlainMap(string text) => new() { ["none"] = new JsonArray(text) };

    private static JsonObject MapOf(LanguageMap map)
    {
        var result = new JsonObject();
        foreach (KeyValuePair<string, IList<string>> entry in (IEnumerable<KeyValuePair<string, IList<string>>>)map)
        {
            var values = new JsonArray();
            foreach (string value in entry.Value)
            {
                values.Push(value);
            }

            result[entry.Key] = values;
        }

        return result;
    }

    private static readonly Regex s_markup = new("<\\s*/?\\s*[a-zA-Z][^>]*>", RegexOptions.CultureInvariant);

    /// <summary>
    /// HTML in 3.0 must start with <c>&lt;</c>, end with <c>&gt;</c>, and be well-formed XML with one root.
    /// Bare markup is wrapped in a span; a bare <c>&amp;</c>, an HTML-only entity or an unclosed <c>&lt;br&gt;</c>
    /// is written the XML way. Text without markup is left alone.
    /// </summary>
    private string Html(string text, At at, JsonElement original)
    {
        string trimmed = text.Trim();
        bool looks = trimmed.StartsWith("<", StringComparison.Ordinal) && trimmed.EndsWith(">", StringComparison.Ordinal);
        if (!s_markup.IsMatch(text) && !looks)
        {
            return text;
        }

        if (looks && IsWellFormedHtml(text))
        {
            return Sanitized(text, at, original);
        }

        string repaired = text;
        if (!IsWellFormedHtml(repaired) && !IsWellFormedHtml("<span>" + repaired + "</span>"))
        {
            repaired = s_bareAmpersand.Replace(repaired, "&amp;");
            repaired = s_htmlEntity.Replace(repaired, m => s_entities.TryGetValue(m.Groups[1].Value, out string? code) ? code : m.Value);
            repaired = BalanceTags(repaired);
        }

        if (!(looks && IsWellFormedHtml(repaired)))
        {
            repaired = "<span>" + repaired + "</span>";
        }

        if (!IsWellFormedHtml(repaired))
        {
            // Not HTML after all (such as "<x> <y>"): shown as the text it is.
            string escaped = "<span>" + EscapeHtml(text) + "</span>";
            Note(UpgradeNoteCodes.ValueCoerced, at,
                "The text looks like HTML but is not well-formed; it was escaped, so it shows as written.", original);
            return escaped;
        }

        bool wrappedOnly = string.Equals(repaired, "<span>" + text + "</span>", StringComparison.Ordinal);
        if (!string.Equals(repaired, text, StringComparison.Ordinal))
        {
            Note(wrappedOnly ? UpgradeNoteCodes.HtmlWrapped : UpgradeNoteCodes.ValueCoerced, at,
                wrappedOnly
                    ? "The text holds HTML but is not one element; it was wrapped in <span>."
                    : "The HTML was made well-formed XML, as 3.0 requires (escaped ampersands and entities, closed empty tags, one root element).",
                original);
        }

        return Sanitized(repaired, at, original);
    }

    /// <summary>Whether text is well-formed XML with one root element and nothing outside it.</summary>
    private static bool IsWellFormedHtml(string text) => Serialization.Html.Check(text, out _) is null;

    /// <summary>
    /// Removes what 3.0 does not allow in HTML: comments, processing instructions, CDATA, tags other than
    /// a, b, br, i, img, p, small, span, sub, sup (script and style with their content), attributes other than
    /// a/@href, img/@src and img/@alt, and links that are not http(s) or mailto.
    /// </summary>
    private string Sanitized(string html, At at, JsonElement original)
    {
        var document = new System.Xml.XmlDocument { XmlResolver = null, PreserveWhitespace = true };
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null };
        using (var reader = System.Xml.XmlReader.Create(new System.IO.StringReader(html), settings))
        {
            document.Load(reader);
        }

        bool changed = Clean(document.DocumentElement!);
        if (!changed)
        {
            return html;
        }

        string cleaned = document.DocumentElement is { } root && Serialization.Html.IsAllowedElement(root.LocalName)
            ? root.OuterXml
            : "<span>" + document.DocumentElement?.InnerXml + "</span>";
        if (!IsWellFormedHtml(cleaned))
        {
            cleaned = "<span>" + EscapeHtml(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", string.Empty)) + "</span>";
        }

        Note(UpgradeNoteCodes.ValueCoerced, at, "The HTML held markup 3.0 does not allow (scripts, event attributes, comments, other tags); it was removed.", original);
        return cleaned;
    }

    private static bool Clean(System.Xml.XmlNode node)
    {
        bool changed = false;
        foreach (System.Xml.XmlNode child in new List<System.Xml.XmlNode>(node.ChildNodes.Cast<System.Xml.XmlNode>()))
        {
            switch (child.NodeType)
            {
                case System.Xml.XmlNodeType.Comment:
                case System.Xml.XmlNodeType.ProcessingInstruction:
                    node.RemoveChild(child);
                    changed = true;
                    break;
                case System.Xml.XmlNodeType.CDATA:
                    node.ReplaceChild(node.OwnerDocument!.CreateTextNode(child.Value), child);
                    changed = true;
                    break;
                case System.Xml.XmlNodeType.Element:
                    changed |= Clean(child);
                    if (child.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase) || child.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase))
                    {
                        node.RemoveChild(child);
                        changed = true;
                    }
                    else if (!Serialization.Html.IsAllowedElement(child.LocalName))
                    {
                        while (child.FirstChild is { } grandChild)
                        {
                            node.InsertBefore(child.RemoveChild(grandChild), child);
                        }

                        node.RemoveChild(child);
                        changed = true;
                    }

                    break;
            }
        }

        if (node is System.Xml.XmlElement element)
        {
            foreach (System.Xml.XmlAttribute attribute in new List<System.Xml.XmlAttribute>(element.Attributes.Cast<System.Xml.XmlAttribute>()))
            {
                string name = attribute.LocalName.ToLowerInvariant();
                bool allowed = Serialization.Html.IsAllowedAttribute(element.LocalName, name);
                bool safeLink = name is not ("href" or "src") || Serialization.Html.IsAllowedLink(attribute.Value);
                if (!allowed || !safeLink)
                {
                    element.Attributes.Remove(attribute);
                    changed = true;
                }
            }
        }

        return changed;
    }

    private static readonly Regex s_bareAmpersand = new("&(?!#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)", RegexOptions.CultureInvariant);
    private static readonly Regex s_htmlEntity = new("&([A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant);
    private static readonly Regex s_tag = new("<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> s_voidTags = new(StringComparer.OrdinalIgnoreCase) { "br", "img", "hr", "wbr" };

    /// <summary>
    /// Balances tags the way an HTML parser would: empty elements closed, a <c>&lt;p&gt;</c> closing an open
    /// one, a stray end tag dropped, and what is still open closed at the end.
    /// </summary>
    internal static string BalanceTags(string html)
    {
        var builder = new StringBuilder(html.Length + 16);
        var open = new List<string>();
        int last = 0;
        foreach (Match tag in s_tag.Matches(html))
        {
            builder.Append(html, last, tag.Index - last);
            last = tag.Index + tag.Length;
            string name = tag.Groups[2].Value.ToLowerInvariant();
            bool closing = tag.Groups[1].Length > 0;
            bool selfClosing = tag.Groups[4].Length > 0;
            if (closing)
            {
                int at = open.LastIndexOf(name);
                if (at < 0)
                {
                    continue; // a stray end tag
                }

                for (int i = open.Count - 1; i >= at; i--)
                {
                    builder.Append("</").Append(open[i]).Append('>');
                }

                open.RemoveRange(at, open.Count - at);
                continue;
            }

            if (s_voidTags.Contains(name) || selfClosing)
            {
                builder.Append('<').Append(name).Append(tag.Groups[3].Value.TrimEnd()).Append("/>");
                continue;
            }

            if (name == "p" && open.LastIndexOf("p") is int p && p >= 0)
            {
                for (int i = open.Count - 1; i >= p; i--)
                {
                    builder.Append("</").Append(open[i]).Append('>');
                }

                open.RemoveRange(p, open.Count - p);
            }

            builder.Append('<').Append(name).Append(tag.Groups[3].Value).Append('>');
            open.Add(name);
        }

        builder.Append(html, last, html.Length - last);
        for (int i = open.Count - 1; i >= 0; i--)
        {
            builder.Append("</").Append(open[i]).Append('>');
        }

        return builder.ToString();
    }

    private static readonly Dictionary<string, string> s_entities = new(StringComparer.Ordinal)
    {
        ["nbsp"] = "&#160;", ["copy"] = "&#169;", ["reg"] = "&#174;", ["mdash"] = "&#8212;", ["ndash"] = "&#8211;",
        ["hellip"] = "&#8230;", ["laquo"] = "&#171;", ["raquo"] = "&#187;", ["ldquo"] = "&#8220;", ["rdquo"] = "&#8221;",
        ["lsquo"] = "&#8216;", ["rsquo"] = "&#8217;", ["eacute"] = "&#233;", ["egrave"] = "&#232;", ["aacute"] = "&#225;",
        ["agrave"] = "&#224;", ["uuml"] = "&#252;", ["ouml"] = "&#246;", ["auml"] = "&#228;", ["szlig"] = "&#223;",
        ["middot"] = "&#183;", ["deg"] = "&#176;", ["sect"] = "&#167;", ["para"] = "&#182;",
    };

    // ---- scalars --------------------------------------------------------------------------------

    /// <summary>A height or width: a non-negative integer; numeric strings and fractions are coerced.</summary>
    private JsonNode? Dimension(JsonElement value, At at)
    {
        double number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int exact) && exact >= 0)
        {
            return exact;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            number = value.GetDouble();
        }
        else if (value.ValueKind != JsonValueKind.String ||
                 !double.TryParse(value.GetString()!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A size must be a number, not {Describe(value)}.", value);
            return null;
        }

        if (number < 0 || number > int.MaxValue || double.IsNaN(number))
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"The size {value.GetRawText()} is out of range.", value);
            return null;
        }

        int result = (int)Math.Round(number, MidpointRounding.AwayFromZero);
        Note(UpgradeNoteCodes.ValueCoerced, at, $"The size {value.GetRawText()} became the integer {result.ToString(CultureInfo.InvariantCulture)}.", value);
        return result;
    }

    /// <summary>A duration: a positive number; numeric strings are coerced.</summary>
    private JsonNode? Duration(JsonElement value, At at)
    {
        if (value.ValueKind == JsonValueKind.Number && value.GetDouble() > 0)
        {
            return JsonValue.Create(value);
        }

        if (value.ValueKind == JsonValueKind.String &&
            double.TryParse(value.GetString()!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && number > 0)
        {
            Note(UpgradeNoteCodes.ValueCoerced, at, $"The duration {value.GetRawText()} became a number.", value);
            return number;
        }

        Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"A duration must be a positive number, not {Describe(value)}.", value);
        return null;
    }

    private static readonly Regex s_mediaType = new("^[A-Za-z][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9!#$&^_.+-]+\\s*(;.*)?$", RegexOptions.CultureInvariant);

    /// <summary>A media type, lower-cased in its type part as the schema wants; anything else is dropped.</summary>
    private JsonNode? Format(JsonElement value, At at)
    {
        string? text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (text is null || !s_mediaType.IsMatch(text))
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"The format {Describe(value)} is not a media type.", value);
            return null;
        }

        int slash = text.IndexOf('/');
        string normalized = text.Substring(0, slash).ToLowerInvariant() + text.Substring(slash);
        if (!string.Equals(normalized, value.GetString(), StringComparison.Ordinal))
        {
            Note(UpgradeNoteCodes.ValueCoerced, at, $"The format \"{value.GetString()}\" became \"{normalized}\".", value);
        }

        return normalized;
    }

    private static readonly Regex s_dateTime = new(
        "^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$",
        RegexOptions.CultureInvariant);

    private JsonNode? NavDate(JsonElement value, At at)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"navDate must be a date-time string, not {Kind(value.ValueKind)}.", value);
            return null;
        }

        string date = value.GetString()!;
        string repaired = System.Text.RegularExpressions.Regex.Replace(date.Trim(), "^([0-9]{4}-[0-9]{2}-[0-9]{2}):T", "$1T");
        if (!string.Equals(repaired, date, StringComparison.Ordinal) && s_dateTime.IsMatch(repaired))
        {
            Note(UpgradeNoteCodes.ValueCoerced, at, $"navDate \"{date}\" became \"{repaired}\".", value);
            return repaired;
        }

        if (!s_dateTime.IsMatch(date))
        {
            Note(UpgradeNoteCodes.ValueInvalid, at, $"navDate \"{value.GetString()}\" is not an xsd:dateTime; it was kept as read.");
        }

        return value.GetString();
    }

    private static readonly HashSet<string> s_directions = new(StringComparer.Ordinal)
    {
        "left-to-right", "right-to-left", "top-to-bottom", "bottom-to-top",
    };

    private JsonNode? ViewingDirection(JsonElement value, At at)
    {
        string? text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (text is not null && text.StartsWith("sc:", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(3);
        }

        if (text is null || !s_directions.Contains(text.ToLowerInvariant()))
        {
            Note(UpgradeNoteCodes.ValueDropped, at.In, null, $"{Describe(value)} is not a viewing direction.", value);
            return null;
        }

        text = text.ToLowerInvariant();
        if (!string.Equals(text, value.GetString(), StringComparison.Ordinal))
        {
            Note(UpgradeNoteCodes.ValueCoerced, at, $"The viewing direction \"{value.GetString()}\" became \"{text}\".", value);
        }

        return text;
    }

    private static string Describe(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? "\"" + (value.GetString()!.Length > 60 ? value.GetString()!.Substring(0, 57) + "..." : value.GetString()) + "\""
        : Kind(value.ValueKind);

    // ---- license -> rights (UPGRADE.md §2.3) ----------------------------------------------------

    private static readonly Regex s_href = new("href\\s*=\\s*[\"']([^\"']+)[\"']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_uriInText = new("https?://[^\\s\"'<>]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    /// <summary>Candidate URIs in a licence string: the string itself, <c>href</c> targets, URIs in text.</summary>
    private static IEnumerable<string> LicenseCandidates(string text)
    {
        yield return text;
        foreach (Match href in s_href.Matches(text))
        {
            yield return href.Groups[1].Value;
        }

        foreach (Match uri in s_uriInText.Matches(text))
        {
            yield return uri.Value.TrimEnd('.', ',', ';', ')');
        }
    }

    private static string EscapeHtml(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    // ---- ids ------------------------------------------------------------------------------------

    private static readonly Regex s_absoluteUri = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);

    /// <summary>
    /// Makes an id a well-formed absolute URI, as 3.0 requires: trimmed, non-ASCII and other characters URIs
    /// cannot hold percent-encoded (the IRI-to-URI mapping of RFC 3987), and a relative reference resolved
    /// against the nearest enclosing id. The input value is in the note.
    /// </summary>
    /// <param name="id">The id as written.</param>
    /// <param name="at">Where the id is: <c>In</c> and <c>Out</c> point at the id value itself.</param>
    private string Id(string id, At at)
    {
        string result = EncodeUri(id.Trim());
        if (result.Length > 0 && !s_absoluteUri.IsMatch(result))
        {
            string baseId = at.Base is { } b && s_absoluteUri.IsMatch(b) ? EncodeUri(b.Trim()) : DefaultBase + "/";
            if (System.Uri.TryCreate(baseId, System.UriKind.Absolute, out System.Uri? baseUri) &&
                System.Uri.TryCreate(baseUri, result, out System.Uri? resolved))
            {
                result = resolved.AbsoluteUri;
            }
        }

        if (!string.Equals(result, id, StringComparison.Ordinal))
        {
            _notes.Add(new UpgradeNote(UpgradeNoteCodes.ValueCoerced, UpgradeNoteSeverity.Info, at.In, at.Out,
                $"The id \"{id}\" is not an absolute URI; it became {result}.", Element(id)));
        }

        return result;
    }

    /// <summary>A string as a JSON element, for a note's <see cref="UpgradeNote.Original"/>.</summary>
    private static JsonElement Element(string text)
    {
        using JsonDocument document = JsonDocument.Parse(JsonValue.Create(text).ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>Percent-encodes what a URI cannot hold: non-ASCII, spaces, controls and <c>&lt;&gt;"{}|\^`</c>.</summary>
    internal static string EncodeUri(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool keep = c > ' ' && c < 127 && c is not ('<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`');
            if (keep)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            int length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            foreach (byte b in Encoding.UTF8.GetBytes(text.Substring(i, length)))
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return builder?.ToString() ?? text;
    }
}
