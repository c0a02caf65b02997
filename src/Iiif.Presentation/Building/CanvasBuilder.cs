namespace Iiif.Presentation;

/// <summary>Builds a Canvas: its size or duration, the content painted on it, and annotations about it.</summary>
public sealed class CanvasBuilder : PresentationResourceBuilder<CanvasBuilder, Canvas>
{
    private readonly int _index;
    private AnnotationPage? _painting;
    private int _paintings;
    private int _contentPages;

    internal CanvasBuilder(string id, int index, BuildContext context)
        : base(new Canvas(id), context)
    {
        _index = index;
    }

    internal static Canvas Standalone(string id, Action<CanvasBuilder> configure, BuildContext context)
    {
        Guard.NotNull(configure);
        var canvas = new CanvasBuilder(Guard.Checked(id), 0, context);
        configure(canvas);
        return canvas.Resource;
    }

    /// <summary>Sets the size of the Canvas's coordinate space.</summary>
    /// <param name="width">The width, a positive integer.</param>
    /// <param name="height">The height, a positive integer.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is not positive.</exception>
    public CanvasBuilder Size(int width, int height)
    {
        BuilderSupport.CheckPositive(width, nameof(width));
        BuilderSupport.CheckPositive(height, nameof(height));
        Resource.Width = width;
        Resource.Height = height;
        return this;
    }

    /// <summary>Sets the Canvas's duration, for time-based media.</summary>
    /// <param name="seconds">The duration in seconds, a positive number.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration is not positive.</exception>
    public CanvasBuilder Duration(double seconds)
    {
        BuilderSupport.CheckPositive(seconds, nameof(seconds));
        Resource.Duration = seconds;
        return this;
    }

    /// <summary>Sets the navigation date.</summary>
    /// <param name="date">The date and time.</param>
    /// <returns>This builder.</returns>
    public CanvasBuilder NavDate(DateTimeOffset date)
    {
        Resource.SetNavDate(date);
        return this;
    }

    /// <summary>Sets the id of the page that holds the painting annotations, before the first is added.</summary>
    /// <param name="id">The page's URI.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The page already exists.</exception>
    public CanvasBuilder PaintingPage(string id)
    {
        Guard.NotNull(id);
        if (_painting is not null)
        {
            throw new InvalidOperationException("The painting page already exists; name it before painting anything.");
        }

        _painting = NewPaintingPage(id);
        return this;
    }

    /// <summary>Paints content onto the whole Canvas: one painting annotation, in the Canvas's painting page.</summary>
    /// <param name="body">What is painted: an image, a sound, a video, a Choice, a SpecificResource, text.</param>
    /// <param name="annotationId">The annotation's URI, or <see langword="null"/> to mint one.</param>
    /// <returns>This builder.</returns>
    public CanvasBuilder Paint(IiifResource body, string? annotationId = null) => Paint(body, annotationId, fragment: null);

    /// <summary>Paints content onto a part of the Canvas (<c>xywh=</c> region, <c>t=</c> time span).</summary>
    /// <param name="body">What is painted.</param>
    /// <param name="annotationId">The annotation's URI, or <see langword="null"/> to mint one.</param>
    /// <param name="fragment">The media fragment, such as <c>xywh=0,0,100,100</c> or <c>t=0,30</c>; <see langword="null"/> for all of it.</param>
    /// <returns>This builder.</returns>
    public CanvasBuilder Paint(IiifResource body, string? annotationId, string? fragment) =>
        Paint(body, annotationId, fragment, static _ => { });

    /// <summary>Paints content onto the Canvas, or a part of it, and sets further properties of the painting
    /// annotation, such as the CSS stylesheet (<see cref="AnnotationBuilder.Stylesheet"/>) whose class a
    /// <see cref="IiifContent.Styled"/> body is rendered with.</summary>
    /// <param name="body">What is painted.</param>
    /// <param name="annotationId">The annotation's URI, or <see langword="null"/> to mint one.</param>
    /// <param name="fragment">The media fragment, such as <c>xywh=0,0,100,100</c> or <c>t=0,30</c>; <see langword="null"/> for all of it.</param>
    /// <param name="configure">Sets the annotation's other properties; it starts with its motivation
    /// (<c>painting</c>), body and target.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public CanvasBuilder Paint(IiifResource body, string? annotationId, string? fragment, Action<AnnotationBuilder> configure)
    {
        Guard.NotNull(body);
        Guard.NotNull(configure);
        _painting ??= NewPaintingPage(Context.Mint(IdKind.AnnotationPage, Resource.Id!, _index, 1));
        var annotation = new AnnotationBuilder(
            annotationId ?? Context.Mint(IdKind.Annotation, _painting.Id!, _index, ++_paintings), Motivation.Painting, Context);
        annotation.Body(body).Target(fragment is null ? Resource.Id! : $"{Resource.Id}#{fragment}");
        configure(annotation);
        _painting.Items.Add(annotation.Resource);
        return this;
    }

