namespace Iiif.Presentation;

/// <summary>Answers what a viewer asks of a Canvas: what is painted on it, and which of it are images.</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#canvas"/>. Only the Annotation Pages in
/// <see cref="Canvas.Items"/> are read (not <see cref="PresentationResource.Annotations"/>), in document order. The methods
/// read the model and do not change it; they are safe to call from several threads while nobody writes.</remarks>
public static class CanvasExtensions
{
    /// <summary>Returns the annotations of the Canvas's <c>items</c> pages whose motivation is <c>painting</c>.</summary>
    /// <param name="canvas">The Canvas.</param>
    /// <returns>The painting annotations, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="canvas"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Annotation> GetPaintingAnnotations(this Canvas canvas)
    {
        Guard.NotNull(canvas);
        var result = new List<Annotation>();
        if (canvas.ItemsList is null)
        {
            return result;
        }

        foreach (AnnotationPage page in canvas.ItemsList)
        {
            if (page.ItemsList is null)
            {
                continue;
            }

            foreach (Annotation annotation in page.ItemsList)
            {
                if (annotation.MotivationList is { } motivations && motivations.Contains(Motivation.Painting))
                {
                    result.Add(annotation);
                }
            }
        }

        return result;
    }

    /// <summary>Returns the bodies of the painting annotations, with each <see cref="Choice"/> replaced by its items
    /// (the first is the default).</summary>
    /// <param name="canvas">The Canvas.</param>
    /// <returns>The painted resources, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="canvas"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<PaintedResource> GetPaintedResources(this Canvas canvas)
    {
        var result = new List<PaintedResource>();
        foreach (Annotation annotation in GetPaintingAnnotations(canvas))
        {
            if (annotation.BodyList is null)
            {
                continue;
            }

            foreach (IiifResource body in annotation.BodyList)
            {
                if (body is Choice choice)
                {
                    for (int i = 0; i < choice.Items.Count; i++)
                    {
                        result.Add(new PaintedResource(annotation, choice.Items[i], choice, isDefault: i == 0));
                    }
                }
                else
                {
                    result.Add(new PaintedResource(annotation, body, null, isDefault: true));
                }
            }
        }

        return result;
    }

    /// <summary>Returns the painted resources that are images (<see cref="PaintedResource.Image"/> is set).</summary>
    /// <param name="canvas">The Canvas.</param>
    /// <returns>The painted images, in document order, Choice items included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="canvas"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<PaintedResource> GetPaintedImages(this Canvas canvas)
    {
        var result = new List<PaintedResource>();
        foreach (PaintedResource painted in GetPaintedResources(canvas))
        {
            if (painted.Image is not null)
            {
                result.Add(painted);
            }
        }

        return result;
    }

    /// <summary>Returns the image services of the images a viewer shows by default
    /// (<see cref="PaintedResource.IsDefault"/>), in document order.</summary>
    /// <param name="canvas">The Canvas.</param>
    /// <returns>The services: <see cref="ImageService3"/>, <see cref="ImageService2"/> or
    /// <see cref="ImageService1"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="canvas"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ImageService> GetPaintedImageServices(this Canvas canvas)
    {
        var result = new List<ImageService>();
        foreach (PaintedResource painted in GetPaintedImages(canvas))
        {
            if (painted.IsDefault)
            {
                result.AddRange(painted.Image!.GetImageServices());
            }
        }

        return result;
    }
}
