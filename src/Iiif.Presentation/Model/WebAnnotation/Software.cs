namespace Iiif.Presentation;

/// <summary>Represents software (<c>"type": "Software"</c>), such as the client or the recognition model that generated an annotation.</summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#agents"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Software : AnnotationAgent
{
    /// <summary>The <c>type</c> of the class.</summary>
    internal const string TypeName = "Software";

    /// <summary>Initializes an agent with no properties but its type.</summary>
    public Software()
        : base(TypeName)
    {
    }

    /// <summary>Initializes an agent with an id and, optionally, a name.</summary>
    /// <param name="id">The agent's URI.</param>
    /// <param name="name">The agent's name, or <see langword="null"/>.</param>
    public Software(string id, string? name = null)
        : this()
    {
        Id = id;
        Name = name;
    }
}
