namespace Iiif.Presentation;

/// <summary>
/// Represents a SpecificResource: a resource seen in a particular way, usually a part of it chosen by
/// a selector (<c>"type": "SpecificResource"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#specific-resources"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#4-json-ld-considerations"/>. Properties without a
/// typed member here (<c>purpose</c>, <c>styleClass</c>, <c>state</c>, <c>scope</c>) are kept in
/// <see cref="IiifResource.ExtensionData"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class SpecificResource : IiifResource
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

    internal override Shape<IiifResource> Shape => ResourceShapes.SpecificResource;
}
