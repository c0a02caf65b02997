namespace Iiif.Presentation;

/// <summary>
/// Represents a Manifest: the description of one compound object, its Canvases and its structure
/// (<c>"type": "Manifest"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#52-manifest"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Manifest : PresentationResource
{
    internal OneOrMany<Canvas>? ItemsList;
    internal OneOrMany<IiifRange>? StructuresList;
    internal OneOrMany<Service>? ServicesList;

    /// <summary>Initializes a Manifest with no properties but its type.</summary>
    public Manifest()
        : base(ResourceKind.Manifest, "Manifest")
    {
    }

    /// <summary>Initializes a Manifest with an id.</summary>
    /// <param name="id">The Manifest's URI.</param>
    public Manifest(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets the Canvases of the Manifest, in order (<c>items</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#items"/>.</remarks>
    public IList<Canvas> Items => ItemsList ??= new OneOrMany<Canvas>();

    /// <summary>Gets the top-level Ranges: the table of contents and other structures (<c>structures</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#structures"/>.</remarks>
    public IList<IiifRange> Structures => StructuresList ??= new OneOrMany<IiifRange>();

    /// <summary>Gets the services used by resources anywhere in the document, listed once at the top
    /// (<c>services</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#services"/>.</remarks>
    public IList<Service> Services => ServicesList ??= new OneOrMany<Service>();

    /// <summary>Gets or sets the order in which the Canvases are shown (<c>viewingDirection</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#viewingdirection"/>.</remarks>
    public ViewingDirection? ViewingDirection { get; set; }

    /// <summary>Gets or sets the Canvas, or part of one, a client shows first (<c>start</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#start"/>. A <see cref="Canvas"/>
    /// reference or a <see cref="SpecificResource"/> with a Canvas as source.</remarks>
    public IiifResource? Start { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.Manifest;
}
