using System.Globalization;

namespace Iiif.Presentation;

/// <summary>Answers what viewers and harvesters ask of images: their image services, image URLs, and the best
/// thumbnail for a size.</summary>
/// <remarks>URLs follow the Image API request syntax of each version:
/// <see href="https://iiif.io/api/image/3.0/#4-image-requests"/> (size <c>max</c>, <c>w,h</c>),
/// <see href="https://iiif.io/api/image/2.1/#image-request-parameters"/> (size <c>full</c>, <c>w,</c>) and
/// <see href="https://iiif.io/api/image/1.1/#parameters"/> (quality <c>native</c>). The methods read the model and do
/// not change it.</remarks>
public static class ImageExtensions
{
    /// <summary>Returns the image services of a resource (version 1, 2 or 3, however they were written: <c>type</c>
    /// or <c>@type</c>, or only a <c>@context</c> or <c>profile</c>), and those of a
    /// <see cref="SpecificResource"/>'s source.</summary>
    /// <param name="resource">An image, a thumbnail, or any resource with <c>service</c>.</param>
    /// <returns>The image services, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ImageService> GetImageServices(this IiifResource resource)
    {
        Guard.NotNull(resource);
        var result = new List<ImageService>();
        Collect(resource, result);
        if (resource is SpecificResource { Source: { } source })
        {
            Collect(source, result);
        }

        return result;

        static void Collect(IiifResource r, List<ImageService> into)
        {
            if (r.ServiceList is null)
            {
                return;
            }

            foreach (Service service in r.ServiceList)
            {
                if (service is ImageService image)
                {
                    into.Add(image);
                }
            }
        }
    }

    /// <summary>Returns the URL of an image request to the service.</summary>
    /// <param name="service">The image service; its <see cref="IiifResource.Id"/> is the base URI.</param>
    /// <param name="region"><c>full</c>, <c>square</c>, <c>x,y,w,h</c> or <c>pct:x,y,w,h</c>.</param>
    /// <param name="size">A size in the syntax of the service's version. <c>max</c> and <c>full</c> both mean the
    /// whole size: this writes <c>max</c> for version 3 and <c>full</c> for versions 1 and 2.</param>
    /// <param name="rotation">Degrees clockwise, written in invariant culture.</param>
    /// <param name="quality"><c>default</c>, <c>color</c>, <c>gray</c>, <c>bitonal</c>; version 1 writes
    /// <c>native</c> for <c>default</c>.</param>
    /// <param name="format">The file extension: <c>jpg</c>, <c>png</c>, …</param>
    /// <returns><c>{id}/{region}/{size}/{rotation}/{quality}.{format}</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The service has no id.</exception>
    public static string GetImageUrl(
        this ImageService service,
        string region = "full",
        string size = "max",
        double rotation = 0,
        string quality = "default",
        string format = "jpg")
    {
        Guard.NotNull(service);
        Guard.NotNull(region);
        Guard.NotNull(size);
        Guard.NotNull(quality);
        Guard.NotNull(format);
        string id = BaseUri(service);
        int version = service.ApiVersion;
        if (size is "max" or "full")
        {
            size = version >= 3 ? "max" : "full";
        }

        if (version == 1 && quality == "default")
        {
            quality = "native";
        }

        return id + "/" + region + "/" + size + "/" + MediaFragments.Text(rotation) + "/" + quality + "." + format;
    }

