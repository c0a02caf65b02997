using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation;

/// <summary>
/// Chooses a thumbnail for a box: the one rule behind <see cref="ImageExtensions.GetThumbnail"/>,
/// <see cref="ImageExtensions.GetThumbnailAsync"/> and <see cref="ImageExtensions.GetThumbnailUrl"/>.
/// </summary>
/// <remarks>
/// <para>The places are tried in order, and the first that offers any candidate decides: the resource's
/// <c>thumbnail</c>; for a Manifest, then its first Canvas; for a Canvas, then its default painted image's
/// <c>thumbnail</c> and then that image itself, through its image services, with the
/// <see cref="ImageApiSelector"/> that paints it applied.</para>
/// <para>What an image service offers depends on its compliance level
/// (<see href="https://iiif.io/api/image/3.0/compliance/"/>): its listed <c>sizes</c> always; at level 0 only
/// those, the tiles that hold the whole image and the whole image; from level 1 a size computed for the box.
/// A region can be asked of level 1 and above only.</para>
/// <para>One instance serves one call; it reads the model and never changes it.</para>
/// </remarks>
internal sealed class ThumbnailFinder
{
    private readonly int _width;
    private readonly int _height;
    private readonly List<string> _notes = [];
    // Resources compare by reference: one entry per service object.
    private readonly Dictionary<ImageService, ImageService?> _information = [];

    internal ThumbnailFinder(int width, int height)
    {
        if (width <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "The width must be positive.");
        }

