namespace Iiif.Presentation;

/// <summary>Represents a three-dimensional or other model (<c>"type": "Model"</c>).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#type"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Model : ContentResource
{
    /// <summary>Initializes a resource of type <c>Model</c>.</summary>
    public Model()
        : base("Model")
    {
    }

    /// <summary>Initializes a resource of type <c>Model</c> with an id.</summary>
    /// <param name="id">The resource's URI.</param>
    public Model(string id)
        : this()
    {
        Id = id;
    }
}
