namespace Iiif.Presentation;

/// <summary>
/// Represents what an Image API 2 service supports beyond its compliance level: an object of its
/// <c>profile</c> list after the level's URI (<c>"profile": ["…/level2.json", { "formats": [ … ] }]</c>).
/// Image API 3 gives the same facts as <see cref="ImageService.ExtraFormats"/>, <see cref="ImageService.ExtraQualities"/>
/// and <see cref="ImageService.ExtraFeatures"/>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/image/2.1/#profile-description"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class ImageProfile : IJsonObject
{
    internal OneOrMany<string>? FormatsList;
    internal OneOrMany<string>? QualitiesList;
    internal OneOrMany<string>? SupportsList;
    internal ExtensionDataCollection? Extensions;

    /// <summary>Gets the image formats the service offers beyond its level, such as <c>png</c> (<c>formats</c>).</summary>
    public IList<string> Formats => FormatsList ??= new OneOrMany<string>();

    /// <summary>Gets the qualities the service offers, such as <c>color</c> or <c>gray</c> (<c>qualities</c>).</summary>
    public IList<string> Qualities => QualitiesList ??= new OneOrMany<string>();

    /// <summary>Gets the features the service supports beyond its level, such as <c>mirroring</c> (<c>supports</c>).</summary>
    public IList<string> Supports => SupportsList ??= new OneOrMany<string>();

    /// <summary>Gets or sets the largest width, in pixels, the service returns (<c>maxWidth</c>).</summary>
    public int? MaxWidth { get; set; }

    /// <summary>Gets or sets the largest height, in pixels, the service returns (<c>maxHeight</c>).</summary>
    public int? MaxHeight { get; set; }

    /// <summary>Gets or sets the largest area, in pixels, the service returns (<c>maxArea</c>).</summary>
    public long? MaxArea { get; set; }

    /// <summary>Gets the properties the model has no typed member for (such as <c>@context</c> and <c>@type</c>),
    /// in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }
}
