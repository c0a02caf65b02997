namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON Point (<c>"type": "Point"</c>): one position.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1.2"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Point : Geometry
{
    /// <summary>Initializes a Point with no coordinates yet.</summary>
    public Point()
        : base(GeoJsonTypes.Point)
    {
    }

    /// <summary>Initializes a Point at a position.</summary>
    /// <param name="coordinates">The position.</param>
    public Point(Position coordinates)
        : this()
    {
        Coordinates = coordinates;
    }

    /// <summary>Gets or sets the position (<c>coordinates</c>).</summary>
    public Position? Coordinates { get; set; }

    internal override Shape<Geometry> Shape => GeoJsonShapes.Point;
}
