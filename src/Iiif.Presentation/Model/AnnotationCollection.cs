namespace Iiif.Presentation;

/// <summary>
/// Represents an AnnotationCollection: an ordered list of AnnotationPages, reached through its
/// first and last pages (<c>"type": "AnnotationCollection"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#58-annotation-collection"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AnnotationCollection : IiifResource
{
    /// <summary>Initializes an AnnotationCollection with no properties but its type.</summary>
    public AnnotationCollection()
        : base(ResourceKind.AnnotationCollection, "AnnotationCollection")
    {
    }

    /// <summary>Initializes an AnnotationCollection with an id.</summary>
    /// <param name="id">The collection's URI.</param>
    public AnnotationCollection(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets or sets the first page (<c>first</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#first"/>.</remarks>
    public AnnotationPage? First { get; set; }

    /// <summary>Gets or sets the last page (<c>last</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#last"/>.</remarks>
    public AnnotationPage? Last { get; set; }

    /// <summary>Gets or sets the number of Annotations in all pages (<c>total</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#total"/>.</remarks>
    public int? Total { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.AnnotationCollection;
}
