namespace Iiif.Presentation;

/// <summary>
/// Represents a TextPositionSelector: a part of a text given by the positions of its first character and of the character after its last, counted in characters from 0 (<c>"type": "TextPositionSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#text-position-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class TextPositionSelector : Selector
{
    /// <summary>Initializes a TextPositionSelector with no properties but its type.</summary>
    public TextPositionSelector()
        : base("TextPositionSelector")
    {
    }

    /// <summary>Initializes a TextPositionSelector for a span of text.</summary>
    /// <param name="start">The position of the first character.</param>
    /// <param name="end">The position after the last character.</param>
    public TextPositionSelector(int start, int end)
        : this()
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets or sets the position of the first character (<c>start</c>).</summary>
    public int? Start { get; set; }

    /// <summary>Gets or sets the position after the last character (<c>end</c>).</summary>
    public int? End { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.TextPositionSelector;
}
