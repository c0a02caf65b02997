namespace Iiif.Presentation;

/// <summary>
/// Represents a Range: an ordered part of a Manifest's content, such as a chapter, used for tables
/// of contents and other structures (<c>"type": "Range"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#54-range"/>.</para>
/// <para>The class is named <c>IiifRange</c>, not <c>Range</c>, so that it does not clash with
/// <c>System.Range</c> in code that imports <c>System</c>; its JSON <c>type</c> is <c>Range</c>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class IiifRange : PresentationResource
{
    internal OneOrMany<IiifResource>? ItemsList;

    /// <summary>Initializes a Range with no properties but its type.</summary>
    public IiifRange()
        : base(ResourceKind.Range, "Range")
    {
    }

    /// <summary>Initializes a Range with an id.</summary>
    /// <param name="id">The Range's URI.</param>
    public IiifRange(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets the Canvases, parts of Canvases and Ranges of this Range, in order (<c>items</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#items"/>. The entries are
    /// <see cref="Canvas"/> references, <see cref="SpecificResource"/>s with a Canvas source, and
    /// child <see cref="IiifRange"/>s. A Range without <c>items</c> is a reference.</remarks>
    public IList<IiifResource> Items => ItemsList ??= new OneOrMany<IiifResource>();

    /// <summary>Gets or sets the order in which the items are shown (<c>viewingDirection</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#viewingdirection"/>.</remarks>
    public ViewingDirection? ViewingDirection { get; set; }

    /// <summary>Gets or sets the Canvas, or part of one, a client shows first (<c>start</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#start"/>.</remarks>
    public IiifResource? Start { get; set; }

    /// <summary>Gets or sets the Annotations that belong with this Range, such as the transcription of
    /// an article (<c>supplementary</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#supplementary"/>.</remarks>
    public AnnotationCollection? Supplementary { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.Range;
}
