namespace Iiif.Presentation;

/// <summary>Represents a tile size and its scale factors (an entry of <c>tiles</c>).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/image/3.0/#54-tiles"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class ImageTile : IJsonObject
{
    internal OneOrMany<int>? ScaleFactorsList;
    internal ExtensionDataCollection? Extensions;

    /// <summary>Gets or sets the type, <c>Tile</c> in Image API 3 (<c>type</c>).</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the tile width in pixels (<c>width</c>).</summary>
    public int? Width { get; set; }

    /// <summary>Gets or sets the tile height in pixels, when it differs from the width (<c>height</c>).</summary>
    public int? Height { get; set; }

    /// <summary>Gets the resolution scale factors at which tiles are available (<c>scaleFactors</c>).</summary>
    public IList<int> ScaleFactors => ScaleFactorsList ??= new OneOrMany<int>();

    /// <summary>Gets the properties the model has no typed member for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }
}
