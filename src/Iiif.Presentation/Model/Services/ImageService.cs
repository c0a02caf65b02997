namespace Iiif.Presentation;

/// <summary>
/// The properties shared by the IIIF Image API services: <see cref="ImageService1"/>,
/// <see cref="ImageService2"/> and <see cref="ImageService3"/>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/image/3.0/#5-image-information"/>. A Presentation
/// document may embed all of an image service's <c>info.json</c> or only its id, type and profile;
/// the properties not typed here are kept in <see cref="IiifResource.ExtensionData"/>, as is a typed
/// property whose value has a JSON shape the model cannot hold.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public abstract class ImageService : Service
{
    internal OneOrMany<ImageSize>? SizesList;
    internal OneOrMany<ImageTile>? TilesList;

    private protected ImageService(string type, bool legacyKeys)
        : base(type, legacyKeys)
    {
    }

    /// <summary>Gets the major version of the Image API this service implements: 1, 2 or 3.</summary>
    public abstract int ApiVersion { get; }

    /// <summary>Gets the compliance level the <see cref="Service.Profile"/> names: 0, 1 or 2, or
    /// <see langword="null"/> when it names none (no profile, or one this library does not know).</summary>
    /// <remarks>A level 0 server need only serve the <c>sizes</c> it lists, its <c>tiles</c> and the whole image
    /// (<c>max</c>, or <c>full</c> before version 3), not sizes a client computes. Spec:
    /// <see href="https://iiif.io/api/image/3.0/compliance/"/>.</remarks>
    public int? ComplianceLevel => ServiceEvidence.ComplianceLevel(Profile);

    /// <summary>Gets or sets the URI of the Image API (<c>protocol</c>): <c>http://iiif.io/api/image</c>,
    /// which Image API 2 and 3 <c>info.json</c> documents give.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/image/3.0/#51-image-information-request"/>.</remarks>
    public string? Protocol { get; set; }

    /// <summary>Gets or sets the width of the full image in pixels (<c>width</c>).</summary>
    public int? Width { get; set; }

    /// <summary>Gets or sets the height of the full image in pixels (<c>height</c>).</summary>
    public int? Height { get; set; }

    /// <summary>Gets or sets the largest width the service returns (<c>maxWidth</c>).</summary>
    public int? MaxWidth
    {
        get => SparseOrNull?.MaxWidth;
        set => SparseFor(value is not null)?.MaxWidth = value;
    }

    /// <summary>Gets or sets the largest height the service returns (<c>maxHeight</c>).</summary>
    public int? MaxHeight
    {
        get => SparseOrNull?.MaxHeight;
        set => SparseFor(value is not null)?.MaxHeight = value;
    }

    /// <summary>Gets or sets the largest number of pixels the service returns (<c>maxArea</c>).</summary>
    public long? MaxArea
    {
        get => SparseOrNull?.MaxArea;
        set => SparseFor(value is not null)?.MaxArea = value;
    }

    /// <summary>Gets the sizes the service prefers to return, such as ready-made thumbnails (<c>sizes</c>).</summary>
    public IList<ImageSize> Sizes => SizesList ??= new OneOrMany<ImageSize>();

    /// <summary>Gets the tile sizes and scale factors the service supports (<c>tiles</c>).</summary>
    public IList<ImageTile> Tiles => TilesList ??= new OneOrMany<ImageTile>();

    /// <summary>Gets the image formats the publisher prefers, such as <c>webp</c>, in order of preference
    /// (<c>preferredFormats</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/image/3.0/#55-preferred-formats"/>.</remarks>
    public IList<string> PreferredFormats => Sparse.PreferredFormats ??= new OneOrMany<string>();

    /// <summary>Gets the qualities the service supports beyond those of its compliance level, such as
    /// <c>bitonal</c> (<c>extraQualities</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/image/3.0/#57-extra-functionality"/>.</remarks>
    public IList<string> ExtraQualities => Sparse.ExtraQualities ??= new OneOrMany<string>();

    /// <summary>Gets the formats the service supports beyond those of its compliance level, such as
    /// <c>png</c> or <c>tif</c> (<c>extraFormats</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/image/3.0/#57-extra-functionality"/>.</remarks>
    public IList<string> ExtraFormats => Sparse.ExtraFormats ??= new OneOrMany<string>();

    /// <summary>Gets the features the service supports beyond those of its compliance level, such as
    /// <c>regionSquare</c> or <c>rotationArbitrary</c> (<c>extraFeatures</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/image/3.0/#57-extra-functionality"/>.</remarks>
    public IList<string> ExtraFeatures => Sparse.ExtraFeatures ??= new OneOrMany<string>();

    internal override Shape<IiifResource> Shape => ResourceShapes.ImageService;
}
