namespace Iiif.Presentation;

/// <summary>Represents data not meant to be read directly by people, such as a metadata record (<c>"type": "Dataset"</c>).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#type"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Dataset : ContentResource
{
    /// <summary>Initializes a resource of type <c>Dataset</c>.</summary>
    public Dataset()
        : base("Dataset")
    {
    }

    /// <summary>Initializes a resource of type <c>Dataset</c> with an id.</summary>
    /// <param name="id">The resource's URI.</param>
    public Dataset(string id)
        : this()
    {
        Id = id;
    }
}
