using System;
using System.Collections.Generic;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation;

/// <summary>
/// Represents a Canvas: a virtual container with a size and/or a duration on which content is
/// painted by Annotations (<c>"type": "Canvas"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#53-canvas"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Canvas : IiifResource
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

    /// <summary>Gets the pages of non-painting Annotations about the Canvas (<c>annotations</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#annotations"/>.</remarks>
    public IList<AnnotationPage> Annotations => AnnotationsList ??= new OneOrMany<AnnotationPage>();

    /// <summary>Gets or sets the date the Canvas is about, as written in JSON (<c>navDate</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#navdate"/>. The text is kept as
    /// read; <see cref="TryGetNavDate"/> and <see cref="SetNavDate"/> convert it.</remarks>
    public string? NavDate
    {
        get => SparseOrNull?.NavDate;
        set => SparseFor(value is not null)?.NavDate = value;
    }

    /// <summary>Gets or sets a Canvas shown before the content is loaded (<c>placeholderCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#placeholdercanvas"/>.</remarks>
    public Canvas? PlaceholderCanvas
    {
        get => SparseOrNull?.PlaceholderCanvas;
        set => SparseFor(value is not null)?.PlaceholderCanvas = value;
    }

    /// <summary>Gets or sets a Canvas shown alongside the content (<c>accompanyingCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#accompanyingcanvas"/>.</remarks>
    public Canvas? AccompanyingCanvas
    {
        get => SparseOrNull?.AccompanyingCanvas;
        set => SparseFor(value is not null)?.AccompanyingCanvas = value;
    }

    /// <summary>Converts <see cref="NavDate"/> to a date and time.</summary>
    /// <param name="value">The date and time, when the text is an XSD dateTime.</param>
    /// <returns><see langword="true"/> if <see cref="NavDate"/> is set and parses.</returns>
    public bool TryGetNavDate(out DateTimeOffset value) => NavDates.TryParse(NavDate, out value);

    /// <summary>Sets <see cref="NavDate"/> from a date and time, as an XSD dateTime.</summary>
    /// <param name="value">The date and time.</param>
    public void SetNavDate(DateTimeOffset value) => NavDate = NavDates.Format(value);

    internal OneOrMany<AnnotationPage>? AnnotationsList
    {
        get => SparseOrNull?.Annotations;
        set => SparseFor(value is not null)?.Annotations = value;
    }

    internal override bool HasMoreThanId() =>
        base.HasMoreThanId() || Height is not null || Width is not null || Duration is not null ||
        Has(ItemsList) || Has(AnnotationsList) || NavDate is not null || PlaceholderCanvas is not null ||
        AccompanyingCanvas is not null;
}
