namespace Iiif.Presentation;

/// <summary>
/// Represents a Collection: an ordered list of Manifests and Collections (<c>"type": "Collection"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#51-collection"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Collection : PresentationResource
{
    internal OneOrMany<IiifResource>? ItemsList;
    internal OneOrMany<Service>? ServicesList;

    /// <summary>Initializes a Collection with no properties but its type.</summary>
    public Collection()
        : base(ResourceKind.Collection, "Collection")
    {
    }

    /// <summary>Initializes a Collection with an id.</summary>
    /// <param name="id">The Collection's URI.</param>
    public Collection(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets the Manifests and Collections of this Collection, in order (<c>items</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#items"/>. The entries are
    /// <see cref="Manifest"/> and <see cref="Collection"/> references; other types are kept as read.</remarks>
    public IList<IiifResource> Items => ItemsList ??= new OneOrMany<IiifResource>();

    /// <summary>Gets the services used by resources anywhere in the document, listed once at the top
    /// (<c>services</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#services"/>. Only on the
    /// top-most Collection.</remarks>
    public IList<Service> Services => ServicesList ??= new OneOrMany<Service>();

    /// <summary>Gets or sets the order in which the items are shown (<c>viewingDirection</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#viewingdirection"/>.</remarks>
    public ViewingDirection? ViewingDirection { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.Collection;
}
