namespace Iiif.Presentation;

/// <summary>
/// Represents a IIIF Image API 3 service (<c>"type": "ImageService3"</c>), written with <c>id</c> and <c>type</c>
/// unless read otherwise.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/image/3.0/"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class ImageService3 : ImageService
{
    /// <summary>Initializes an Image API 3 service with no properties but its type.</summary>
    public ImageService3()
        : base("ImageService3", legacyKeys: false)
    {
    }

    /// <summary>Initializes an Image API 3 service with an id and, optionally, a profile.</summary>
    /// <param name="id">The service's base URI, without <c>/info.json</c>.</param>
    /// <param name="profile">The compliance level, such as <c>level1</c>, or <see langword="null"/>.</param>
    public ImageService3(string id, string? profile = null)
        : this()
    {
        Id = id;
        Profile = profile;
    }

    /// <inheritdoc/>
    public override int ApiVersion => 3;
}
