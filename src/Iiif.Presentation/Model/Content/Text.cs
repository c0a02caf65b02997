namespace Iiif.Presentation;

/// <summary>Represents a resource meant to be read by people, such as a web page, a PDF or a transcript (<c>"type": "Text"</c>).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#type"/>.</para>
/// <para>The name matches the spec's type; it is not <c>System.Text</c>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Text : ContentResource
{
    /// <summary>Initializes a resource of type <c>Text</c>.</summary>
    public Text()
        : base("Text")
    {
    }

    /// <summary>Initializes a resource of type <c>Text</c> with an id.</summary>
    /// <param name="id">The resource's URI.</param>
    public Text(string id)
        : this()
    {
        Id = id;
    }
}
