namespace Iiif.Presentation;

/// <summary>Builds a content state: an Annotation with the <c>contentState</c> motivation whose targets are
/// the Manifests, Canvases, regions or time ranges a viewer should open.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>, sections 2 and 5. Each Canvas target names
/// its Manifest with <c>partOf</c>, as the API asks, so that a viewer knows what to load. A region or time range
/// is written as a media fragment on the Canvas id (<c>…/canvas/1#xywh=0,0,100,100</c>), the form of the spec's
/// and the cookbook's examples, or on request as a SpecificResource with a FragmentSelector.</para>
/// <code>
/// string param = new ContentStateBuilder()
///     .Region("https://example.org/canvas/7", "https://example.org/manifest", new CanvasRegion(1000, 2000, 1000, 2000))
///     .Build()
///     .Encode();
/// </code>
/// <para>Not thread-safe.</para>
/// </remarks>
public sealed class ContentStateBuilder
{
    private readonly Annotation _annotation = new();

    /// <summary>Starts a content state.</summary>
    /// <param name="id">The Annotation's URI, or <see langword="null"/> for none: a content state passed in a
    /// link needs no id.</param>
    public ContentStateBuilder(string? id = null)
    {
        _annotation.Id = id;
        _annotation.Context.Add(IiifContexts.Presentation3);
        BuilderSupport.Single(_annotation.Context);
        _annotation.Motivation.Add(Motivation.ContentState);

        // One target is written as an object, as the Content State API's examples write it; several as an array.
        BuilderSupport.Single(_annotation.Target);
    }

    /// <summary>Adds a whole Manifest as a target.</summary>
    /// <param name="manifestId">The Manifest's URI.</param>
    /// <returns>This builder.</returns>
    public ContentStateBuilder Manifest(string manifestId)
    {
        _annotation.Target.Add(new Manifest(Guard.Checked(manifestId)));
        return this;
    }

    /// <summary>Adds a whole Collection as a target.</summary>
    /// <param name="collectionId">The Collection's URI.</param>
    /// <returns>This builder.</returns>
    public ContentStateBuilder Collection(string collectionId)
    {
        _annotation.Target.Add(new Collection(Guard.Checked(collectionId)));
        return this;
    }

    /// <summary>Adds a whole Canvas of a Manifest as a target.</summary>
    /// <param name="canvasId">The Canvas's URI, without a fragment.</param>
    /// <param name="manifestId">The URI of the Manifest the Canvas is part of.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="canvasId"/> is empty or has a fragment.</exception>
    public ContentStateBuilder Canvas(string canvasId, string manifestId) =>
        Canvas(new CanvasTarget(Guard.Checked(canvasId)), manifestId);

    /// <summary>Adds several Canvases of a Manifest as targets, in order: a set a viewer shows together, such as
    /// two pages to compare.</summary>
    /// <param name="manifestId">The URI of the Manifest the Canvases are part of.</param>
    /// <param name="canvasIds">The Canvases' URIs, without fragments.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A Canvas URI is empty or has a fragment.</exception>
    public ContentStateBuilder Canvases(string manifestId, IEnumerable<string> canvasIds)
    {
        Guard.NotNull(canvasIds);
        foreach (string canvasId in canvasIds)
        {
            Canvas(canvasId, manifestId);
        }

        return this;
    }

    /// <summary>Adds a rectangle of a Canvas as a target (<c>#xywh=</c>).</summary>
    /// <param name="canvasId">The Canvas's URI, without a fragment.</param>
    /// <param name="manifestId">The URI of the Manifest the Canvas is part of.</param>
    /// <param name="region">The rectangle.</param>
    /// <param name="asSpecificResource"><see langword="true"/> for a SpecificResource with a FragmentSelector
    /// instead of a fragment on the Canvas id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="canvasId"/> is empty or has a fragment, or the region has a
    /// negative or non-finite number or no area.</exception>
    public ContentStateBuilder Region(string canvasId, string manifestId, CanvasRegion region, bool asSpecificResource = false) =>
        Canvas(new CanvasTarget(Guard.Checked(canvasId), region), manifestId, asSpecificResource);

    /// <summary>Adds a time range of a Canvas as a target (<c>#t=</c>).</summary>
    /// <param name="canvasId">The Canvas's URI, without a fragment.</param>
    /// <param name="manifestId">The URI of the Manifest the Canvas is part of.</param>
    /// <param name="time">The time range, in seconds.</param>
    /// <param name="asSpecificResource"><see langword="true"/> for a SpecificResource with a FragmentSelector
    /// instead of a fragment on the Canvas id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="canvasId"/> is empty or has a fragment, or the range has a
    /// negative or non-finite number or ends before it starts.</exception>
    public ContentStateBuilder Time(string canvasId, string manifestId, TimeInterval time, bool asSpecificResource = false) =>
        Canvas(new CanvasTarget(Guard.Checked(canvasId), time: time), manifestId, asSpecificResource);

    /// <summary>Adds a Canvas, or a rectangle or time range of one, as a target.</summary>
    /// <param name="target">The Canvas and the part of it.</param>
    /// <param name="manifestId">The URI of the Manifest the Canvas is part of.</param>
    /// <param name="asSpecificResource"><see langword="true"/> for a SpecificResource with a FragmentSelector
    /// instead of a fragment on the Canvas id; a whole Canvas is always the Canvas itself.</param>
    /// <returns>This builder.</returns>
    public ContentStateBuilder Canvas(CanvasTarget target, string manifestId, bool asSpecificResource = false)
    {
        Guard.NotNull(target);
        Guard.Checked(manifestId);
        bool whole = target.Region is null && target.Time is null;
        if (asSpecificResource && !whole)
        {
            SpecificResource part = target.ToSpecificResource();
            part.Source!.PartOf.Add(new Manifest(manifestId));
            BuilderSupport.Single(part.Selector);
            _annotation.Target.Add(part);
        }
        else
        {
            var canvas = new Canvas(target.ToString());
            canvas.PartOf.Add(new Manifest(manifestId));
            _annotation.Target.Add(canvas);
        }

        return this;
    }

    /// <summary>Returns the content state.</summary>
    /// <returns>A content state in the <see cref="ContentStateForm.Annotation"/> form, whose
    /// <see cref="ContentState.Value"/> is the Annotation's compact canonical JSON, ready for
    /// <see cref="ContentState.Encode()"/>.</returns>
    /// <exception cref="IiifBuildException">No target was added.</exception>
    public ContentState Build()
    {
        if (_annotation.Target.Count == 0)
        {
            throw new IiifBuildException(["a content state needs at least one target: a Manifest, a Collection or a Canvas"]);
        }

        return ContentState.FromAnnotation(_annotation);
    }
}
