namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON MultiPoint (<c>"type": "MultiPoint"</c>): several points.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1.3"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class MultiPoint : Geometry
{
    /// <summary>Initializes a MultiPoint with no coordinates yet.</summary>
    public MultiPoint()
        : base(GeoJsonTypes.MultiPoint)
    {
    }

    /// <summary>Initializes a MultiPoint with its coordinates.</summary>
    /// <param name="coordinates">the positions</param>
    public MultiPoint(IEnumerable<Position> coordinates)
        : this()
    {
        CoordinatesList = new OneOrMany<Position>(coordinates) { WriteWhenEmpty = true };
    }

    /// <summary>Gets the positions (<c>coordinates</c>).</summary>
    public IList<Position> Coordinates => CoordinatesList ??= new OneOrMany<Position>();

    internal IList<Position>? CoordinatesList { get; set; }

    internal override Shape<Geometry> Shape => GeoJsonShapes.MultiPoint;
}
