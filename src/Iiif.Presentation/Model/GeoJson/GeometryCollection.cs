namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON GeometryCollection (<c>"type": "GeometryCollection"</c>): several geometries of any type.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1.8"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class GeometryCollection : Geometry
{
    /// <summary>Initializes a GeometryCollection with no geometries yet.</summary>
    public GeometryCollection()
        : base(GeoJsonTypes.GeometryCollection)
    {
    }

    /// <summary>Gets the geometries (<c>geometries</c>).</summary>
    public IList<Geometry> Geometries => GeometriesList ??= new OneOrMany<Geometry>();

    internal IList<Geometry>? GeometriesList { get; set; }

    internal override Shape<Geometry> Shape => GeoJsonShapes.GeometryCollection;
}
