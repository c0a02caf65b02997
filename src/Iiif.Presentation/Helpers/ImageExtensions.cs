using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

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
        return ImageUrl(service, service.ApiVersion, region, size, MediaFragments.Text(rotation), quality, format);
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
        return GetImageUrl(service, regionText, SizeText(width, height) ?? "max");
    }

    /// <summary>Returns the URL of the best thumbnail of a resource for a box of the given size.</summary>
    /// <param name="resource">A Manifest (its thumbnail, else its first Canvas's), a Canvas (its thumbnail, else its
    /// default painted image's), an image, or any resource with <c>thumbnail</c>.</param>
    /// <param name="width">The width the thumbnail should have at least.</param>
    /// <param name="height">The height the thumbnail should have at least.</param>
    /// <returns>The URL, or <see langword="null"/> if the resource has no thumbnail and no image to make one.</returns>
    /// <remarks>The URL <see cref="GetThumbnail"/> chooses; see there for the rule.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is not
    /// positive.</exception>
    public static string? GetThumbnailUrl(this IiifResource resource, int width, int height) => GetThumbnail(resource, width, height).Url;

    /// <summary>Chooses the best thumbnail of a resource for a box of the given size, and says which candidates it
    /// considered and why the one chosen won.</summary>
    /// <param name="resource">A Manifest (its thumbnail, else its first Canvas's), a Canvas (its thumbnail, else its
    /// default painted image's), an image, or any resource with <c>thumbnail</c>.</param>
    /// <param name="width">The width the thumbnail should have at least.</param>
    /// <param name="height">The height the thumbnail should have at least.</param>
    /// <returns>The choice; its <see cref="ThumbnailSelection.Url"/> is <see langword="null"/> if the resource has no
    /// thumbnail and no image to make one.</returns>
    /// <remarks>
    /// <para>The resource's <c>thumbnail</c> comes first: each thumbnail as published, and what each of its image
    /// services offers. For a Manifest without one, its first Canvas is asked; for a Canvas without one, its default
    /// painted image, through its image services, or by its own id when they offer nothing.</para>
    /// <para>What an image service offers depends on its compliance level
    /// (<see href="https://iiif.io/api/image/3.0/compliance/"/>). The <c>sizes</c> it lists, always. At level 0 only
    /// those, the tiles that hold the whole image at one of their <c>scaleFactors</c>, and the whole image
    /// (<c>max</c>, or <c>full</c> before version 3): never a computed size, which a level 0 server need not serve.
    /// At level 1 and above (or an unknown level), when it lists no sizes, the size that covers the box keeping the
    /// aspect ratio, never larger than the image and within <c>maxWidth</c>, <c>maxHeight</c> (which defaults to
    /// <c>maxWidth</c>) and <c>maxArea</c>. Version 3 writes <c>w,h</c>; versions 1 and 2 write <c>w,</c>.</para>
    /// <para>An <see cref="ImageApiSelector"/> that paints a region of the image, or turns it, is applied: its region,
    /// rotation, quality and format go into the URL, and the size is computed for the region (turned). A level 0
    /// service cannot serve a region; the whole image is then chosen only when nothing else is offered, and
    /// <see cref="ThumbnailCandidate.ShowsSelection"/> says so.</para>
    /// <para>Of the candidates of known size, the smallest that is at least <paramref name="width"/> ×
    /// <paramref name="height"/> wins, else the largest; a candidate of unknown size wins only when no candidate has a
    /// size.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is not
    /// positive.</exception>
    public static ThumbnailSelection GetThumbnail(this IiifResource resource, int width, int height)
    {
        Guard.NotNull(resource);
        return new ThumbnailFinder(width, height).Select(resource);
    }

    /// <summary>Chooses the best thumbnail of a resource for a box of the given size as <see cref="GetThumbnail"/>
    /// does, first fetching the <c>info.json</c> of each image service whose description in the document does not
    /// say enough: no <c>sizes</c>, and no width or height, or a level of 0 (or none) without <c>tiles</c>.</summary>
    /// <param name="resource">A Manifest, a Canvas, an image, or any resource with <c>thumbnail</c>.</param>
    /// <param name="width">The width the thumbnail should have at least.</param>
    /// <param name="height">The height the thumbnail should have at least.</param>
    /// <param name="fetcher">Fetches an <c>info.json</c>; this library makes no HTTP requests of its own.</param>
    /// <param name="cancellationToken">Cancels the fetching.</param>
    /// <returns>The choice. Each service is fetched at most once, and only those of the places tried. What the
    /// <c>info.json</c> gives (level, size, sizes, tiles, limits) takes the place of what the document gives; a
    /// fetch that throws (or gives <see langword="null"/>) or whose document cannot be read is recorded in <see cref="ThumbnailSelection.Notes"/>,
    /// and the document's description is used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> or <paramref name="fetcher"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is not
    /// positive.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ThumbnailSelection> GetThumbnailAsync(
        this IiifResource resource,
        int width,
        int height,
        ImageInformationFetcher fetcher,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(resource);
        Guard.NotNull(fetcher);
        return new ThumbnailFinder(width, height).SelectAsync(resource, fetcher, cancellationToken);
    }

    /// <summary>Returns the URL of an image request in the syntax of an Image API version.</summary>
    internal static string ImageUrl(ImageService service, int version, string region, string size, string rotation, string quality, string format)
    {
        if (size is "max" or "full")
        {
            size = version >= 3 ? "max" : "full";
        }

        if (version == 1 && quality == "default")
        {
            quality = "native";
        }

        return BaseUri(service) + "/" + region + "/" + size + "/" + rotation + "/" + quality + "." + format;
    }

    /// <summary>Returns the Image API size for a width, a height or both (<c>w,</c>, <c>,h</c>, <c>w,h</c>), or
    /// <see langword="null"/> when neither is given.</summary>
    internal static string? SizeText(int? width, int? height) => (width, height) switch
    {
        (null, null) => null,
        ({ } w, null) => Pixels(w) + ",",
        (null, { } h) => "," + Pixels(h),
        ({ } w, { } h) => Pixels(w) + "," + Pixels(h),
    };

    internal static string BaseUri(ImageService service)
    {
        string id = service.Id ?? throw new ArgumentException("The image service has no id.", nameof(service));
        return id.TrimEnd('/');
    }

    private static string Pixels(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
