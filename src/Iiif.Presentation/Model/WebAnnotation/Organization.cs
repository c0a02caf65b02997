namespace Iiif.Presentation;

/// <summary>Represents an organization (<c>"type": "Organization"</c>), such as the institution that made an annotation.</summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#agents"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Organization : AnnotationAgent
{
    /// <summary>The <c>type</c> of the class.</summary>
    internal const string TypeName = "Organization";

    /// <summary>Initializes an agent with no properties but its type.</summary>
    public Organization()
        : base(TypeName)
    {
    }

    /// <summary>Initializes an agent with an id and, optionally, a name.</summary>
    /// <param name="id">The agent's URI.</param>
    /// <param name="name">The agent's name, or <see langword="null"/>.</param>
    public Organization(string id, string? name = null)
        : this()
    {
        Id = id;
        Name = name;
    }
}
