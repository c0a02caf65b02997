using System;
using System.Collections.Generic;
using Iiif.Presentation.Vocabulary;

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
public sealed class IiifRange : IiifResource
{
    internal OneOrMany<IiifResource>? ItemsList;
    internal OneOrMany<AnnotationPage>? AnnotationsList;

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

    /// <summary>Gets or sets the date the Range is about, as written in JSON (<c>navDate</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#navdate"/>. The text is kept as
    /// read; <see cref="TryGetNavDate"/> and <see cref="SetNavDate"/> convert it.</remarks>
    public string? NavDate { get; set; }

    /// <summary>Gets or sets a Canvas shown before the content is loaded (<c>placeholderCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#placeholdercanvas"/>.</remarks>
    public Canvas? PlaceholderCanvas { get; set; }

    /// <summary>Gets or sets a Canvas shown alongside the content (<c>accompanyingCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#accompanyingcanvas"/>.</remarks>
    public Canvas? AccompanyingCanvas { get; set; }

    /// <summary>Gets the pages of annotations about the Range (<c>annotations</c>).</summary>
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
        base.HasMoreThanId() || Has(ItemsList) || ViewingDirection is not null || Start is not null ||
        Supplementary is not null || NavDate is not null || PlaceholderCanvas is not null ||
        AccompanyingCanvas is not null || Has(AnnotationsList);
}
