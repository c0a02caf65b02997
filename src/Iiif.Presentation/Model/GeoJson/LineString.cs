namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON LineString (<c>"type": "LineString"</c>): a line through two or more positions.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1.4"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class LineString : Geometry
{
    /// <summary>Initializes a LineString with no coordinates yet.</summary>
    public LineString()
        : base(GeoJsonTypes.LineString)
    {
    }

    /// <summary>Initializes a LineString with its coordinates.</summary>
    /// <param name="coordinates">the positions the line goes through, at least two</param>
    public LineString(IEnumerable<Position> coordinates)
        : this()
    {
        CoordinatesList = new OneOrMany<Position>(coordinates) { WriteWhenEmpty = true };
    }

    /// <summary>Gets the positions the line goes through, at least two (<c>coordinates</c>).</summary>
    public IList<Position> Coordinates => CoordinatesList ??= new OneOrMany<Position>();

    internal IList<Position>? CoordinatesList { get; set; }

    internal override Shape<Geometry> Shape => GeoJsonShapes.LineString;
}
