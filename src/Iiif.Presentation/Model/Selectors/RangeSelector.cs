namespace Iiif.Presentation;

/// <summary>
/// Represents a RangeSelector: the part of a resource from where one selector starts to where another ends (<c>"type": "RangeSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#range-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class RangeSelector : Selector
{
    /// <summary>Initializes a RangeSelector with no properties but its type.</summary>
    public RangeSelector()
        : base("RangeSelector")
    {
    }

    /// <summary>Initializes a RangeSelector from one selector to another.</summary>
    /// <param name="startSelector">The selector where the range starts.</param>
    /// <param name="endSelector">The selector where the range ends.</param>
    public RangeSelector(Selector startSelector, Selector endSelector)
        : this()
    {
        StartSelector = startSelector;
        EndSelector = endSelector;
    }

    /// <summary>Gets or sets the selector where the range starts (<c>startSelector</c>).</summary>
    public Selector? StartSelector { get; set; }

    /// <summary>Gets or sets the selector where the range ends (<c>endSelector</c>); what it selects is part of the range.</summary>
    public Selector? EndSelector { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.RangeSelector;
}
