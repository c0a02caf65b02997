namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// The GeoJSON type names the navPlace and georeference extensions use, stated once: the reader chooses
/// classes from them, the classes take their <c>type</c> from them, and the validator checks against them.
/// </summary>
/// <remarks>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-1.4"/>. Thread-safe.</remarks>
internal static class GeoJsonTypes
{
    public const string FeatureCollection = "FeatureCollection";
    public const string Feature = "Feature";
    public const string Point = "Point";
    public const string MultiPoint = "MultiPoint";
    public const string LineString = "LineString";
    public const string MultiLineString = "MultiLineString";
    public const string Polygon = "Polygon";
    public const string MultiPolygon = "MultiPolygon";
    public const string GeometryCollection = "GeometryCollection";

    /// <summary>Gets the seven geometry types, in the order of RFC 7946 section 3.1.</summary>
    public static IReadOnlyList<string> Geometries { get; } =
        [Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection];

    /// <summary>Creates the class of a geometry type, or the generic <see cref="Geometry"/> for another.</summary>
    /// <param name="type">The <c>type</c> as written (case-sensitive, as GeoJSON is).</param>
    public static Geometry CreateGeometry(string? type) => type switch
    {
        Point => new Point(),
        MultiPoint => new MultiPoint(),
        LineString => new LineString(),
        MultiLineString => new MultiLineString(),
        Polygon => new Polygon(),
        MultiPolygon => new MultiPolygon(),
        GeometryCollection => new GeometryCollection(),
        _ => new Geometry(type),
    };

    /// <summary>How deep a geometry type's <c>coordinates</c> nest: 0 for a position (Point), 1 for a list of
    /// positions, 2 for a list of lists, 3 for MultiPolygon; -1 for a type without coordinates.</summary>
    public static int Depth(string? type) => type switch
    {
        Point => 0,
        MultiPoint or LineString => 1,
        MultiLineString or Polygon => 2,
        MultiPolygon => 3,
        _ => -1,
    };
}
