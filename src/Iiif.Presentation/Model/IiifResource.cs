namespace Iiif.Presentation;

/// <summary>
/// The base of every resource of the model: the properties that any resource of the
/// Presentation 3.0 specification may carry, and the properties the model does not know.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#3-resource-properties"/>.</para>
/// <para>
/// The same class serves a full resource and a reference to it: a Manifest inside a Collection's
/// <c>items</c> is a <see cref="Manifest"/> with an id, a type and a label. Properties never set are
/// not written. Lists are created on first use and are never <see langword="null"/>.
/// </para>
/// <para>
/// <see cref="Type"/> is the <c>type</c> as read, which may differ from the class when a document is
/// wrong (a <c>"canvas"</c> in lower case, an <c>"Audio"</c> that is read as a <see cref="Sound"/>,
/// or no <c>type</c> at all); the validator reports those, and writing gives them back unchanged.
/// </para>
/// <para>Instances are not thread-safe for writes; concurrent reads of a model nobody changes are safe.</para>
/// </remarks>
public abstract class IiifResource : IJsonObject
{
    internal OneOrMany<MetadataEntry>? MetadataList;
    internal OneOrMany<ContentResource>? ThumbnailList;
    internal OneOrMany<Service>? ServiceList;
    private SparseProperties? _sparse;

    private protected IiifResource(ResourceKind kind, string? type)
    {
        Kind = kind;
        Type = type;
    }

    /// <summary>
    /// Gets the JSON-LD contexts of the resource (<c>@context</c>), in order. A top-level resource
    /// has <c>http://iiif.io/api/presentation/3/context.json</c> last, after any extension contexts.
    /// </summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#46-linked-data-context-and-extensions"/>.
    /// Only the document's top resource should have one; embedded ones are kept as read (services of
    /// older APIs carry their own). A context that holds more than strings is kept in
    /// <see cref="ExtensionData"/>.</remarks>
    public IList<string> Context => Sparse.Context ??= new OneOrMany<string>();

    /// <summary>Gets or sets the URI that identifies the resource (<c>id</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#id"/>. Ids are kept as
    /// strings, exactly as read, because <see cref="System.Uri"/> would normalise some and reject others.</remarks>
    public string? Id { get; set; }

    /// <summary>Gets or sets the type of the resource (<c>type</c>), as read or as the class sets it.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#type"/>.</remarks>
    public string? Type { get; set; }

    /// <summary>Gets or sets the human-readable name of the resource (<c>label</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#label"/>.</remarks>
    public LanguageMap? Label { get; set; }

    /// <summary>Gets or sets a short, textual summary of the resource (<c>summary</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#summary"/>.</remarks>
    public LanguageMap? Summary
    {
        get => _sparse?.Summary;
        set => SparseFor(value is not null)?.Summary = value;
    }

    /// <summary>Gets the descriptive label/value pairs shown to the user (<c>metadata</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#metadata"/>.</remarks>
    public IList<MetadataEntry> Metadata => MetadataList ??= new OneOrMany<MetadataEntry>();

    /// <summary>Gets or sets the text that must be shown with the resource, such as an attribution
    /// (<c>requiredStatement</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#requiredstatement"/>.</remarks>
    public MetadataEntry? RequiredStatement
    {
        get => _sparse?.RequiredStatement;
        set => SparseFor(value is not null)?.RequiredStatement = value;
    }

    /// <summary>Gets or sets the URI of the licence or rights statement (<c>rights</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#rights"/>.</remarks>
    public string? Rights
    {
        get => _sparse?.Rights;
        set => SparseFor(value is not null)?.Rights = value;
    }

    /// <summary>Gets the organisations or people that contributed to providing the resource (<c>provider</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#provider"/>.</remarks>
    public IList<Agent> Provider => Sparse.Provider ??= new OneOrMany<Agent>();

    /// <summary>Gets the small images or other content that represent the resource (<c>thumbnail</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#thumbnail"/>.</remarks>
    public IList<ContentResource> Thumbnail => ThumbnailList ??= new OneOrMany<ContentResource>();

    /// <summary>Gets the presentation hints of the resource (<c>behavior</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#behavior"/>. Which values a type
    /// may have is the validator's concern; all are kept as read.</remarks>
    public IList<Behavior> Behavior => Sparse.Behavior ??= new OneOrMany<Behavior>();

