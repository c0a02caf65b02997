namespace Iiif.Presentation;

/// <summary>
/// Represents a CssSelector: a part of an HTML document given as a CSS selector (<c>"type": "CssSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#css-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class CssSelector : Selector
{
    /// <summary>Initializes a CssSelector with no properties but its type.</summary>
    public CssSelector()
        : base("CssSelector")
    {
    }

    /// <summary>Initializes a CssSelector with a CSS selector.</summary>
    /// <param name="value">The CSS selector.</param>
    public CssSelector(string value)
        : this()
    {
        Value = value;
    }

    /// <summary>Gets or sets the CSS selector (<c>value</c>).</summary>
    public string? Value { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.CssSelector;
}
