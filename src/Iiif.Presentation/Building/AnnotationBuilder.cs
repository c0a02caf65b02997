namespace Iiif.Presentation;

/// <summary>Builds one annotation: its motivation, body and target.</summary>
public sealed class AnnotationBuilder : ResourceBuilder<AnnotationBuilder, Annotation>
{
    /// <summary>Starts an Annotation that is a document of its own, such as one served at its own URI or
    /// published in an AnnotationPage elsewhere; its <c>@context</c> is the Presentation 3 context.</summary>
    /// <param name="id">The annotation's URI.</param>
    /// <param name="motivation">Why it was made: <see cref="Motivation.Commenting"/>, <see cref="Motivation.Tagging"/>, …</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public AnnotationBuilder(string id, Motivation motivation)
        : this(Guard.Checked(id), motivation, new BuildContext(id, IdStrategy.Paths, "none"))
    {
        Resource.Context.Add(IiifContexts.Presentation3);
        BuilderSupport.Single(Resource.Context);
    }

    internal AnnotationBuilder(string id, Motivation motivation, BuildContext context)
        : base(new Annotation(id), context)
    {
        Resource.Motivation.Add(motivation);
        BuilderSupport.Single(Resource.Motivation);
        if (motivation == Motivation.Georeferencing)
        {
            context.UseExtension(IiifContexts.Georeference);
        }
    }

    /// <summary>Sets the level of detail of the text the annotation holds or points at (<c>textGranularity</c>),
    /// and adds the text granularity extension's context to the document's <c>@context</c>.</summary>
    /// <param name="granularity">The level: <see cref="Presentation.TextGranularity.Line"/>, <see cref="Presentation.TextGranularity.Word"/>, ….</param>
    /// <returns>This builder.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/text-granularity/"/>.</remarks>
    public AnnotationBuilder TextGranularity(TextGranularity granularity)
    {
        Guard.NotNull(granularity.Value, nameof(granularity));
        Resource.TextGranularity = granularity;
        Context.UseExtension(IiifContexts.TextGranularity);
        return this;
    }

    /// <summary>Adds a body; one body is written as an object, several as an array.</summary>
    /// <param name="body">The body.</param>
    /// <returns>This builder.</returns>
    public AnnotationBuilder Body(IiifResource body)
    {
        Resource.Body.Add(Guard.Checked(body));
        BuilderSupport.Single(Resource.Body);
        return this;
    }

    /// <summary>Adds a textual body.</summary>
    /// <param name="value">The text; HTML must start and end with a tag and have <paramref name="format"/> <c>text/html</c>.</param>
    /// <param name="language">Its language, or <see langword="null"/>.</param>
    /// <param name="format">Its media type, or <see langword="null"/> for plain text.</param>
    /// <returns>This builder.</returns>
    public AnnotationBuilder Text(string value, string? language = null, string? format = null) =>
        Body(IiifContent.Text(value, language, format));

    /// <summary>Adds a textual body with a purpose (<c>purpose</c>), such as a tag (<see cref="Purpose.Tagging"/>)
    /// or a description of the target (<see cref="Purpose.Describing"/>).</summary>
    /// <param name="purpose">Why the body is there.</param>
    /// <param name="value">The text.</param>
    /// <param name="language">Its language, or <see langword="null"/>.</param>
    /// <param name="format">Its media type, or <see langword="null"/> for plain text.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#purpose-for-external-web-resources"/>.</remarks>
    public AnnotationBuilder Text(Purpose purpose, string value, string? language = null, string? format = null)
    {
        TextualBody body = IiifContent.Text(value, language, format);
        body.Purpose.Add(purpose);
        BuilderSupport.Single(body.Purpose);
        return Body(body);
    }

    /// <summary>Adds an agent who made the Annotation (<c>creator</c>): a <see cref="Person"/>, an
    /// <see cref="Organization"/> or <see cref="Software"/>.</summary>
    /// <param name="creator">The agent.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#lifecycle-information"/>.</remarks>
    public AnnotationBuilder Creator(AnnotationAgent creator)
    {
        Resource.Creator.Add(Guard.Checked(creator));
        return this;
    }

    /// <summary>Sets when the Annotation was made (<c>created</c>), written as an <c>xsd:dateTime</c> as <c>navDate</c> is.</summary>
    /// <param name="created">The time.</param>
    /// <returns>This builder.</returns>
    public AnnotationBuilder Created(DateTimeOffset created)
    {
        Resource.Created = NavDates.Format(created);
        return this;
    }

