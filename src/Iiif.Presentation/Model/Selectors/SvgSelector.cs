namespace Iiif.Presentation;

/// <summary>
/// Represents an SvgSelector: a part of a resource given as an SVG shape (<c>"type": "SvgSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#svg-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class SvgSelector : Selector
{
    /// <summary>Initializes an SvgSelector with no properties but its type.</summary>
    public SvgSelector()
        : base("SvgSelector")
    {
    }

    /// <summary>Initializes an SvgSelector with an SVG document.</summary>
    /// <param name="value">The SVG document.</param>
    public SvgSelector(string value)
        : this()
    {
        Value = value;
    }

    /// <summary>Gets or sets the SVG document (<c>value</c>).</summary>
    public string? Value { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.SvgSelector;
}
