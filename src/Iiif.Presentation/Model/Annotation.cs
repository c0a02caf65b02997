namespace Iiif.Presentation;

/// <summary>
/// Represents an Annotation: it associates content (the body) with a resource (the target), for a
/// reason (the motivation) (<c>"type": "Annotation"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#56-annotation"/> and the W3C Web
/// Annotation Data Model. Web Annotation properties without a typed member here (<c>audience</c>) are kept
/// in <see cref="IiifResource.ExtensionData"/>, as is a typed property whose value has a JSON shape the model
/// cannot hold.</para>
/// <para>Bodies and targets may be given as bare URI strings (<c>"target": "https://…/canvas/1#xywh=0,0,10,10"</c>);
/// these are read as resources with <see cref="IiifResource.IsUriString"/> set.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Annotation : WebAnnotationResource
{
    internal OneOrMany<Motivation>? MotivationList;
    internal OneOrMany<IiifResource>? BodyList;
    internal OneOrMany<IiifResource>? TargetList;

    /// <summary>Initializes an Annotation with no properties but its type.</summary>
    public Annotation()
        : base(ResourceKind.Annotation, "Annotation")
    {
    }

    /// <summary>Initializes an Annotation with an id.</summary>
    /// <param name="id">The Annotation's URI.</param>
    public Annotation(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets the reasons the Annotation was made (<c>motivation</c>), usually one.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#values-for-motivation"/>.</remarks>
    public IList<Motivation> Motivation => MotivationList ??= new OneOrMany<Motivation>();

    /// <summary>Gets the content of the Annotation (<c>body</c>): content resources, a
    /// <see cref="Choice"/>, a <see cref="SpecificResource"/> or a <see cref="TextualBody"/>.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#bodies-and-targets"/>.</remarks>
    public IList<IiifResource> Body => BodyList ??= new OneOrMany<IiifResource>();

    /// <summary>Gets what the Annotation is about (<c>target</c>): usually a Canvas, part of one given
    /// with a media fragment, or a <see cref="SpecificResource"/>.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#bodies-and-targets"/>.</remarks>
    public IList<IiifResource> Target => TargetList ??= new OneOrMany<IiifResource>();

    /// <summary>Gets or sets how a body that lasts longer than its target is shown (<c>timeMode</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#timemode"/>.</remarks>
    public TimeMode? TimeMode
    {
        get => SparseOrNull?.TimeMode;
        set => SparseFor(value is not null)?.TimeMode = value;
    }

    /// <summary>Gets the accessibility features of the content (<c>accessibility</c>), such as <c>captions</c>.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#intended-audience"/>.</remarks>
    public IList<string> Accessibility => WebAnnotation.Accessibility ??= new OneOrMany<string>();

    /// <summary>Gets or sets the URI that identifies the Annotation wherever it is copied (<c>canonical</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#other-identities"/>.</remarks>
    public string? Canonical
    {
        get => WebAnnotationOrNull?.Canonical;
        set => WebAnnotationFor(value is not null)?.Canonical = value;
    }

    /// <summary>Gets the URIs the Annotation was copied from (<c>via</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#other-identities"/>.</remarks>
    public IList<string> Via => WebAnnotation.Via ??= new OneOrMany<string>();

    /// <summary>Gets or sets the CSS stylesheet whose classes the <c>styleClass</c> of the Annotation's SpecificResources name (<c>stylesheet</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#styles"/>.</remarks>
    public CssStylesheet? Stylesheet
    {
        get => WebAnnotationOrNull?.Stylesheet;
        set => WebAnnotationFor(value is not null)?.Stylesheet = value;
    }

    /// <summary>Gets or sets a plain-text body given as a string instead of a <c>body</c> (<c>bodyValue</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#string-body"/>.</remarks>
    public string? BodyValue
    {
        get => WebAnnotationOrNull?.BodyValue;
        set => WebAnnotationFor(value is not null)?.BodyValue = value;
    }

    /// <summary>Gets or sets the level of detail of the text the Annotation holds or points at
    /// (<c>textGranularity</c>): a page, a block, a paragraph, a line, a word or a glyph.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/text-granularity/"/>, a registered IIIF extension:
    /// a document that has it names <see cref="IiifContexts.TextGranularity"/> in its <c>@context</c>, before
    /// the Presentation 3 context.</remarks>
    public TextGranularity? TextGranularity
    {
        get => SparseOrNull?.TextGranularity;
        set => SparseFor(value is not null)?.TextGranularity = value;
    }

    internal override Shape<IiifResource> Shape => ResourceShapes.Annotation;
}
