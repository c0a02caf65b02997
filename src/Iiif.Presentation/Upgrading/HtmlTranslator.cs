using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// HTML in <c>summary</c>, metadata values and <c>requiredStatement.value</c>: 3.0 wants it to start with
/// <c>&lt;</c>, end with <c>&gt;</c>, and be well-formed XML with one root element
/// (<see href="https://iiif.io/api/presentation/3.0/#45-html-markup-in-property-values"/>). The HTML a
/// publisher wrote is kept as written but where those rules require a change: markup that is not one
/// element is wrapped in a span, what is not well-formed is closed or escaped. Tags and attributes
/// clients do not keep stay (removing them is the client's duty); <see cref="UpgradeOptions.SanitizeHtml"/>
/// removes them.
/// </summary>
internal sealed class HtmlTranslator
{
    private static readonly Regex s_markup = new("<\\s*/?\\s*[a-zA-Z][^>]*>", RegexOptions.CultureInvariant);
    private static readonly Regex s_bareAmpersand = new("&(?!#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)", RegexOptions.CultureInvariant);
    private static readonly Regex s_htmlEntity = new("&([A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant);
    private static readonly Regex s_tag = new("<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", RegexOptions.CultureInvariant);
    private static readonly Regex s_anyTag = new("<[^>]*>", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> s_voidTags = new(StringComparer.OrdinalIgnoreCase) { "br", "img", "hr", "wbr" };

    private static readonly Dictionary<string, string> s_entities = new(StringComparer.Ordinal)
    {
        ["nbsp"] = "&#160;", ["copy"] = "&#169;", ["reg"] = "&#174;", ["mdash"] = "&#8212;", ["ndash"] = "&#8211;",
        ["hellip"] = "&#8230;", ["laquo"] = "&#171;", ["raquo"] = "&#187;", ["ldquo"] = "&#8220;", ["rdquo"] = "&#8221;",
        ["lsquo"] = "&#8216;", ["rsquo"] = "&#8217;", ["eacute"] = "&#233;", ["egrave"] = "&#232;", ["aacute"] = "&#225;",
        ["agrave"] = "&#224;", ["uuml"] = "&#252;", ["ouml"] = "&#246;", ["auml"] = "&#228;", ["szlig"] = "&#223;",
        ["middot"] = "&#183;", ["deg"] = "&#176;", ["sect"] = "&#167;", ["para"] = "&#182;",
    };

    private readonly UpgradeContext _context;

    public HtmlTranslator(UpgradeContext context) => _context = context;

    /// <summary>
    /// Makes text that holds markup what 3.0 requires: bare markup is wrapped in a span; a bare <c>&amp;</c>,
    /// an HTML-only entity or an unclosed <c>&lt;br&gt;</c> is written the XML way. Text without markup, and
    /// HTML that is already what 3.0 requires, is left alone (unless the options ask to sanitize it).
    /// </summary>
    public string Translate(string text, At at, OutputPlace place, JsonElement original)
    {
        if (text.IndexOf('<') < 0)
        {
            return text; // no markup
        }

        string trimmed = text.Trim();
        bool looks = trimmed.StartsWith("<", StringComparison.Ordinal) && trimmed.EndsWith(">", StringComparison.Ordinal);
        if (!looks && !s_markup.IsMatch(text))
        {
            return text;
        }

        if (looks && IsWellFormed(text))
        {
            return Finished(text, at, place, original);
        }

        string repaired = text;
        if (!IsWellFormed(repaired) && !IsWellFormed("<span>" + repaired + "</span>"))
        {
            repaired = s_bareAmpersand.Replace(repaired, "&amp;");
            repaired = s_htmlEntity.Replace(repaired, m => s_entities.TryGetValue(m.Groups[1].Value, out string? code) ? code : m.Value);
            repaired = BalanceTags(repaired);
        }

        if (!(looks && IsWellFormed(repaired)))
        {
            repaired = "<span>" + repaired + "</span>";
        }

        if (!IsWellFormed(repaired))
        {
            // Not HTML after all (such as "<x> <y>"): shown as the text it is.
            _context.Note(UpgradeNoteCodes.HtmlRepaired, at.Path, place,
                "The text looks like HTML but is not well-formed; it was escaped, so it shows as written.", original);
            return "<span>" + Escape(text) + "</span>";
        }

        bool wrappedOnly = string.Equals(repaired, "<span>" + text + "</span>", StringComparison.Ordinal);
        if (!string.Equals(repaired, text, StringComparison.Ordinal))
        {
            _context.Note(wrappedOnly ? UpgradeNoteCodes.HtmlWrapped : UpgradeNoteCodes.HtmlRepaired, at.Path, place,
                wrappedOnly
                    ? "The text holds HTML but is not one element; it was wrapped in <span>."
                    : "The HTML was made well-formed XML, as 3.0 requires (escaped ampersands and entities, closed empty tags, one root element).",
                original);
        }

        return Finished(repaired, at, place, original);
    }

    /// <summary>Well-formed HTML as it goes out: as it is, or sanitized when the options ask.</summary>
    private string Finished(string html, At at, OutputPlace place, JsonElement original) =>
        _context.Options.SanitizeHtml ? Sanitized(html, at, place, original) : html;

    /// <summary>Escapes text for HTML: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and <c>"</c>.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Removes the markup of a text, for a plain label.</summary>
    public static string WithoutMarkup(string text) => s_anyTag.Replace(text, string.Empty);

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
                if (at >= 0)
                {
                    Close(builder, open, at);
                }

                continue; // a stray end tag is dropped
            }

            if (s_voidTags.Contains(name) || selfClosing)
            {
                builder.Append('<').Append(name).Append(tag.Groups[3].Value.TrimEnd()).Append("/>");
                continue;
            }

            if (name == "p" && open.LastIndexOf("p") is int p && p >= 0)
            {
                Close(builder, open, p);
            }

            builder.Append('<').Append(name).Append(tag.Groups[3].Value).Append('>');
            open.Add(name);
        }

