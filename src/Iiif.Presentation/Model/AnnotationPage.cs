namespace Iiif.Presentation;

/// <summary>
/// Represents an AnnotationPage: an ordered list of Annotations, one page of an
/// <see cref="AnnotationCollection"/> (<c>"type": "AnnotationPage"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#55-annotation-page"/>.</para>
/// <para>A page without <c>items</c> is a reference to a page published elsewhere.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AnnotationPage : IiifResource
{
    internal OneOrMany<Annotation>? ItemsList;

    /// <summary>Initializes an AnnotationPage with no properties but its type.</summary>
    public AnnotationPage()
        : base(ResourceKind.AnnotationPage, "AnnotationPage")
    {
    }

    /// <summary>Initializes an AnnotationPage with an id.</summary>
    /// <param name="id">The page's URI.</param>
    public AnnotationPage(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets the Annotations of the page, in order (<c>items</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#items"/>.</remarks>
    public IList<Annotation> Items => ItemsList ??= new OneOrMany<Annotation>();

    /// <summary>Gets or sets the next page of the collection this page is part of (<c>next</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#next"/>.</remarks>
    public AnnotationPage? Next
    {
        get => SparseOrNull?.Next;
        set => SparseFor(value is not null)?.Next = value;
    }

    /// <summary>Gets or sets the previous page of the collection this page is part of (<c>prev</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#prev"/>.</remarks>
    public AnnotationPage? Prev
    {
        get => SparseOrNull?.Prev;
        set => SparseFor(value is not null)?.Prev = value;
    }

    /// <summary>Gets or sets the position of the page's first Annotation in the whole collection,
    /// counting from 0 (<c>startIndex</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#startindex"/>.</remarks>
    public int? StartIndex
    {
        get => SparseOrNull?.StartIndex;
        set => SparseFor(value is not null)?.StartIndex = value;
    }

    internal override Shape<IiifResource> Shape => ResourceShapes.AnnotationPage;
}
