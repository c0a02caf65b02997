namespace Iiif.Presentation;

/// <summary>Represents moving images, with or without sound (<c>"type": "Video"</c>).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#type"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Video : ContentResource
{
    /// <summary>Initializes a resource of type <c>Video</c>.</summary>
    public Video()
        : base("Video")
    {
    }

    /// <summary>Initializes a resource of type <c>Video</c> with an id.</summary>
    /// <param name="id">The resource's URI.</param>
    public Video(string id)
        : this()
    {
        Id = id;
    }
}
