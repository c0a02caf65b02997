namespace Iiif.Presentation;

/// <summary>
/// Represents a DataPositionSelector: a part of a byte stream given by the positions of its first byte and of the byte after its last, counted from 0 (<c>"type": "DataPositionSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#data-position-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class DataPositionSelector : Selector
{
    /// <summary>Initializes a DataPositionSelector with no properties but its type.</summary>
    public DataPositionSelector()
        : base("DataPositionSelector")
    {
    }

    /// <summary>Gets or sets the position of the first byte (<c>start</c>).</summary>
    public long? Start { get; set; }

    /// <summary>Gets or sets the position after the last byte (<c>end</c>).</summary>
    public long? End { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.DataPositionSelector;
}
