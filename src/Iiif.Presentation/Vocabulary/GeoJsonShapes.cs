using P = Iiif.Presentation.Vocabulary.IiifProperties;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// Which members the GeoJSON objects of the navPlace and georeference extensions hold, in canonical order:
/// the seven geometries and a georeference transformation. Read, written and checked from here, as
/// <see cref="ResourceShapes"/> is for resources (the FeatureCollection and the Feature, resources, have their
/// shapes there).
/// </summary>
/// <remarks>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946"/>,
/// <see href="https://iiif.io/api/extension/navplace/"/> and <see href="https://iiif.io/api/extension/georef/"/>.
/// Thread-safe.</remarks>
internal static class GeoJsonShapes
{
    private static readonly Member<Geometry> s_geometryType =
        new ValueMember<Geometry, string>(P.Type, StringCodec.Vocabulary, g => g.Type, (g, v) => g.Type = v);

    private static readonly ArrayCodec<Position> s_positions = new(PositionCodec.Instance);

    private static readonly ArrayCodec<IList<Position>> s_lines = new(s_positions);

    private static readonly ArrayCodec<IList<IList<Position>>> s_polygons = new(s_lines);

    /// <summary>Reads and writes a geometry, of the class its <c>type</c> names.</summary>
    public static readonly Codec<Geometry> GeometryCodec = new ObjectCodec<Geometry>(CreateGeometry, g => g.Shape);

    private static readonly ArrayCodec<Geometry> s_geometries = new(GeometryCodec);

    public static readonly Shape<Geometry> Geometry = new("Geometry", [s_geometryType]);

    public static readonly Shape<Geometry> Point = new("Point",
    [
        s_geometryType,
        new NullableMember<Geometry, Position>(P.Coordinates, PositionCodec.Instance, g => ((Point)g).Coordinates, (g, v) => ((Point)g).Coordinates = v),
    ]);

    public static readonly Shape<Geometry> MultiPoint = new("MultiPoint",
        [s_geometryType, Coordinates<MultiPoint, Position>(s_positions, g => g.CoordinatesList, (g, v) => g.CoordinatesList = v)]);

    public static readonly Shape<Geometry> LineString = new("LineString",
        [s_geometryType, Coordinates<LineString, Position>(s_positions, g => g.CoordinatesList, (g, v) => g.CoordinatesList = v)]);

    public static readonly Shape<Geometry> MultiLineString = new("MultiLineString",
        [s_geometryType, Coordinates<MultiLineString, IList<Position>>(s_lines, g => g.CoordinatesList, (g, v) => g.CoordinatesList = v)]);

    public static readonly Shape<Geometry> Polygon = new("Polygon",
        [s_geometryType, Coordinates<Polygon, IList<Position>>(s_lines, g => g.CoordinatesList, (g, v) => g.CoordinatesList = v)]);

    public static readonly Shape<Geometry> MultiPolygon = new("MultiPolygon",
        [s_geometryType, Coordinates<MultiPolygon, IList<IList<Position>>>(s_polygons, g => g.CoordinatesList, (g, v) => g.CoordinatesList = v)]);

    public static readonly Shape<Geometry> GeometryCollection = new("GeometryCollection",
    [
        s_geometryType,
        new ValueMember<Geometry, IList<Geometry>>(P.Geometries, s_geometries,
            g => ArrayCodec<Geometry>.Written(((GeometryCollection)g).GeometriesList), (g, v) => ((GeometryCollection)g).GeometriesList = v),
    ]);

    /// <summary>A georeference transformation: <c>type</c>, then <c>options</c> (kept as read).</summary>
    public static readonly Shape<Transformation> Transformation = new("Transformation",
    [
        new ValueMember<Transformation, string>(P.Type, StringCodec.Vocabulary, t => t.Type, (t, v) => t.Type = v),
        new NullableMember<Transformation, JsonElement>(P.Options, JsonElementCodec.Instance, t => t.Options, (t, v) => t.Options = v),
    ]);

    /// <summary>Reads and writes a georeference transformation.</summary>
    public static readonly Codec<Transformation> TransformationCodec = new ObjectCodec<Transformation>(_ => new Transformation(), _ => Transformation);

    private static Geometry CreateGeometry(Utf8JsonReader probe)
    {
        Geometry geometry = GeoJsonTypes.CreateGeometry(IiifReader.PeekTypeText(probe));

        // The constructor's type is the class's default; the document's own (or none) replaces it.
        geometry.Type = null;
        return geometry;
    }

    private static Member<Geometry> Coordinates<TGeometry, T>(ArrayCodec<T> codec, Func<TGeometry, IList<T>?> get, Action<TGeometry, IList<T>?> set)
        where TGeometry : Geometry =>
        new ValueMember<Geometry, IList<T>>(P.Coordinates, codec, g => ArrayCodec<T>.Written(get((TGeometry)g)), (g, v) => set((TGeometry)g, v));
}
