namespace Iiif.Presentation;

/// <summary>One image a thumbnail could be: its URL, its size when known, and where it comes from.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class ThumbnailCandidate
{
    internal ThumbnailCandidate(string url, int? width, int? height, ThumbnailSource source, ImageService? service, bool fromImageInformation, bool showsSelection)
    {
        Url = url;
        Width = width;
        Height = height;
        Source = source;
        Service = service;
        FromImageInformation = fromImageInformation;
        ShowsSelection = showsSelection;
    }

    /// <summary>Gets the URL of the image.</summary>
    public string Url { get; }

    /// <summary>Gets the width of the image in pixels, or <see langword="null"/> when it is not known.</summary>
    public int? Width { get; }

    /// <summary>Gets the height of the image in pixels, or <see langword="null"/> when it is not known.</summary>
    public int? Height { get; }

    /// <summary>Gets where the candidate comes from.</summary>
    public ThumbnailSource Source { get; }

    /// <summary>Gets the image service the URL is a request to, or <see langword="null"/> for a
    /// <see cref="ThumbnailSource.Thumbnail"/> or <see cref="ThumbnailSource.Image"/> by its own id.</summary>
    public ImageService? Service { get; }

    /// <summary>Gets whether the size comes from the service's <c>info.json</c>, fetched because the document did not
    /// give what was needed.</summary>
    public bool FromImageInformation { get; }

    /// <summary>Gets whether the image shows what the Canvas shows: <see langword="false"/> for the whole image when
    /// an <see cref="ImageApiSelector"/> paints only a region of it or turns it, which is chosen only when nothing
    /// else is offered.</summary>
    public bool ShowsSelection { get; }

    /// <summary>Gets whether both dimensions are known.</summary>
    internal bool HasSize => Width is not null && Height is not null;

    /// <summary>Gets the area in pixels, or 0 when the size is not known.</summary>
    internal long Area => HasSize ? (long)Width!.Value * Height!.Value : 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Source} {Width?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}x{Height?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} {Url}";
}
