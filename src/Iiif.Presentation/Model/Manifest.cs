using System;
using System.Collections.Generic;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation;

/// <summary>
/// Represents a Manifest: the description of one compound object, its Canvases and its structure
/// (<c>"type": "Manifest"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#52-manifest"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Manifest : IiifResource
{
    internal OneOrMany<Canvas>? ItemsList;
    internal OneOrMany<IiifRange>? StructuresList;
    internal OneOrMany<Service>? ServicesList;
    internal OneOrMany<AnnotationPage>? AnnotationsList;

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

    /// <summary>Gets or sets the date the Manifest is about, as written in JSON (<c>navDate</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#navdate"/>. The text is kept as
    /// read; <see cref="TryGetNavDate"/> and <see cref="SetNavDate"/> convert it.</remarks>
    public string? NavDate { get; set; }

    /// <summary>Gets or sets the Canvas, or part of one, a client shows first (<c>start</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#start"/>. A <see cref="Canvas"/>
    /// reference or a <see cref="SpecificResource"/> with a Canvas as source.</remarks>
    public IiifResource? Start { get; set; }

    /// <summary>Gets or sets a Canvas shown before the content is loaded (<c>placeholderCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#placeholdercanvas"/>.</remarks>
    public Canvas? PlaceholderCanvas { get; set; }

    /// <summary>Gets or sets a Canvas shown alongside the content (<c>accompanyingCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#accompanyingcanvas"/>.</remarks>
    public Canvas? AccompanyingCanvas { get; set; }

    /// <summary>Gets the pages of annotations about the Manifest (<c>annotations</c>).</summary>
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
        base.HasMoreThanId() || Has(ItemsList) || Has(StructuresList) || Has(ServicesList) ||
        ViewingDirection is not null || NavDate is not null || Start is not null ||
        PlaceholderCanvas is not null || AccompanyingCanvas is not null || Has(AnnotationsList);
}
