namespace Iiif.Presentation;

/// <summary>
/// The properties that few resources of a document have, kept out of line so that the resources
/// that lack them (most canvases, pages, annotations, bodies and references) stay small.
/// </summary>
/// <remarks>
/// A document of 10,000 canvases holds about 90,000 resources; each field here would cost 8 bytes
/// on every one of them. A resource allocates this object when the first of its properties is set.
/// Which class uses which field is up to the class: a field no class of the resource's kind uses stays
/// <see langword="null"/>.
/// </remarks>
internal sealed class SparseProperties
{
    public OneOrMany<string>? Context;
    public OneOrMany<Agent>? Provider;
    public OneOrMany<Behavior>? Behavior;
    public OneOrMany<ContentResource>? Homepage;
    public OneOrMany<ContentResource>? Rendering;
    public OneOrMany<ContentResource>? SeeAlso;
    public OneOrMany<IiifResource>? PartOf;
    public ExtensionDataCollection? Extensions;
    public LanguageMap? Summary;
    public MetadataEntry? RequiredStatement;
    public string? Rights;

    // Canvas, content resources, annotation pages and annotations.
    public OneOrMany<AnnotationPage>? Annotations;
    public OneOrMany<string>? Language;
    public double? Duration;
    public string? NavDate;
    public Canvas? PlaceholderCanvas;
    public Canvas? AccompanyingCanvas;
    public AnnotationPage? Next;
    public AnnotationPage? Prev;
    public int? StartIndex;
    public TimeMode? TimeMode;

    // The registered extensions: navPlace on Collections, Manifests, Ranges and Canvases; textGranularity on
    // annotations.
    public FeatureCollection? NavPlace;
    public TextGranularity? TextGranularity;

    // Image services: the limits most services in Presentation documents leave out (they give an id, a type
    // and a profile).
    public int? MaxWidth;
    public int? MaxHeight;
    public long? MaxArea;
    public OneOrMany<string>? PreferredFormats;
    public OneOrMany<string>? ExtraQualities;
    public OneOrMany<string>? ExtraFormats;
    public OneOrMany<string>? ExtraFeatures;

    // Annotations, their bodies and targets: the Web Annotation model's properties, in one object of their own.
    public WebAnnotationProperties? WebAnnotation;

    /// <summary>Gets the Web Annotation properties, creating them.</summary>
    public WebAnnotationProperties WebAnnotationProperties => WebAnnotation ??= new WebAnnotationProperties();
}