        builder.Append(html, last, html.Length - last);
        Close(builder, open, 0);
        return builder.ToString();
    }

    private static void Close(StringBuilder builder, List<string> open, int from)
    {
        for (int i = open.Count - 1; i >= from; i--)
        {
            builder.Append("</").Append(open[i]).Append('>');
        }

        open.RemoveRange(from, open.Count - from);
    }

    /// <summary>Whether text is well-formed XML with one root element and nothing outside it.</summary>
    private static bool IsWellFormed(string text) => Serialization.Html.Check(text, out _) is null;

    /// <summary>
    /// Removes what clients do not keep in HTML (<see cref="Serialization.Html"/>'s allow-list): comments,
    /// processing instructions, CDATA, other tags (script and style with their content), other attributes,
    /// and links that are not http(s) or mailto.
    /// </summary>
    private string Sanitized(string html, At at, OutputPlace place, JsonElement original)
    {
        var document = new XmlDocument { XmlResolver = null, PreserveWhitespace = true };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using (var reader = XmlReader.Create(new System.IO.StringReader(html), settings))
        {
            document.Load(reader);
        }

        if (!Clean(document.DocumentElement!))
        {
            return html;
        }

        string cleaned = document.DocumentElement is { } root && Serialization.Html.IsAllowedElement(root.LocalName)
            ? root.OuterXml
            : "<span>" + document.DocumentElement?.InnerXml + "</span>";
        if (!IsWellFormed(cleaned))
        {
            cleaned = "<span>" + Escape(WithoutMarkup(html)) + "</span>";
        }

        _context.Note(UpgradeNoteCodes.HtmlSanitized, at.Path, place,
            "The HTML held markup clients do not keep (scripts, event attributes, comments, other tags); SanitizeHtml removed it.", original);
        return cleaned;
    }

    private static bool Clean(XmlNode node)
    {
        bool changed = false;
        foreach (XmlNode child in node.ChildNodes.Cast<XmlNode>().ToList())
        {
            switch (child.NodeType)
            {
                case XmlNodeType.Comment:
                case XmlNodeType.ProcessingInstruction:
                    node.RemoveChild(child);
                    changed = true;
                    break;
                case XmlNodeType.CDATA:
                    node.ReplaceChild(node.OwnerDocument!.CreateTextNode(child.Value), child);
                    changed = true;
                    break;
                case XmlNodeType.Element:
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

        if (node is XmlElement element)
        {
            foreach (XmlAttribute attribute in element.Attributes.Cast<XmlAttribute>().ToList())
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
}