    /// <summary>Returns the URL of a region of the image at a size, in the default quality as JPEG.</summary>
    /// <param name="service">The image service.</param>
    /// <param name="region">The region in the image's own pixels (rounded to whole pixels), or in percent
    /// (<c>pct:</c>). A Canvas region must be scaled first if the Canvas and the image differ in size.</param>
    /// <param name="width">The width wanted, or <see langword="null"/>.</param>
    /// <param name="height">The height wanted, or <see langword="null"/>. With no width either, the whole size of
    /// the region (<c>max</c> or <c>full</c>).</param>
    /// <returns>The URL.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The service has no id.</exception>
    public static string GetImageUrl(this ImageService service, CanvasRegion region, int? width = null, int? height = null)
    {
        string regionText = region.Unit == MediaFragmentUnit.Percent
            ? "pct:" + MediaFragments.Text(region.X) + "," + MediaFragments.Text(region.Y) + "," +
              MediaFragments.Text(region.W) + "," + MediaFragments.Text(region.H)
            : Pixels(region.X) + "," + Pixels(region.Y) + "," + Pixels(region.W) + "," + Pixels(region.H);
        string size = (width, height) switch
        {
            (null, null) => "max",
            ({ } w, null) => Pixels(w) + ",",
            (null, { } h) => "," + Pixels(h),
            ({ } w, { } h) => Pixels(w) + "," + Pixels(h),
        };
        return GetImageUrl(service, regionText, size);
    }

    /// <summary>Returns the URL of the best thumbnail of a resource for a box of the given size.</summary>
    /// <param name="resource">A Manifest (its thumbnail, else its first Canvas's), a Canvas (its thumbnail, else its
    /// default painted image's), an image, or any resource with <c>thumbnail</c>.</param>
    /// <param name="width">The width the thumbnail should have at least.</param>
    /// <param name="height">The height the thumbnail should have at least.</param>
    /// <returns>The URL, or <see langword="null"/> if the resource has no thumbnail and no image to make one.</returns>
    /// <remarks>
    /// <para>The resource's <c>thumbnail</c> comes first. Its candidates are each thumbnail of known size and, for a
    /// thumbnail with an image service, the size that service offers for the box (as below); the smallest that is at least
    /// <paramref name="width"/> × <paramref name="height"/> wins, else the largest. A thumbnail of unknown size is
    /// used only when nothing has a size.</para>
    /// <para>Without a thumbnail, the URL is computed from the image's service: a listed size by the same rule if the
    /// service lists <c>sizes</c> (safe for level 0), else the size that covers the box keeping the aspect ratio,
    /// never larger than the image and within <c>maxWidth</c>, <c>maxHeight</c> (which defaults to
    /// <c>maxWidth</c>) and <c>maxArea</c>. Version 3 writes <c>w,h</c>; versions 1 and 2 write <c>w,</c>. Without
    /// a service, the image's own id.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is not
    /// positive.</exception>
    public static string? GetThumbnailUrl(this IiifResource resource, int width, int height)
    {
        Guard.NotNull(resource);
        if (width <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "The width must be positive.");
        }

