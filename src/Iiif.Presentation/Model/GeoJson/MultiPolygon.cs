namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON MultiPolygon (<c>"type": "MultiPolygon"</c>): several polygons.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1.7"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class MultiPolygon : Geometry
{
    /// <summary>Initializes a MultiPolygon with no coordinates yet.</summary>
    public MultiPolygon()
        : base(GeoJsonTypes.MultiPolygon)
    {
    }

    /// <summary>Initializes a MultiPolygon with its coordinates.</summary>
    /// <param name="coordinates">the polygons, each a list of linear rings</param>
    public MultiPolygon(IEnumerable<IList<IList<Position>>> coordinates)
        : this()
    {
        CoordinatesList = new OneOrMany<IList<IList<Position>>>(coordinates) { WriteWhenEmpty = true };
    }

    /// <summary>Gets the polygons, each a list of linear rings (<c>coordinates</c>).</summary>
    public IList<IList<IList<Position>>> Coordinates => CoordinatesList ??= new OneOrMany<IList<IList<Position>>>();

    internal IList<IList<IList<Position>>>? CoordinatesList { get; set; }

    internal override Shape<Geometry> Shape => GeoJsonShapes.MultiPolygon;
}
