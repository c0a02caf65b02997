namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON FeatureCollection (<c>"type": "FeatureCollection"</c>): the value of
/// <c>navPlace</c> on a Collection, Manifest, Range or Canvas, and the body of a georeference annotation
/// (motivation <c>georeferencing</c>), whose features are control points.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.3"/>,
/// <see href="https://iiif.io/api/extension/navplace/"/> and <see href="https://iiif.io/api/extension/georef/"/>.</para>
/// <para>It is read as an annotation body, so it is a <see cref="ContentResource"/>: as a body it may have the
/// properties of one. Members the model has no property for (<c>bbox</c>, foreign members) are kept in
/// <see cref="IiifResource.ExtensionData"/>, in the order read.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class FeatureCollection : ContentResource
{
    /// <summary>Initializes a FeatureCollection with no features yet.</summary>
    public FeatureCollection()
        : base(GeoJsonTypes.FeatureCollection)
    {
    }

    /// <summary>Initializes a FeatureCollection with an id.</summary>
    /// <param name="id">The URI of the FeatureCollection.</param>
    public FeatureCollection(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets the features (<c>features</c>).</summary>
    public IList<Feature> Features => FeaturesList ??= new OneOrMany<Feature>();

    /// <summary>Gets or sets how a georeference annotation's control points map the image to the Earth
    /// (<c>transformation</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/georef/"/>.</remarks>
    public Transformation? Transformation { get; set; }

    /// <summary>Gets or sets the coordinate reference system of a georeference annotation's image coordinates
    /// (<c>resourceCrs</c>), as the JSON read; <see langword="null"/> when not given.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/georef/"/>.</remarks>
    public JsonElement? ResourceCrs { get; set; }

    internal OneOrMany<Feature>? FeaturesList { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.FeatureCollection;
}
