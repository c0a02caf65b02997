using System;
using System.Collections.Generic;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation;

/// <summary>
/// Represents a Collection: an ordered list of Manifests and Collections (<c>"type": "Collection"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#51-collection"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Collection : IiifResource
{
    internal OneOrMany<IiifResource>? ItemsList;
    internal OneOrMany<Service>? ServicesList;
    internal OneOrMany<AnnotationPage>? AnnotationsList;

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

    /// <summary>Gets or sets the date the Collection is about, as written in JSON (<c>navDate</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#navdate"/>. The text is kept as
    /// read; <see cref="TryGetNavDate"/> and <see cref="SetNavDate"/> convert it.</remarks>
    public string? NavDate { get; set; }

    /// <summary>Gets or sets a Canvas shown before the content is loaded (<c>placeholderCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#placeholdercanvas"/>.</remarks>
    public Canvas? PlaceholderCanvas { get; set; }

    /// <summary>Gets or sets a Canvas shown alongside the content (<c>accompanyingCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#accompanyingcanvas"/>.</remarks>
    public Canvas? AccompanyingCanvas { get; set; }

    /// <summary>Gets the pages of annotations about the Collection (<c>annotations</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#annotations"/>.</remarks>
    public IList<AnnotationPage> Annotations => AnnotationsList ??= new OneOrMany<AnnotationPage>();

    /// <summary>Converts <see cref="NavDate"/> to a date and time.</summary>
    /// <param name="value">The date and time, when the text is an XSD dateTime.</param>
    /// <returns><see langword="true"/> if <see cref="NavDate"/> is set and parses.</returns>
    public bool TryGetNavDate(out DateTimeOffset value) => NavDates.TryParse(NavDate, out value);

    /// <summary>Sets <see cref="NavDate"/> from a date and time, as an XSD dateTime.</summary>
    /// <param name="value">The date and time.</param>
    public void SetNavDate(DateTimeOffset value) => NavDate = NavDates.Format(value);

    internal override bool HasMoreThanId() =>
        base.HasMoreThanId() || Has(ItemsList) || Has(ServicesList) || ViewingDirection is not null ||
        NavDate is not null || PlaceholderCanvas is not null || AccompanyingCanvas is not null || Has(AnnotationsList);
}
