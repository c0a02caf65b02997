namespace Iiif.Presentation;

/// <summary>
/// Represents an Agent: an organisation or person that contributed to providing a resource, listed in
/// <c>provider</c> (<c>"type": "Agent"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#provider"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Agent : IiifResource
{
    internal OneOrMany<ContentResource>? LogoList;

    /// <summary>Initializes an Agent with no properties but its type.</summary>
    public Agent()
        : base(ResourceKind.Agent, "Agent")
    {
    }

    /// <summary>Initializes an Agent with an id.</summary>
    /// <param name="id">The Agent's URI.</param>
    public Agent(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets the images that represent the Agent, such as its logo (<c>logo</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#logo"/>.</remarks>
    public IList<ContentResource> Logo => LogoList ??= new OneOrMany<ContentResource>();

    internal override Shape<IiifResource> Shape => ResourceShapes.Agent;
}
