namespace Iiif.Presentation;

/// <summary>
/// Represents a IIIF Image API 2 service (<c>"type": "ImageService2"</c>), written with <c>@id</c> and <c>@type</c>
/// unless read otherwise.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/image/2.1/"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class ImageService2 : ImageService
{
    /// <summary>Initializes an Image API 2 service with no properties but its type.</summary>
    public ImageService2()
        : base("ImageService2", legacyKeys: true)
    {
    }

    /// <summary>Initializes an Image API 2 service with an id and, optionally, a profile.</summary>
    /// <param name="id">The service's base URI, without <c>/info.json</c>.</param>
    /// <param name="profile">The compliance level, such as <c>http://iiif.io/api/image/2/level1.json</c>, or <see langword="null"/>.</param>
    public ImageService2(string id, string? profile = null)
        : this()
    {
        Id = id;
        Profile = profile;
    }

    /// <inheritdoc/>
    public override int ApiVersion => 2;

    /// <summary>
    /// Gets what the service supports beyond its compliance level: the objects of its <c>profile</c> list after
    /// <see cref="Service.Profile"/>. Adding one writes <c>profile</c> as a list.
    /// </summary>
    /// <remarks>An entry that is not an object (another profile URI), and every entry after it, is kept as read and
    /// written back after these, untyped, so that the list keeps its order.</remarks>
    public IList<ImageProfile> ProfileDescriptions => ProfileDescriptionList ??= [];
}
