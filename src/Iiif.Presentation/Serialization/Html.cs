using System.IO;
using System.Xml;

namespace Iiif.Presentation.Serialization;

/// <summary>
/// The HTML the specification allows in <c>summary</c>, metadata values and <c>requiredStatement</c> values
/// (<see href="https://iiif.io/api/presentation/3.0/#45-html-markup-in-property-values"/>): well-formed XML with
/// one root element, of which clients keep only the markup of one allow-list, stated here once. The validator
/// checks HTML against it, the upgrader repairs HTML and, when asked, removes what it does not allow.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Html
{
    /// <summary>The elements clients keep.</summary>
    private static readonly HashSet<string> s_elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "br", "i", "img", "p", "small", "span", "sub", "sup",
    };

    /// <summary>The schemes of the links clients keep.</summary>
    private static readonly string[] s_linkSchemes = ["http://", "https://", "mailto:"];

    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ConformanceLevel = ConformanceLevel.Document,
        IgnoreWhitespace = false,
    };

    /// <summary>Gets the allow-list as a message says it.</summary>
    public static string AllowList =>
        "a, b, br, i, img, p, small, span, sub and sup, with a@href and img@src/alt, and http, https or mailto links";

    /// <summary>Returns whether a value is HTML in the specification's sense: it starts with <c>&lt;</c> and ends with <c>&gt;</c>.</summary>
    public static bool Looks(string value) => value.Length >= 2 && value[0] == '<' && value[value.Length - 1] == '>';

    /// <summary>Checks that the value is well-formed XML with one root element; returns the problem, or
    /// <see langword="null"/>. <paramref name="unsafeMarkup"/> names the first markup, in document order, that
    /// clients do not keep: a tag, attribute or link outside the allow-list, a comment, CDATA, a processing instruction.</summary>
    public static string? Check(string value, out string? unsafeMarkup) =>
        SimpleMarkup.TryCheck(value, out unsafeMarkup) ? null : CheckWithReader(value, out unsafeMarkup);

    /// <summary>Checks a value as <see cref="Check"/> does, always with an XML reader.</summary>
    internal static string? CheckWithReader(string value, out string? unsafeMarkup)
    {
        unsafeMarkup = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(value), s_settings);
            int depth = 0;
            bool rootSeen = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (depth == 0 && rootSeen)
                        {
                            return "it has more than one root element";
                        }

                        rootSeen = true;
                        unsafeMarkup ??= CheckElement(reader);
                        if (!reader.IsEmptyElement)
                        {
                            depth++;
                        }

                        break;
                    case XmlNodeType.EndElement:
                        depth--;
                        break;
                    case XmlNodeType.Comment:
                        unsafeMarkup ??= "a comment";
                        break;
                    case XmlNodeType.CDATA:
                        unsafeMarkup ??= "a CDATA section";
                        break;
                    case XmlNodeType.ProcessingInstruction:
                    case XmlNodeType.XmlDeclaration:
                        unsafeMarkup ??= "a processing instruction";
                        break;
                    case XmlNodeType.Text when depth == 0:
                        return "it has text outside its root element";
                }
            }

            return rootSeen ? null : "it has no element";
        }
        catch (XmlException ex)
        {
            return $"it is not well-formed XML ({ex.Message})";
        }
    }

    /// <summary>Returns whether clients keep an element: a, b, br, i, img, p, small, span, sub, sup.</summary>
    public static bool IsAllowedElement(string name) => s_elements.Contains(name);

    /// <summary>Returns whether clients keep an attribute: a/@href, img/@src and img/@alt.</summary>
    public static bool IsAllowedAttribute(string element, string attribute) =>
        (element.Equals("a", StringComparison.OrdinalIgnoreCase) && attribute.Equals("href", StringComparison.OrdinalIgnoreCase)) ||
        (element.Equals("img", StringComparison.OrdinalIgnoreCase) &&
            (attribute.Equals("src", StringComparison.OrdinalIgnoreCase) || attribute.Equals("alt", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Returns whether an attribute holds a link, which clients keep only for the allowed schemes.</summary>
    public static bool IsLinkAttribute(string attribute) =>
        attribute.Equals("href", StringComparison.OrdinalIgnoreCase) || attribute.Equals("src", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether clients keep a link: http, https and mailto.</summary>
    public static bool IsAllowedLink(string link)
    {
        foreach (string scheme in s_linkSchemes)
        {
            if (link.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names the markup of an element that clients do not keep, or returns <see langword="null"/>.</summary>
    /// <param name="element">The element's name.</param>
    /// <param name="attribute">An attribute's name, or <see langword="null"/> for the element itself.</param>
    /// <param name="value">The attribute's value, unescaped.</param>
    public static string? Unsafe(string element, string? attribute, string? value)
    {
        string name = element.ToLowerInvariant();
        if (attribute is null)
        {
            return IsAllowedElement(name) ? null : $"the <{element}> tag";
        }

        string lower = attribute.ToLowerInvariant();
        if (!IsAllowedAttribute(name, lower))
        {
            return $"the {lower} attribute of <{name}>";
        }

        return IsLinkAttribute(lower) && !IsAllowedLink(value ?? string.Empty)
            ? $"the link '{value}' (only http, https and mailto links are kept)"
            : null;
    }

    private static string? CheckElement(XmlReader reader)
    {
        string element = reader.LocalName;
        if (Unsafe(element, null, null) is { } tag)
        {
            return tag;
        }

        if (!reader.MoveToFirstAttribute())
        {
            return null;
        }

        do
        {
            if (Unsafe(element, reader.LocalName, reader.Value) is { } problem)
            {
                reader.MoveToElement();
                return problem;
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
        return null;
    }
}
