namespace Iiif.Presentation;

/// <summary>
/// Represents a IIIF Image API 1 service (<c>"type": "ImageService1"</c>), written with <c>@id</c> and <c>@type</c>
/// unless read otherwise.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/image/1.1/"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class ImageService1 : ImageService
{
    /// <summary>Initializes an Image API 1 service with no properties but its type.</summary>
    public ImageService1()
        : base("ImageService1", legacyKeys: true)
    {
    }

    /// <summary>Initializes an Image API 1 service with an id and, optionally, a profile.</summary>
    /// <param name="id">The service's base URI, without <c>/info.json</c>.</param>
    /// <param name="profile">The compliance level, such as <c>http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level1</c>, or <see langword="null"/>.</param>
    public ImageService1(string id, string? profile = null)
        : this()
    {
        Id = id;
        Profile = profile;
    }

    /// <inheritdoc/>
    public override int ApiVersion => 1;
}
