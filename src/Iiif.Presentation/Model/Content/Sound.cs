namespace Iiif.Presentation;

/// <summary>Represents audio content (<c>"type": "Sound"</c>).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#type"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Sound : ContentResource
{
    /// <summary>Initializes a resource of type <c>Sound</c>.</summary>
    public Sound()
        : base("Sound")
    {
    }

    /// <summary>Initializes a resource of type <c>Sound</c> with an id.</summary>
    /// <param name="id">The resource's URI.</param>
    public Sound(string id)
        : this()
    {
        Id = id;
    }
}