    /// <summary>Adds the software that wrote the Annotation's JSON (<c>generator</c>).</summary>
    /// <param name="generator">The agent, usually <see cref="Software"/>.</param>
    /// <returns>This builder.</returns>
    public AnnotationBuilder Generator(AnnotationAgent generator)
    {
        Resource.Generator.Add(Guard.Checked(generator));
        return this;
    }

    /// <summary>Sets when the Annotation's JSON was written (<c>generated</c>), written as an <c>xsd:dateTime</c> as <c>navDate</c> is.</summary>
    /// <param name="generated">The time.</param>
    /// <returns>This builder.</returns>
    public AnnotationBuilder Generated(DateTimeOffset generated)
    {
        Resource.Generated = NavDates.Format(generated);
        return this;
    }

    /// <summary>Sets the Annotation's CSS stylesheet (<c>stylesheet</c>): <see cref="CssStylesheet.Embedded"/> CSS
    /// or a <see cref="CssStylesheet.Reference"/>; its classes are named by the <c>styleClass</c> of a
    /// <see cref="SpecificResource"/>.</summary>
    /// <param name="stylesheet">The stylesheet.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#styles"/>.</remarks>
    public AnnotationBuilder Stylesheet(CssStylesheet stylesheet)
    {
        Resource.Stylesheet = Guard.Checked(stylesheet);
        return this;
    }

    /// <summary>Sets the target to a quotation in a text: a SpecificResource of the text with a
    /// <see cref="TextQuoteSelector"/>.</summary>
    /// <param name="sourceUri">The URI of the text.</param>
    /// <param name="exact">The quoted words.</param>
    /// <param name="prefix">The text just before them, or <see langword="null"/>.</param>
    /// <param name="suffix">The text just after them, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#text-quote-selector"/>.</remarks>
    public AnnotationBuilder TargetQuote(string sourceUri, string exact, string? prefix = null, string? suffix = null) =>
        Target(IiifContent.Part(IiifContent.Uri(sourceUri), new TextQuoteSelector(Guard.Checked(exact), prefix, suffix)));

    /// <summary>Sets the target to a rectangle of a Canvas that names the Manifest it belongs to: a SpecificResource
    /// whose source is the Canvas, with the Manifest in its <c>partOf</c>, and whose <see cref="FragmentSelector"/>
    /// (conforming to Media Fragments) selects the rectangle.</summary>
    /// <param name="canvasId">The Canvas's URI, without a fragment.</param>
    /// <param name="manifestId">The URI of the Manifest the Canvas is part of.</param>
    /// <param name="region">The rectangle.</param>
    /// <returns>This builder.</returns>
    /// <remarks>The form for annotations published apart from their Manifest, such as the transcription of a
    /// newspaper page: a client that loads the annotation alone learns from it which Manifest to open. Spec:
    /// <see href="https://iiif.io/api/presentation/3.0/#partof"/> and
    /// <see href="https://www.w3.org/TR/annotation-model/#fragment-selector"/>. Without a Manifest to name,
    /// <c>Target(new CanvasTarget(canvasId, region).ToString())</c> writes the shorter <c>…#xywh=…</c> form.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="canvasId"/> or <paramref name="manifestId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="canvasId"/> is empty or has a fragment, or the region has a
    /// negative or non-finite number or no area.</exception>
    public AnnotationBuilder TargetRegion(string canvasId, string manifestId, CanvasRegion region)
    {
        var part = new CanvasTarget(Guard.Checked(canvasId), region);
        var canvas = new Canvas(part.CanvasId);
        canvas.PartOf.Add(new Manifest(Guard.Checked(manifestId)));
        return Target(IiifContent.Part(canvas, new FragmentSelector(region.ToString())));
    }

    /// <summary>Sets the target to a URI: the resource, or a part of it with a media fragment (<c>…#xywh=…</c>).</summary>
    /// <param name="uri">The target.</param>
    /// <returns>This builder.</returns>
    public AnnotationBuilder Target(string uri)
    {
        Guard.NotNull(uri);
        Resource.Target.Clear();
        Resource.Target.Add(BuilderSupport.CanvasUri(uri));
        BuilderSupport.Single(Resource.Target);
        return this;
    }

    /// <summary>Sets the target to a resource, such as a SpecificResource with a selector.</summary>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    public AnnotationBuilder Target(IiifResource target)
    {
        Guard.NotNull(target);
        Resource.Target.Clear();
        Resource.Target.Add(target);
        BuilderSupport.Single(Resource.Target);
        return this;
    }

    /// <summary>Returns the annotation.</summary>
    /// <returns>The annotation; calling again returns the same one.</returns>
    public Annotation Build() => Resource;

    internal void TargetDefault(string id)
    {
        if (Resource.Target.Count == 0)
        {
            Target(id);
        }
    }
}
