namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON MultiLineString (<c>"type": "MultiLineString"</c>): several lines.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1.5"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class MultiLineString : Geometry
{
    /// <summary>Initializes a MultiLineString with no coordinates yet.</summary>
    public MultiLineString()
        : base(GeoJsonTypes.MultiLineString)
    {
    }

    /// <summary>Initializes a MultiLineString with its coordinates.</summary>
    /// <param name="coordinates">the lines, each a list of positions</param>
    public MultiLineString(IEnumerable<IList<Position>> coordinates)
        : this()
    {
        CoordinatesList = new OneOrMany<IList<Position>>(coordinates) { WriteWhenEmpty = true };
    }

    /// <summary>Gets the lines, each a list of positions (<c>coordinates</c>).</summary>
    public IList<IList<Position>> Coordinates => CoordinatesList ??= new OneOrMany<IList<Position>>();

    internal IList<IList<Position>>? CoordinatesList { get; set; }

    internal override Shape<Geometry> Shape => GeoJsonShapes.MultiLineString;
}