    /// <summary>Gets the web pages about the resource (<c>homepage</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#homepage"/>.</remarks>
    public IList<ContentResource> Homepage => Sparse.Homepage ??= new OneOrMany<ContentResource>();

    /// <summary>Gets alternative representations of the resource, such as a PDF (<c>rendering</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#rendering"/>.</remarks>
    public IList<ContentResource> Rendering => Sparse.Rendering ??= new OneOrMany<ContentResource>();

    /// <summary>Gets machine-readable descriptions of the resource, such as a MODS record (<c>seeAlso</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#seealso"/>.</remarks>
    public IList<ContentResource> SeeAlso => Sparse.SeeAlso ??= new OneOrMany<ContentResource>();

    /// <summary>Gets the services a client may use with the resource, such as an image service (<c>service</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#service"/>.</remarks>
    public IList<Service> Service => ServiceList ??= new OneOrMany<Service>();

    /// <summary>Gets the larger resources this one is part of, such as a Collection (<c>partOf</c>).</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#partof"/>.</remarks>
    public IList<IiifResource> PartOf => Sparse.PartOf ??= new OneOrMany<IiifResource>();

    /// <summary>
    /// Gets or sets whether the resource was given as a bare URI string (<c>"target": "https://…"</c>)
    /// instead of an object, and is written back so.
    /// </summary>
    /// <remarks>The string is written only while the resource has nothing but its <see cref="Id"/>;
    /// set any other property and it is written as an object, so nothing set is lost.</remarks>
    public bool IsUriString { get; set; }

    /// <summary>Gets the properties the model has no typed member for, in the order read.</summary>
    /// <remarks>Extension properties and values of a shape the model cannot hold; see
    /// <see cref="ExtensionDataCollection"/>.</remarks>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    internal ExtensionDataCollection? Extensions
    {
        get => _sparse?.Extensions;
        set => SparseFor(value is not null)?.Extensions = value;
    }

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }

    internal ResourceKind Kind { get; }

    /// <summary>Gets the out-of-line properties, creating them.</summary>
    private protected SparseProperties Sparse => _sparse ??= new SparseProperties();

    /// <summary>Gets the out-of-line properties, or <see langword="null"/> when they do not exist yet: what
    /// the members of <see cref="Shape"/> read, so that a property never set allocates nothing.</summary>
    internal SparseProperties? SparseOrNull => _sparse;

    /// <summary>Gets the out-of-line properties to store a value in: created when the value is set,
    /// <see langword="null"/> when the value is cleared and there is nothing to clear.</summary>
    internal SparseProperties? SparseFor(bool hasValue) => hasValue ? Sparse : _sparse;

    /// <summary>Gets the Web Annotation properties, creating them.</summary>
    private protected WebAnnotationProperties WebAnnotation => Sparse.WebAnnotationProperties;

    /// <summary>Gets the Web Annotation properties, or <see langword="null"/> when none was set.</summary>
    private protected WebAnnotationProperties? WebAnnotationOrNull => _sparse?.WebAnnotation;

    /// <summary>Gets the Web Annotation properties to store a value in: created when the value is set,
    /// <see langword="null"/> when the value is cleared and there is nothing to clear.</summary>
    private protected WebAnnotationProperties? WebAnnotationFor(bool hasValue) => hasValue ? WebAnnotation : WebAnnotationOrNull;

    /// <summary>Returns the type and id, for debugging.</summary>
    /// <returns>The type and id.</returns>
    public override string ToString() => $"{Type ?? GetType().Name} {Id}";

    /// <summary>Gets the properties of the resource's class in canonical order: what the reader takes, the
    /// writer writes and the traversal visits.</summary>
    internal abstract Shape<IiifResource> Shape { get; }

    /// <summary>Returns whether any property other than <see cref="Id"/> is set, which decides whether
    /// a resource read from a bare URI string may be written as one again.</summary>
    internal bool HasMoreThanId() => Shape.HasAnyButId(this) || Extensions is { Count: > 0 };

    /// <summary>Returns whether a list would be written.</summary>
    internal static bool Has<T>(OneOrMany<T>? list) => list is not null && (list.Count > 0 || list.WriteWhenEmpty);
}
