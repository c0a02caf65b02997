namespace Iiif.Presentation;

/// <summary>Represents a still image, such as a photograph or a scan of a page (<c>"type": "Image"</c>).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#type"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Image : ContentResource
{
    /// <summary>Initializes a resource of type <c>Image</c>.</summary>
    public Image()
        : base("Image")
    {
    }

    /// <summary>Initializes a resource of type <c>Image</c> with an id.</summary>
    /// <param name="id">The resource's URI.</param>
    public Image(string id)
        : this()
    {
        Id = id;
    }
}