        if (height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, "The height must be positive.");
        }

        _width = width;
        _height = height;
    }

    /// <summary>Chooses without fetching anything.</summary>
    internal ThumbnailSelection Select(IiifResource resource)
    {
        foreach (Place place in PlacesOf(resource))
        {
            if (TryPlace(place) is { } selection)
            {
                return selection;
            }
        }

        return Nothing();
    }

    /// <summary>Chooses, fetching the <c>info.json</c> of each service of a place that does not say enough, once each,
    /// before the place is tried.</summary>
    internal async Task<ThumbnailSelection> SelectAsync(IiifResource resource, ImageInformationFetcher fetcher, CancellationToken cancellationToken)
    {
        foreach (Place place in PlacesOf(resource))
        {
            foreach ((ImageService service, ContentResource of) in ServicesOf(place))
            {
                if (NeedsInformation(service, of) && !_information.ContainsKey(service))
                {
                    _information[service] = await FetchAsync(service, fetcher, cancellationToken).ConfigureAwait(false);
                }
            }

            if (TryPlace(place) is { } selection)
            {
                return selection;
            }
        }

        return Nothing();
    }

    /// <summary>Returns whether a service's description (with the size of the resource it serves) leaves out what
    /// choosing needs: it lists no sizes, and either the size is unknown, or its level is 0 or unknown and it gives
    /// no tiles.</summary>
    private static bool NeedsInformation(ImageService service, ContentResource of) =>
        service.Id is not null && service.SizesList is not { Count: > 0 } &&
        ((service.Width ?? of.Width) is null || (service.Height ?? of.Height) is null ||
         (service.ComplianceLevel is null or 0 && service.TilesList is not { Count: > 0 }));

    private ThumbnailSelection Nothing() => new(null, [], "The resource has no thumbnail and no image to make one.", _notes);

    private static List<Place> PlacesOf(IiifResource resource)
    {
        var places = new List<Place>();
        Add(resource, depth: 0);
        return places;

        void Add(IiifResource r, int depth)
        {
            places.Add(new Place(r, IsImage: false, null));
            switch (r)
            {
                case Manifest manifest when depth == 0 && manifest.ItemsList is { Count: > 0 } canvases:
                    Add(canvases[0], depth + 1);
                    break;
                case Canvas canvas:
                    foreach (PaintedResource painted in canvas.GetPaintedImages())
                    {
                        if (painted.IsDefault)
                        {
                            places.Add(new Place(painted.Image!, IsImage: false, null));
                            places.Add(new Place(painted.Image!, IsImage: true, painted.ImageApiSelector));
                            break;
                        }
                    }

                    break;
                case SpecificResource { Source: ContentResource source } specific:
                    places.Add(new Place(source, IsImage: true, PaintedResource.ImageApiSelectorOf(specific)));
                    break;
                case ContentResource content:
                    places.Add(new Place(content, IsImage: true, null));
                    break;
            }
        }
    }

    /// <summary>Returns the image services a place consults, each with the resource it serves.</summary>
    private static List<(ImageService Service, ContentResource Of)> ServicesOf(Place place)
    {
        var services = new List<(ImageService, ContentResource)>();
        if (place.IsImage)
        {
            var image = (ContentResource)place.Resource;
            foreach (ImageService service in image.GetImageServices())
            {
                services.Add((service, image));
            }
        }
        else if (place.Resource.ThumbnailList is { } thumbnails)
        {
            foreach (ContentResource thumbnail in thumbnails)
            {
                foreach (ImageService service in thumbnail.GetImageServices())
                {
                    services.Add((service, thumbnail));
                }
            }
        }

        return services;
    }

    private ThumbnailSelection? TryPlace(Place place)
    {
        var candidates = new List<ThumbnailCandidate>();
        if (place.IsImage)
        {
            var image = (ContentResource)place.Resource;
            foreach (ImageService service in image.GetImageServices())
            {
                AddFromService(candidates, service, image.Width, image.Height, place.Selector);
            }

            // The image itself (often the largest file) only when no service offers anything.
            if (image.Id is not null && candidates.Count == 0)
            {
                candidates.Add(new ThumbnailCandidate(image.Id, image.Width, image.Height, ThumbnailSource.Image, null, fromImageInformation: false, ShowsWhole(place.Selector)));
            }
        }
        else if (place.Resource.ThumbnailList is { Count: > 0 } thumbnails)
        {
            foreach (ContentResource thumbnail in thumbnails)
            {
                if (thumbnail.Id is not null)
                {
                    candidates.Add(new ThumbnailCandidate(thumbnail.Id, thumbnail.Width, thumbnail.Height, ThumbnailSource.Thumbnail, null, fromImageInformation: false, showsSelection: true));
                }

                foreach (ImageService service in thumbnail.GetImageServices())
                {
                    AddFromService(candidates, service, thumbnail.Width, thumbnail.Height, selector: null);
                }
            }
        }

        if (candidates.Count == 0)
        {
            _notes.Add(place.IsImage
                ? $"The image {place.Resource.Id} offers no URL."
                : $"The {place.Resource.Type ?? place.Resource.GetType().Name} {place.Resource.Id} has no thumbnail.");
            return null;
        }

        (ThumbnailCandidate chosen, string reason) = Choose(candidates);
        return new ThumbnailSelection(chosen, candidates, reason, _notes);
    }

    private (ThumbnailCandidate Chosen, string Reason) Choose(List<ThumbnailCandidate> candidates)
    {
        bool anyShowsSelection = candidates.Exists(c => c.ShowsSelection);
        ThumbnailCandidate? smallestCovering = null;
        ThumbnailCandidate? largest = null;
        ThumbnailCandidate? firstUnsized = null;
        foreach (ThumbnailCandidate c in candidates)
        {
            if (anyShowsSelection && !c.ShowsSelection)
            {
                continue;
            }

            if (!c.HasSize)
            {
                firstUnsized ??= c;
                continue;
            }

            if (c.Width >= _width && c.Height >= _height && (smallestCovering is null || c.Area < smallestCovering.Area))
            {
                smallestCovering = c;
            }

            if (largest is null || c.Area > largest.Area)
            {
                largest = c;
            }
        }

        string box = Text(_width) + " x " + Text(_height);
        string but = anyShowsSelection ? string.Empty : " (none shows only what the selector selects: the whole image)";
        return smallestCovering is not null ? (smallestCovering, $"The smallest candidate at least {box}{but}.")
            : largest is not null ? (largest, $"The largest candidate: none is at least {box}{but}.")
            : (firstUnsized!, $"The first candidate: none has a known size{but}.");
    }

    private void AddFromService(List<ThumbnailCandidate> into, ImageService service, int? imageWidth, int? imageHeight, ImageApiSelector? selector)
    {
        if (service.Id is null)
        {
            return;
        }

        ImageService? information = _information.TryGetValue(service, out ImageService? fetched) ? fetched : null;
        bool informed = information is not null;
        int version = (information ?? service).ApiVersion;
        int? level = information?.ComplianceLevel ?? service.ComplianceLevel;
        int? fullWidth = information?.Width ?? service.Width ?? imageWidth;
        int? fullHeight = information?.Height ?? service.Height ?? imageHeight;
        OneOrMany<ImageSize>? sizes = information?.SizesList is { Count: > 0 } s ? s : service.SizesList;
        OneOrMany<ImageTile>? tiles = information?.TilesList is { Count: > 0 } t ? t : service.TilesList;

        string region = selector?.Region ?? "full";
        bool full = IsFull(region);
        string rotation = selector?.Rotation ?? "0";
        bool turned = QuarterTurns(rotation) % 2 == 1;
        string quality = selector?.Quality ?? "default";
        string format = selector?.Format ?? "jpg";
        (int W, int H)? regionSize = RegionSize(region, fullWidth, fullHeight);

        string Url(string size) => ImageExtensions.ImageUrl(service, version, region, size, rotation, quality, format);

        ThumbnailCandidate Candidate(string size, int? w, int? h, ThumbnailSource source) =>
            new(Url(size), turned ? h : w, turned ? w : h, source, service, informed, showsSelection: true);

        int before = into.Count;
        if (full && sizes is { Count: > 0 })
        {
            foreach (ImageSize size in sizes)
            {
                if (size.Width is { } w && size.Height is { } h)
                {
                    into.Add(Candidate(SizeText(version, w, h), w, h, ThumbnailSource.ListedSize));
                }
            }
        }

        if (level == 0)
        {
            if (!full)
            {
                _notes.Add($"The image service {service.Id} is level 0: it need not serve the region {region}.");
                return;
            }

            if (fullWidth is { } fw && fullHeight is { } fh && tiles is not null)
            {
                foreach (ImageTile tile in tiles)
                {
                    if (tile.Width is not { } tw || tile.ScaleFactorsList is null)
                    {
                        continue;
                    }

                    int th = tile.Height ?? tw;
                    foreach (int factor in tile.ScaleFactorsList)
                    {
                        int w = (fw + factor - 1) / Math.Max(1, factor);
                        int h = (fh + factor - 1) / Math.Max(1, factor);
                        // The whole image in one tile, asked as OpenSeadragon and static tile makers do: region
                        // full at the tile's size. At scale 1 that is the full size, offered below.
                        if (factor > 1 && w <= tw && h <= th && w < fw && !into.Exists(c => c.Url == Url(SizeText(version, w, h))))
                        {
                            into.Add(Candidate(SizeText(version, w, h), w, h, ThumbnailSource.Tile));
                        }
                    }
                }
            }

            // The whole image is as large as the service says; the size of the resource it serves is only a guess,
            // wrong when a listed size is larger (a thumbnail whose service serves a larger image).
            bool guessed = (information?.Width ?? service.Width) is null || (information?.Height ?? service.Height) is null;
            bool wrong = guessed && fullWidth is { } gw && AnyWider(sizes, gw);
            into.Add(Candidate(version >= 3 ? "max" : "full", wrong ? null : fullWidth, wrong ? null : fullHeight, ThumbnailSource.FullSize));
            return;
        }

        if (into.Count > before)
        {
            return;
        }

        if (regionSize is not { } regionPixels)
        {
            int wanted = turned ? _height : _width;
            into.Add(Candidate(Text(wanted) + ",", wanted, null, ThumbnailSource.ComputedSize));
            return;
        }

        (int cw, int ch) = Computed(service, information, regionPixels.W, regionPixels.H, turned ? _height : _width, turned ? _width : _height);
        into.Add(Candidate(SizeText(version, cw, ch), cw, ch, ThumbnailSource.ComputedSize));
    }

    /// <summary>Returns the size that covers the box keeping the aspect ratio, never larger than the region and within
    /// <c>maxWidth</c>, <c>maxHeight</c> (which defaults to <c>maxWidth</c>) and <c>maxArea</c>.</summary>
    private static (int Width, int Height) Computed(ImageService service, ImageService? information, int regionWidth, int regionHeight, int width, int height)
    {
        int? maxWidth = information?.MaxWidth ?? service.MaxWidth;
        int? maxHeight = information?.MaxHeight ?? service.MaxHeight ?? maxWidth;
        long? maxArea = information?.MaxArea ?? service.MaxArea;
        double scale = Math.Min(1, Math.Max((double)width / regionWidth, (double)height / regionHeight));
        if (maxWidth is { } mw && regionWidth * scale > mw)
        {
            scale = (double)mw / regionWidth;
        }

        if (maxHeight is { } mh && regionHeight * scale > mh)
        {
            scale = (double)mh / regionHeight;
        }

        if (maxArea is { } area && (double)regionWidth * regionHeight * scale * scale > area)
        {
            scale = Math.Sqrt(area / ((double)regionWidth * regionHeight));
        }

        // Round, but never above a limit: a server refuses a size past maxWidth, maxHeight or maxArea.
        int w = Math.Max(1, (int)Math.Round(regionWidth * scale));
        int h = Math.Max(1, (int)Math.Round(regionHeight * scale));
        while ((maxWidth is { } a && w > a) || (maxHeight is { } b && h > b) || (maxArea is { } c && (long)w * h > c))
        {
            w = Math.Max(1, w - 1);
            h = Math.Max(1, (int)Math.Round((double)w * regionHeight / regionWidth));
            if (w == 1)
            {
                break;
            }
        }

        return (w, h);
    }

    private async Task<ImageService?> FetchAsync(ImageService service, ImageInformationFetcher fetcher, CancellationToken cancellationToken)
    {
        string url = ImageExtensions.BaseUri(service) + "/info.json";
        byte[]? bytes;
        try
        {
            // A fetcher may still give null for "not available", whatever its signature says.
            bytes = await fetcher(url, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _notes.Add($"{url} could not be fetched: {e.GetType().Name}: {e.Message}");
            return null;
        }

        if (bytes is null)
        {
            _notes.Add($"{url} is not available.");
            return null;
        }

        try
        {
            ImageService information = IiifJson.Deserialize<ImageService>(bytes);
            _notes.Add($"{url} was read: level {Text(information.ComplianceLevel)}, {Text(information.Width)} x {Text(information.Height)}, " +
                       $"{information.SizesList?.Count ?? 0} sizes, {information.TilesList?.Count ?? 0} tile sets.");
            return information;
        }
        catch (Exception e) when (e is JsonException or IiifJsonException or InvalidCastException or InvalidOperationException)
        {
            _notes.Add($"{url} could not be read: {e.Message}");
            return null;
        }
    }

    private static bool AnyWider(OneOrMany<ImageSize>? sizes, int width)
    {
        if (sizes is not null)
        {
            foreach (ImageSize size in sizes)
            {
                if (size.Width > width)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Returns whether an image as it is shows what a selector selects: the whole image, not turned.</summary>
    private static bool ShowsWhole(ImageApiSelector? selector) =>
        selector is null || (IsFull(selector.Region) && (selector.Rotation is null || (QuarterTurns(selector.Rotation) == 0 && !selector.Rotation.StartsWith("!", StringComparison.Ordinal))));

    /// <summary>Returns whether an Image API region is the whole image.</summary>
    private static bool IsFull(string? region) => region is null or "full";

    /// <summary>Returns the quarter turns of an Image API rotation (<c>90</c>, <c>!270</c>): 0 to 3, or -1 for any other angle.</summary>
    private static int QuarterTurns(string? rotation)
    {
        if (rotation is null)
        {
            return 0;
        }

        string degrees = rotation.StartsWith("!", StringComparison.Ordinal) ? rotation.Substring(1) : rotation;
        if (!double.TryParse(degrees, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return -1;
        }

        double turns = ((value % 360) + 360) % 360 / 90;
        return turns == Math.Floor(turns) ? (int)turns : -1;
    }

    /// <summary>Returns the size in pixels of an Image API region of an image of the given size, or
    /// <see langword="null"/> when it cannot be known.</summary>
    internal static (int W, int H)? RegionSize(string region, int? width, int? height)
    {
        if (region == "full")
        {
            return width is { } w && height is { } h && w > 0 && h > 0 ? (w, h) : null;
        }

        if (region == "square")
        {
            return width is { } w && height is { } h && w > 0 && h > 0 ? (Math.Min(w, h), Math.Min(w, h)) : null;
        }

        bool percent = region.StartsWith("pct:", StringComparison.Ordinal);
        string[] parts = (percent ? region.Substring(4) : region).Split(',');
        if (parts.Length != 4)
        {
            return null;
        }

        double[] values = new double[4];
        for (int i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || values[i] < 0)
            {
                return null;
            }
        }

        if (percent)
        {
            if (width is not { } w || height is not { } h)
            {
                return null;
            }

            values = [values[0] * w / 100, values[1] * h / 100, values[2] * w / 100, values[3] * h / 100];
        }

        // A region past the image's edge is cut there, as the Image API says.
        double rw = width is { } fw ? Math.Min(values[2], fw - values[0]) : values[2];
        double rh = height is { } fh ? Math.Min(values[3], fh - values[1]) : values[3];
        int pw = (int)Math.Round(rw, MidpointRounding.AwayFromZero);
        int ph = (int)Math.Round(rh, MidpointRounding.AwayFromZero);
        return pw > 0 && ph > 0 ? (pw, ph) : null;
    }

    private static string SizeText(int version, int width, int height) =>
        version >= 3 ? Text(width) + "," + Text(height) : Text(width) + ",";

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    /// <summary>A place a thumbnail may come from: a resource's <c>thumbnail</c>, or an image itself.</summary>
    private sealed record Place(IiifResource Resource, bool IsImage, ImageApiSelector? Selector);
}
