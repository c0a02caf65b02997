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

    /// <summary>Gets the <see cref="Presentation.ImageApiSelector"/> that selects what is painted of the image (a
    /// region, a rotation, a quality): the first of a <see cref="SpecificResource"/> body's selectors that is one, or
    /// <see langword="null"/>.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/annex/openannotation/#iiif-image-api-selector"/>.</remarks>
    public ImageApiSelector? ImageApiSelector => Resource is SpecificResource specific ? ImageApiSelectorOf(specific) : null;

    /// <summary>Returns the URL of the painted image as the Canvas shows it: a request to its first image service with
    /// the <see cref="ImageApiSelector"/>'s region, size, rotation, quality and format applied; the image's own id
    /// when it has no service (or no selector changes it).</summary>
    /// <param name="width">The width wanted, or <see langword="null"/>.</param>
    /// <param name="height">The height wanted, or <see langword="null"/>. With no width either, the selector's size,
    /// else the whole size of the region (<c>max</c>, or <c>full</c> before version 3).</param>
    /// <returns>The URL, or <see langword="null"/> when the resource is not an image or has neither a service
    /// nor an id.</returns>
    public string? GetImageUrl(int? width = null, int? height = null)
    {
        if (Image is not { } image)
        {
            return null;
        }

        ImageApiSelector? selector = ImageApiSelector;
        ImageService? service = null;
        foreach (ImageService candidate in image.GetImageServices())
        {
            if (candidate.Id is not null)
            {
                service = candidate;
                break;
            }
        }

        if (service is null || (selector is null && width is null && height is null))
        {
            return image.Id ?? (service is null ? null : service.GetImageUrl());
        }

        string size = ImageExtensions.SizeText(width, height) ?? selector?.Size ?? "max";
        return ImageExtensions.ImageUrl(
            service,
            service.ApiVersion,
            selector?.Region ?? "full",
            size,
            selector?.Rotation ?? "0",
            selector?.Quality ?? "default",
            selector?.Format ?? "jpg");
    }

    /// <summary>Returns the first selector of a SpecificResource that is an ImageApiSelector.</summary>
    internal static ImageApiSelector? ImageApiSelectorOf(SpecificResource specific)
    {
        if (specific.SelectorList is { } selectors)
        {
            foreach (Selector selector in selectors)
            {
                if (selector is ImageApiSelector imageApi)
                {
                    return imageApi;
                }
            }
        }

        return null;
    }

    /// <summary>Gets where on the Canvas the resource is painted: the annotation's first target, parsed, or
    /// <see langword="null"/> if there is none or <see cref="CanvasTarget.TryFrom"/> cannot read it.</summary>
    public CanvasTarget? Target =>
        Annotation.Target.Count > 0 && CanvasTarget.TryFrom(Annotation.Target[0], out CanvasTarget? t) ? t : null;
}