    /// <summary>Paints a choice between alternatives (a Choice body), the first being the default.</summary>
    /// <param name="annotationId">The annotation's URI, or <see langword="null"/> to mint one.</param>
    /// <param name="alternatives">The alternatives.</param>
    /// <returns>This builder.</returns>
    public CanvasBuilder PaintChoice(string? annotationId, params IiifResource[] alternatives)
    {
        Guard.NotNull(alternatives);
        if (alternatives.Length < 2)
        {
            throw new ArgumentException("A Choice offers at least two alternatives.", nameof(alternatives));
        }

        var choice = new Choice();
        foreach (IiifResource alternative in alternatives)
        {
            choice.Items.Add(alternative);
        }

        return Paint(choice, annotationId);
    }

    /// <summary>Adds a page of annotations about the Canvas (<c>annotations</c>): comments, transcriptions, tags.</summary>
    /// <param name="id">The page's URI, or <see langword="null"/> to mint one.</param>
    /// <param name="configure">Adds its annotations.</param>
    /// <returns>This builder.</returns>
    public CanvasBuilder Annotations(string? id, Action<AnnotationPageBuilder> configure)
    {
        Guard.NotNull(configure);
        var page = new AnnotationPageBuilder(
            id ?? Context.Mint(IdKind.AnnotationPage, Resource.Id!, _index, Resource.Items.Count + Resource.Annotations.Count + _contentPages + 1),
            Resource.Id!, _index, Context);
        configure(page);
        Resource.Annotations.Add(page.Resource);
        return this;
    }

    /// <summary>Adds a page of annotations about a content resource painted on the Canvas (the resource's
    /// <c>annotations</c>), such as a tag on one image of a Choice: what only one layer shows.</summary>
    /// <param name="content">The resource, such as an <see cref="Image"/> painted with <see cref="PaintChoice"/>;
    /// its annotations target its <c>id</c> unless they say otherwise.</param>
    /// <param name="id">The page's URI, or <see langword="null"/> to mint one.</param>
    /// <param name="configure">Adds its annotations.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/>, its id, or <paramref name="configure"/>
    /// is <see langword="null"/>.</exception>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#annotations"/>: any resource may have annotations.</remarks>
    public CanvasBuilder ContentAnnotations(ContentResource content, string? id, Action<AnnotationPageBuilder> configure)
    {
        Guard.NotNull(content);
        Guard.NotNull(configure);
        string target = Guard.Checked(content.Id, nameof(content));
        var page = new AnnotationPageBuilder(
            id ?? Context.Mint(IdKind.AnnotationPage, Resource.Id!, _index, Resource.Items.Count + Resource.Annotations.Count + ++_contentPages),
            target, _index, Context);
        configure(page);
        content.Annotations.Add(page.Resource);
        return this;
    }

    /// <summary>Refers to a page of annotations about the Canvas that is published on its own.</summary>
    /// <param name="id">The page's URI.</param>
    /// <returns>This builder.</returns>
    public CanvasBuilder AnnotationsReference(string id)
    {
        Resource.Annotations.Add(new AnnotationPage(Guard.Checked(id)));
        return this;
    }

    /// <summary>Sets the Canvas shown before this one's content is loaded.</summary>
    /// <param name="id">Its URI.</param>
    /// <param name="configure">Sets it up.</param>
    /// <returns>This builder.</returns>
    public CanvasBuilder PlaceholderCanvas(string id, Action<CanvasBuilder> configure)
    {
        Resource.PlaceholderCanvas = Standalone(id, configure, Context);
        return this;
    }

    /// <summary>Sets the Canvas shown alongside this one while it plays.</summary>
    /// <param name="id">Its URI.</param>
    /// <param name="configure">Sets it up.</param>
    /// <returns>This builder.</returns>
    public CanvasBuilder AccompanyingCanvas(string id, Action<CanvasBuilder> configure)
    {
        Resource.AccompanyingCanvas = Standalone(id, configure, Context);
        return this;
    }

    private AnnotationPage NewPaintingPage(string id)
    {
        var page = new AnnotationPage(id);
        page.Shape.EnsureRequiredWritten(page);
        Resource.Items.Insert(0, page);
        return page;
    }
}
