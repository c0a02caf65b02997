namespace Iiif.Presentation;

/// <summary>
/// Represents a PointSelector: a point in space and/or time on a resource (<c>"type": "PointSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/annex/openannotation/#point-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class PointSelector : Selector
{
    /// <summary>Initializes a PointSelector with no properties but its type.</summary>
    public PointSelector()
        : base("PointSelector")
    {
    }

    /// <summary>Gets or sets the horizontal position in the resource's coordinates (<c>x</c>).</summary>
    public int? X { get; set; }

    /// <summary>Gets or sets the vertical position in the resource's coordinates (<c>y</c>).</summary>
    public int? Y { get; set; }

    /// <summary>Gets or sets the time in seconds (<c>t</c>).</summary>
    public double? T { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.PointSelector;
}
