namespace Iiif.Presentation;

/// <summary>
/// Represents a SpecificResource: a resource seen in a particular way, usually a part of it chosen by
/// a selector (<c>"type": "SpecificResource"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#specific-resources"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#4-json-ld-considerations"/>. Properties without a
/// typed member here are kept in <see cref="IiifResource.ExtensionData"/>, as is a typed property whose value
/// has a JSON shape the model cannot hold.</para>
/// <para>An object with a <c>source</c> but no <c>type</c> among bodies and targets is read as a
/// SpecificResource whose <see cref="IiifResource.Type"/> is <see langword="null"/>, and written back without one.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class SpecificResource : WebAnnotationResource
{
    internal OneOrMany<Selector>? SelectorList;

    /// <summary>Initializes a SpecificResource with no properties but its type.</summary>
    public SpecificResource()
        : base(ResourceKind.SpecificResource, "SpecificResource")
    {
    }

    /// <summary>Initializes a SpecificResource of a source and, optionally, a selector.</summary>
    /// <param name="source">The resource of which this is a part.</param>
    /// <param name="selector">The selector, or <see langword="null"/>.</param>
    public SpecificResource(IiifResource source, Selector? selector = null)
        : this()
    {
        Source = source;
        if (selector is not null)
        {
            Selector.Add(selector);
        }
    }

    /// <summary>Gets or sets the resource of which this is a part (<c>source</c>); a bare URI string is
    /// read as a resource with <see cref="IiifResource.IsUriString"/> set.</summary>
    public IiifResource? Source { get; set; }

    /// <summary>Gets the selectors that choose the part of <see cref="Source"/> (<c>selector</c>), usually one.</summary>
    public IList<Selector> Selector => SelectorList ??= new OneOrMany<Selector>();

    /// <summary>Gets why the resource is part of the Annotation (<c>purpose</c>), such as <c>tagging</c>; usually one.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#purpose-for-external-web-resources"/>.</remarks>
    public IList<Purpose> Purpose => WebAnnotation.Purpose ??= new OneOrMany<Purpose>();

    /// <summary>Gets the states that say which representation of the source is meant (<c>state</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#states"/>.</remarks>
    public IList<State> State => WebAnnotation.State ??= new OneOrMany<State>();

    /// <summary>Gets or sets the CSS class, from the Annotation's <c>stylesheet</c>, to render the resource with (<c>styleClass</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#styles"/>.</remarks>
    public string? StyleClass
    {
        get => WebAnnotationOrNull?.StyleClass;
        set => WebAnnotationFor(value is not null)?.StyleClass = value;
    }

    /// <summary>Gets the software that rendered the source when the Annotation was made (<c>renderedVia</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#rendering-software"/>.</remarks>
    public IList<AnnotationAgent> RenderedVia => WebAnnotation.RenderedVia ??= new OneOrMany<AnnotationAgent>();

    /// <summary>Gets the URIs of the resources in whose context the source was seen (<c>scope</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#scope-of-a-resource"/>.</remarks>
    public IList<string> Scope => WebAnnotation.Scope ??= new OneOrMany<string>();

    internal override Shape<IiifResource> Shape => ResourceShapes.SpecificResource;
}
