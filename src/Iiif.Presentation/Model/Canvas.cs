namespace Iiif.Presentation;

/// <summary>
/// Represents a Canvas: a virtual container with a size and/or a duration on which content is
/// painted by Annotations (<c>"type": "Canvas"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#53-canvas"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Canvas : PresentationResource
{
    internal OneOrMany<AnnotationPage>? ItemsList;

    /// <summary>Initializes a Canvas with no properties but its type.</summary>
    public Canvas()
        : base(ResourceKind.Canvas, "Canvas")
    {
    }

    /// <summary>Initializes a Canvas with an id.</summary>
    /// <param name="id">The Canvas's URI, without a fragment.</param>
    public Canvas(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets or sets the height of the Canvas in its own coordinate units (<c>height</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#height"/>. Given with
    /// <see cref="Width"/>.</remarks>
    public int? Height { get; set; }

    /// <summary>Gets or sets the width of the Canvas in its own coordinate units (<c>width</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#width"/>. Given with
    /// <see cref="Height"/>.</remarks>
    public int? Width { get; set; }

    /// <summary>Gets or sets the duration of the Canvas in seconds (<c>duration</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#duration"/>.</remarks>
    public double? Duration
    {
        get => SparseOrNull?.Duration;
        set => SparseFor(value is not null)?.Duration = value;
    }

    /// <summary>Gets the pages of painting Annotations that make up the Canvas's content (<c>items</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#items"/>.</remarks>
    public IList<AnnotationPage> Items => ItemsList ??= new OneOrMany<AnnotationPage>();

    internal override Shape<IiifResource> Shape => ResourceShapes.Canvas;
}
