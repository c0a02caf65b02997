namespace Iiif.Presentation;

/// <summary>
/// Represents an XPathSelector: a part of an XML or HTML document given as an XPath (<c>"type": "XPathSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#xpath-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class XPathSelector : Selector
{
    /// <summary>Initializes a XPathSelector with no properties but its type.</summary>
    public XPathSelector()
        : base("XPathSelector")
    {
    }

    /// <summary>Initializes an XPathSelector with an XPath.</summary>
    /// <param name="value">The XPath.</param>
    public XPathSelector(string value)
        : this()
    {
        Value = value;
    }

    /// <summary>Gets or sets the XPath (<c>value</c>).</summary>
    public string? Value { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.XPathSelector;
}
