namespace Iiif.Presentation;

/// <summary>Represents a size an image service prefers to return (an entry of <c>sizes</c>).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/image/3.0/#53-sizes"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class ImageSize : IJsonObject
{
    internal ExtensionDataCollection? Extensions;

    /// <summary>Initializes an empty size.</summary>
    public ImageSize()
    {
    }

    /// <summary>Initializes a size.</summary>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    public ImageSize(int width, int height)
    {
        Width = width;
        Height = height;
    }

    /// <summary>Gets or sets the type, <c>Size</c> in Image API 3 (<c>type</c>).</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the width in pixels (<c>width</c>).</summary>
    public int? Width { get; set; }

    /// <summary>Gets or sets the height in pixels (<c>height</c>).</summary>
    public int? Height { get; set; }

    /// <summary>Gets the properties the model has no typed member for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }

    /// <summary>Returns the size as <c>width,height</c>, for debugging.</summary>
    /// <returns>The size.</returns>
    public override string ToString() => $"{Width},{Height}";
}
