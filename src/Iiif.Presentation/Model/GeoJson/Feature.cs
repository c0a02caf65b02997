namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON Feature (<c>"type": "Feature"</c>): a geometry with properties. In a navPlace it
/// is a place the resource is about; in a georeference annotation, a control point that ties a point of the
/// image (<see cref="ResourceCoords"/>) to a place on the Earth (a <see cref="Point"/> geometry); as the body
/// of an annotation, the place a part of a Canvas shows.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.2"/>,
/// <see href="https://iiif.io/api/extension/navplace/"/> and <see href="https://iiif.io/api/extension/georef/"/>.</para>
/// <para>It is read as an annotation body, so it is a <see cref="ContentResource"/>, as a
/// <see cref="FeatureCollection"/> is: as a body it may have the properties of one. Its <see cref="IiifResource.Id"/>
/// is a URI in IIIF documents; an id given as a number (as GeoJSON allows) is kept in
/// <see cref="IiifResource.ExtensionData"/>. Some navPlace publishers give its <see cref="IiifResource.Label"/> on
/// the Feature itself rather than in its <see cref="Properties"/>.</para>
/// <para><see cref="Properties"/> is kept as the JSON read, members in their order; members of the Feature
/// the model has no property for are kept in <see cref="IiifResource.ExtensionData"/>, in the order read.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Feature : ContentResource
{
    private static readonly string[] s_resourceCoordsNames = ["resourceCoords", "pixelCoords"];

    /// <summary>Initializes a Feature with no geometry yet.</summary>
    public Feature()
        : base(GeoJsonTypes.Feature)
    {
    }

    /// <summary>Initializes a Feature with a geometry.</summary>
    /// <param name="geometry">The geometry.</param>
    public Feature(Geometry geometry)
        : this()
    {
        Geometry = geometry;
    }

    /// <summary>Gets or sets the Feature's properties (<c>properties</c>) as the JSON read: an object (or
    /// <c>null</c>) whose members keep their order; <see langword="null"/> when the Feature has none.</summary>
    /// <remarks>A georeference control point keeps its image coordinates here; <see cref="ResourceCoords"/>
    /// reads them.</remarks>
    public JsonElement? Properties { get; set; }

    /// <summary>Gets or sets the geometry (<c>geometry</c>); <see langword="null"/> when the Feature has none or
    /// gives <c>null</c> (which is kept and written back).</summary>
    public Geometry? Geometry { get; set; }

    /// <summary>Gets the image coordinates of a georeference control point: the two numbers of
    /// <c>properties.resourceCoords</c>, or of the older <c>properties.pixelCoords</c> when that is what the
    /// document gives; <see langword="null"/> when there are none, or they are not all numbers.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/georef/"/>.</remarks>
    public IReadOnlyList<double>? ResourceCoords
    {
        get
        {
            if (Properties is not { ValueKind: JsonValueKind.Object } properties)
            {
                return null;
            }

            foreach (string name in s_resourceCoordsNames)
            {
                if (properties.TryGetProperty(name, out JsonElement coords))
                {
                    return Numbers(coords);
                }
            }

            return null;
        }
    }

    /// <summary>Gets whether the image coordinates are given by the older name <c>pixelCoords</c>, which the
    /// georeference extension replaced with <c>resourceCoords</c>.</summary>
    public bool UsesPixelCoords =>
        Properties is { ValueKind: JsonValueKind.Object } properties &&
        !properties.TryGetProperty(s_resourceCoordsNames[0], out _) && properties.TryGetProperty(s_resourceCoordsNames[1], out _);

    internal override Shape<IiifResource> Shape => ResourceShapes.Feature;

    private static double[]? Numbers(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var numbers = new double[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number)
            {
                return null;
            }

            numbers[i++] = item.GetDouble();
        }

        return numbers;
    }
}
