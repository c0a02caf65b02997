namespace Iiif.Presentation;

/// <summary>
/// Represents an ImageApiSelector: a part or a transformation of an image given as the parameters of
/// an IIIF Image API request (<c>"type": "ImageApiSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/annex/openannotation/#iiif-image-api-selector"/>. The
/// values are strings, as in the Image API's URL syntax.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class ImageApiSelector : Selector
{
    /// <summary>Initializes an ImageApiSelector with no properties but its type.</summary>
    public ImageApiSelector()
        : base("ImageApiSelector")
    {
    }

    /// <summary>Gets or sets the region, such as <c>full</c> or <c>0,0,100,100</c> (<c>region</c>).</summary>
    public string? Region { get; set; }

    /// <summary>Gets or sets the size, such as <c>max</c> or <c>200,</c> (<c>size</c>).</summary>
    public string? Size { get; set; }

    /// <summary>Gets or sets the rotation, such as <c>90</c> or <c>!0</c> (<c>rotation</c>).</summary>
    public string? Rotation { get; set; }

    /// <summary>Gets or sets the quality, such as <c>default</c> or <c>gray</c> (<c>quality</c>).</summary>
    public string? Quality { get; set; }

    /// <summary>Gets or sets the format, such as <c>jpg</c> (<c>format</c>).</summary>
    public string? Format { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.ImageApiSelector;
}
