using System;
using System.IO;
using System.Xml;

namespace Iiif.Presentation.Serialization;

/// <summary>The HTML the specification allows in <c>summary</c>, metadata values and required statements (§4.5):
/// the validator checks it, the upgrader repairs it.</summary>
internal static class Html
{
    /// <summary>Returns whether a value is HTML in the specification's sense: it starts with <c>&lt;</c> and ends with <c>&gt;</c>.</summary>
    public static bool Looks(string value) => value.Length >= 2 && value[0] == '<' && value[value.Length - 1] == '>';

    /// <summary>Checks that the value is well-formed XML with one root element; returns the problem, or
    /// <see langword="null"/>. <paramref name="unsafeMarkup"/> names markup clients do not keep.</summary>
    public static string? Check(string value, out string? unsafeMarkup)
    {
        unsafeMarkup = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ConformanceLevel = ConformanceLevel.Document,
            IgnoreWhitespace = false,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(value), settings);
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
    public static bool IsAllowedElement(string name) =>
        name.ToLowerInvariant() is "a" or "b" or "br" or "i" or "img" or "p" or "small" or "span" or "sub" or "sup";

    /// <summary>Returns whether clients keep an attribute: a/@href, img/@src and img/@alt.</summary>
    public static bool IsAllowedAttribute(string element, string attribute)
    {
        string name = element.ToLowerInvariant();
        string value = attribute.ToLowerInvariant();
        return (name == "a" && value == "href") || (name == "img" && value is "src" or "alt");
    }

    /// <summary>Returns whether clients keep a link: http, https and mailto.</summary>
    public static bool IsAllowedLink(string link) =>
        link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string? CheckElement(XmlReader reader)
    {
        string name = reader.LocalName.ToLowerInvariant();
        if (!IsAllowedElement(name))
        {
            return $"the <{reader.LocalName}> tag";
        }

        if (!reader.MoveToFirstAttribute())
        {
            return null;
        }

        do
        {
            string attribute = reader.LocalName.ToLowerInvariant();
            if (!IsAllowedAttribute(name, attribute))
            {
                reader.MoveToElement();
                return $"the {attribute} attribute of <{name}>";
            }

            if (attribute is "href" or "src" && !IsAllowedLink(reader.Value))
            {
                reader.MoveToElement();
                return $"the link '{reader.Value}' (only http, https and mailto links are kept)";
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
        return null;
    }
}
