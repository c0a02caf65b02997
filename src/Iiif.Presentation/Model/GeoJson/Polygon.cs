namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON Polygon (<c>"type": "Polygon"</c>): an area bounded by linear rings: the exterior ring first, then any holes.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1.6"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Polygon : Geometry
{
    /// <summary>Initializes a Polygon with no coordinates yet.</summary>
    public Polygon()
        : base(GeoJsonTypes.Polygon)
    {
    }

    /// <summary>Initializes a Polygon with its coordinates.</summary>
    /// <param name="coordinates">the linear rings, each a closed list of at least four positions whose last equals its first</param>
    public Polygon(IEnumerable<IList<Position>> coordinates)
        : this()
    {
        CoordinatesList = new OneOrMany<IList<Position>>(coordinates) { WriteWhenEmpty = true };
    }

    /// <summary>Gets the linear rings, each a closed list of at least four positions whose last equals its first (<c>coordinates</c>).</summary>
    public IList<IList<Position>> Coordinates => CoordinatesList ??= new OneOrMany<IList<Position>>();

    internal IList<IList<Position>>? CoordinatesList { get; set; }

    internal override Shape<Geometry> Shape => GeoJsonShapes.Polygon;
}