        if (height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, "The height must be positive.");
        }

        return ThumbnailOf(resource, width, height, depth: 0);
    }

    private static string? ThumbnailOf(IiifResource resource, int width, int height, int depth)
    {
        if (FromThumbnails(resource, width, height) is { } url)
        {
            return url;
        }

        switch (resource)
        {
            case Manifest manifest when depth == 0 && manifest.ItemsList is { Count: > 0 } canvases:
                return ThumbnailOf(canvases[0], width, height, depth + 1);
            case Canvas canvas:
                foreach (PaintedResource painted in canvas.GetPaintedImages())
                {
                    if (painted.IsDefault)
                    {
                        return ThumbnailOf(painted.Image!, width, height, depth + 1);
                    }
                }

                return null;
            case ContentResource content:
                foreach (ImageService service in content.GetImageServices())
                {
                    if (service.Id is not null)
                    {
                        return FromService(service, content.Width, content.Height, width, height)?.Url ??
                            GetImageUrl(service, "full", Pixels(width) + ",");
                    }
                }

                return content.Id;
            default:
                return null;
        }
    }

    private static string? FromThumbnails(IiifResource resource, int width, int height)
    {
        if (resource.ThumbnailList is not { Count: > 0 } thumbnails)
        {
            return null;
        }

        var candidates = new List<Candidate>();
        foreach (ContentResource thumbnail in thumbnails)
        {
            if (thumbnail.Id is not null && thumbnail.Width is { } w && thumbnail.Height is { } h)
            {
                candidates.Add(new Candidate(thumbnail.Id, w, h));
            }

            foreach (ImageService service in thumbnail.GetImageServices())
            {
                if (service.Id is not null && FromService(service, thumbnail.Width, thumbnail.Height, width, height) is { } computed)
                {
                    candidates.Add(computed);
                }
            }
        }

        return Choose(candidates, width, height)?.Url ?? thumbnails[0].Id;
    }

    /// <summary>Returns the service's best size for the box, or <see langword="null"/> if the sizes are unknown.</summary>
    private static Candidate? FromService(ImageService service, int? imageWidth, int? imageHeight, int width, int height)
    {
        if (service.SizesList is { Count: > 0 } sizes)
        {
            var candidates = new List<Candidate>();
            foreach (ImageSize size in sizes)
            {
                if (size.Width is { } sw && size.Height is { } sh)
                {
                    candidates.Add(new Candidate(SizeUrl(service, sw, sh), sw, sh));
                }
            }

            if (Choose(candidates, width, height) is { } chosen)
            {
                return chosen;
            }
        }

        if ((service.Width ?? imageWidth) is not { } fullWidth || (service.Height ?? imageHeight) is not { } fullHeight ||
            fullWidth <= 0 || fullHeight <= 0)
        {
            return null;
        }

        double scale = Math.Min(1, Math.Max((double)width / fullWidth, (double)height / fullHeight));
        int? maxWidth = service.MaxWidth;
        int? maxHeight = service.MaxHeight ?? maxWidth;
        if (maxWidth is { } mw && fullWidth * scale > mw)
        {
            scale = (double)mw / fullWidth;
        }

        if (maxHeight is { } mh && fullHeight * scale > mh)
        {
            scale = (double)mh / fullHeight;
        }

        if (service.MaxArea is { } area && (double)fullWidth * fullHeight * scale * scale > area)
        {
            scale = Math.Sqrt(area / ((double)fullWidth * fullHeight));
        }

        // Round, but never above a limit: a server refuses a size past maxWidth, maxHeight or maxArea.
        int w = Math.Max(1, (int)Math.Round(fullWidth * scale));
        int h = Math.Max(1, (int)Math.Round(fullHeight * scale));
        while ((maxWidth is { } a && w > a) || (maxHeight is { } b && h > b) ||
               (service.MaxArea is { } c && (long)w * h > c))
        {
            w = Math.Max(1, w - 1);
            h = Math.Max(1, (int)Math.Round((double)w * fullHeight / fullWidth));
            if (w == 1)
            {
                break;
            }
        }

        return new Candidate(SizeUrl(service, w, h), w, h);
    }

    private static string SizeUrl(ImageService service, int width, int height) =>
        GetImageUrl(service, "full", service.ApiVersion >= 3 ? Pixels(width) + "," + Pixels(height) : Pixels(width) + ",");

    private static Candidate? Choose(List<Candidate> candidates, int width, int height)
    {
        Candidate? smallestCovering = null;
        Candidate? largest = null;
        foreach (Candidate c in candidates)
        {
            if (c.Width >= width && c.Height >= height && (smallestCovering is null || c.Area < smallestCovering.Area))
            {
                smallestCovering = c;
            }

            if (largest is null || c.Area > largest.Area)
            {
                largest = c;
            }
        }

        return smallestCovering ?? largest;
    }

    private static string BaseUri(ImageService service)
    {
        string id = service.Id ?? throw new ArgumentException("The image service has no id.", nameof(service));
        return id.TrimEnd('/');
    }

    private static string Pixels(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private sealed record Candidate(string Url, int Width, int Height)
    {
        public long Area => (long)Width * Height;
    }
}
