namespace Iiif.Presentation;

/// <summary>One resource painted on a Canvas: a body of a <c>painting</c> annotation, or one item of a
/// <see cref="Presentation.Choice"/> body.</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#57-choice"/>. Instances are immutable; the
/// resources they point to are the model's own (not copies).</remarks>
public sealed class PaintedResource
{
    internal PaintedResource(Annotation annotation, IiifResource resource, Choice? choice, bool isDefault)
    {
        Annotation = annotation;
        Resource = resource;
        Choice = choice;
        IsDefault = isDefault;
    }

    /// <summary>Gets the painting annotation.</summary>
    public Annotation Annotation { get; }

    /// <summary>Gets the painted resource: the body, or the item of the Choice.</summary>
    public IiifResource Resource { get; }

    /// <summary>Gets the Choice this resource is an item of, or <see langword="null"/>.</summary>
    public Choice? Choice { get; }

    /// <summary>Gets whether a viewer shows this resource by default: always when there is no Choice, and for the
    /// first item of a Choice, as the spec asks ("the first item is the default").</summary>
    public bool IsDefault { get; }

    /// <summary>Gets the image: <see cref="Resource"/> if it is an <see cref="Presentation.Image"/>, or the source
    /// of a <see cref="SpecificResource"/> that is one; otherwise <see langword="null"/>.</summary>
    public Image? Image => Resource as Image ?? (Resource as SpecificResource)?.Source as Image;

    /// <summary>Gets where on the Canvas the resource is painted: the annotation's first target, parsed, or
    /// <see langword="null"/> if there is none or <see cref="CanvasTarget.TryFrom"/> cannot read it.</summary>
    public CanvasTarget? Target =>
        Annotation.Target.Count > 0 && CanvasTarget.TryFrom(Annotation.Target[0], out CanvasTarget? t) ? t : null;
}
