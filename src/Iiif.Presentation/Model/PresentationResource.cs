namespace Iiif.Presentation;

/// <summary>
/// The base of the four resource types the Presentation API defines itself — <see cref="Collection"/>,
/// <see cref="Manifest"/>, <see cref="Canvas"/> and <see cref="IiifRange"/> — with the properties only they
/// may carry: <c>navDate</c>, <c>placeholderCanvas</c>, <c>accompanyingCanvas</c> and <c>annotations</c>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#21-defined-types"/> and the property
/// matrix of <see href="https://iiif.io/api/presentation/3.0/#appendices"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public abstract class PresentationResource : IiifResource
{
    private protected PresentationResource(ResourceKind kind, string type)
        : base(kind, type)
    {
    }

    /// <summary>Gets or sets the date the resource is about, as written in JSON (<c>navDate</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#navdate"/>. The text is kept as
    /// read; <see cref="TryGetNavDate"/> and <see cref="SetNavDate"/> convert it.</remarks>
    public string? NavDate
    {
        get => SparseOrNull?.NavDate;
        set => SparseFor(value is not null)?.NavDate = value;
    }

    /// <summary>Gets or sets the places the resource is about, as a GeoJSON FeatureCollection (<c>navPlace</c>),
    /// for a client to show it on a map.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/navplace/"/>, a registered IIIF extension: a
    /// document that has it names <see cref="IiifContexts.NavPlace"/> in its <c>@context</c>, before the
    /// Presentation 3 context (the builders add it). A <c>navPlace</c> that is not an object is kept in
    /// <see cref="IiifResource.ExtensionData"/> and written back as read.</remarks>
    public FeatureCollection? NavPlace
    {
        get => SparseOrNull?.NavPlace;
        set => SparseFor(value is not null)?.NavPlace = value;
    }

    /// <summary>Gets or sets a Canvas shown before the content is loaded (<c>placeholderCanvas</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#placeholdercanvas"/>. Not on a
    /// Canvas that is itself a placeholder or accompanying Canvas.</remarks>
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

    /// <summary>Gets the pages of Annotations about the resource that are not its content (<c>annotations</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#annotations"/>.</remarks>
    public IList<AnnotationPage> Annotations => AnnotationsList ??= new OneOrMany<AnnotationPage>();

    /// <summary>Gets or sets the pages of <c>annotations</c> as stored, without creating the list.</summary>
    internal OneOrMany<AnnotationPage>? AnnotationsList
    {
        get => SparseOrNull?.Annotations;
        set => SparseFor(value is not null)?.Annotations = value;
    }

    /// <summary>Converts <see cref="NavDate"/> to a date and time.</summary>
    /// <param name="value">The date and time, when the text is an XSD dateTime.</param>
    /// <returns><see langword="true"/> if <see cref="NavDate"/> is set and parses.</returns>
    public bool TryGetNavDate(out DateTimeOffset value) => NavDates.TryParse(NavDate, out value);

    /// <summary>Sets <see cref="NavDate"/> from a date and time, as an XSD dateTime.</summary>
    /// <param name="value">The date and time.</param>
    public void SetNavDate(DateTimeOffset value) => NavDate = NavDates.Format(value);
}
