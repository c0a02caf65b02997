namespace Iiif.Presentation;

/// <summary>
/// The Web Annotation model's properties of annotations, bodies and targets (provenance, rendering, intent),
/// which few resources of a Presentation document have: kept in one object that
/// <see cref="SparseProperties"/> holds only for a resource that has one of them.
/// </summary>
/// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/"/>. Which class uses which field is
/// stated by the shapes (<see cref="ResourceShapes"/>).</remarks>
internal sealed class WebAnnotationProperties
{
    // Provenance (Annotation, bodies, targets).
    public string? Created;
    public string? Modified;
    public string? Generated;
    public OneOrMany<AnnotationAgent>? Creator;
    public OneOrMany<AnnotationAgent>? Generator;
    public OneOrMany<AnnotationAudience>? Audience;

    // The Annotation's own.
    public OneOrMany<string>? Accessibility;
    public string? Canonical;
    public OneOrMany<string>? Via;
    public CssStylesheet? Stylesheet;
    public string? BodyValue;

    // Bodies and targets.
    public OneOrMany<Purpose>? Purpose;
    public string? TextDirection;
    public string? ProcessingLanguage;

    // A SpecificResource's.
    public string? StyleClass;
    public OneOrMany<string>? Scope;
    public OneOrMany<State>? State;
    public OneOrMany<AnnotationAgent>? RenderedVia;
}
