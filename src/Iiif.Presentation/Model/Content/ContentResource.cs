using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation;

/// <summary>
/// Represents a content resource: an image, sound, video, text, dataset or model that is painted on
/// a Canvas or linked from a resource, or a resource of a type this library does not know.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#57-content-resources"/>.</para>
/// <para>
/// The types of the specification have their own classes (<see cref="Image"/>, <see cref="Sound"/>,
/// <see cref="Video"/>, <see cref="Text"/>, <see cref="Dataset"/>, <see cref="Model"/>); any other
/// <c>type</c> (<c>"PhysicalObject"</c>, <c>"CssStylesheet"</c>, a typo) is read as a
/// <see cref="ContentResource"/> whose <see cref="IiifResource.Type"/> keeps the value and whose
/// unknown properties are kept in <see cref="IiifResource.ExtensionData"/>.
/// </para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public class ContentResource : WebAnnotationResource
{
    /// <summary>Initializes a content resource of a given type.</summary>
    /// <param name="type">The <c>type</c>, for example <c>"Image"</c>; <see langword="null"/> for none.</param>
    [SuppressMessage("ApiDesign", "RS0022", Justification = "IiifResource has no protected members to expose; types this library does not know need a public constructor.")]
    public ContentResource(string? type)
        : base(ResourceKind.Content, type)
    {
    }

    /// <summary>Gets or sets the media type of the resource, for example <c>image/jpeg</c> (<c>format</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#format"/>.</remarks>
    public string? Format { get; set; }

    /// <summary>Gets the languages of the resource's content, as BCP 47 tags (<c>language</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#language"/>.</remarks>
    public IList<string> Language => LanguageList ??= new OneOrMany<string>();

    /// <summary>Gets or sets a schema or named set of functionality the resource follows (<c>profile</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#profile"/>.</remarks>
    public string? Profile { get; set; }

    /// <summary>Gets or sets the height in pixels (<c>height</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#height"/>.</remarks>
    public int? Height { get; set; }

    /// <summary>Gets or sets the width in pixels (<c>width</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#width"/>.</remarks>
    public int? Width { get; set; }

    /// <summary>Gets or sets the duration in seconds (<c>duration</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#duration"/>.</remarks>
    public double? Duration
    {
        get => SparseOrNull?.Duration;
        set => SparseFor(value is not null)?.Duration = value;
    }

    /// <summary>Gets the pages of annotations about the resource (<c>annotations</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#annotations"/>.</remarks>
    public IList<AnnotationPage> Annotations => AnnotationsList ??= new OneOrMany<AnnotationPage>();

    internal OneOrMany<string>? LanguageList
    {
        get => SparseOrNull?.Language;
        set => SparseFor(value is not null)?.Language = value;
    }

    internal OneOrMany<AnnotationPage>? AnnotationsList
    {
        get => SparseOrNull?.Annotations;
        set => SparseFor(value is not null)?.Annotations = value;
    }

    internal override Shape<IiifResource> Shape => ResourceShapes.Content;
}
