namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON geometry: the base of <see cref="Point"/>, <see cref="MultiPoint"/>,
/// <see cref="LineString"/>, <see cref="MultiLineString"/>, <see cref="Polygon"/>, <see cref="MultiPolygon"/>
/// and <see cref="GeometryCollection"/>. A geometry of another <c>type</c> is read as this class, with its
/// properties in <see cref="ExtensionData"/>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1"/>.</para>
/// <para>Reading is lenient: <c>coordinates</c> that do not nest as the type requires (or hold numbers a
/// <see cref="double"/> does not keep exactly) are kept as raw JSON in <see cref="ExtensionData"/> and written
/// back in their place; the validator reports them (P3-EXT-02). Other members (<c>bbox</c>, foreign members)
/// are kept there too, in the order read.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public class Geometry : IJsonObject
{
    internal ExtensionDataCollection? Extensions;

    /// <summary>Initializes a geometry of a given type.</summary>
    /// <param name="type">The <c>type</c>; <see langword="null"/> for none.</param>
    public Geometry(string? type)
    {
        Type = type;
    }

    /// <summary>Gets or sets the type of the geometry (<c>type</c>), as read or as the class sets it.</summary>
    public string? Type { get; set; }

    /// <summary>Gets the members the model has no typed property for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }

    /// <summary>Returns the type, for debugging.</summary>
    /// <returns>The type.</returns>
    public override string ToString() => Type ?? GetType().Name;

    /// <summary>Gets the members of the geometry's class in canonical order.</summary>
    internal virtual Shape<Geometry> Shape => GeoJsonShapes.Geometry;
}
