namespace Iiif.Presentation;

/// <summary>
/// A resource of the W3C Web Annotation model as IIIF uses it: an Annotation, or a body or target of one (a
/// content resource, a TextualBody, a SpecificResource). Each may say who made it and when, and what wrote
/// its JSON and when: the model's lifecycle information, declared here once for all of them.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#lifecycle-information"/>. The values are kept
/// with the resource's other rarely set properties, made on first use: a resource that has none allocates
/// nothing for them.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging resource are safe.</para>
/// </remarks>
public abstract class WebAnnotationResource : IiifResource
{
    private protected WebAnnotationResource(ResourceKind kind, string? type)
        : base(kind, type)
    {
    }

    /// <summary>Gets the agents who made the resource (<c>creator</c>): people, organizations or software, or their URIs.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#lifecycle-information"/>.</remarks>
    public IList<AnnotationAgent> Creator => WebAnnotation.Creator ??= new OneOrMany<AnnotationAgent>();

    /// <summary>Gets or sets when the resource was made (<c>created</c>), an <c>xsd:dateTime</c> kept as written.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#lifecycle-information"/>.</remarks>
    public string? Created
    {
        get => WebAnnotationOrNull?.Created;
        set => WebAnnotationFor(value is not null)?.Created = value;
    }

    /// <summary>Gets or sets when the resource was last changed (<c>modified</c>), an <c>xsd:dateTime</c> kept as written.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#lifecycle-information"/>.</remarks>
    public string? Modified
    {
        get => WebAnnotationOrNull?.Modified;
        set => WebAnnotationFor(value is not null)?.Modified = value;
    }

    /// <summary>Gets the agents, usually software, that wrote the JSON of the resource (<c>generator</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#lifecycle-information"/>.</remarks>
    public IList<AnnotationAgent> Generator => WebAnnotation.Generator ??= new OneOrMany<AnnotationAgent>();

    /// <summary>Gets the audiences the resource is meant for (<c>audience</c>), or their URIs.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#intended-audience"/>.</remarks>
    public IList<AnnotationAudience> Audience => WebAnnotation.Audience ??= new OneOrMany<AnnotationAudience>();

    /// <summary>Gets or sets when the JSON of the resource was written (<c>generated</c>), an <c>xsd:dateTime</c> kept as written.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#lifecycle-information"/>.</remarks>
    public string? Generated
    {
        get => WebAnnotationOrNull?.Generated;
        set => WebAnnotationFor(value is not null)?.Generated = value;
    }
}
