namespace Iiif.Presentation;

/// <summary>Builds a page of annotations about a resource: comments, transcriptions, tags, links.</summary>
public sealed class AnnotationPageBuilder : ResourceBuilder<AnnotationPageBuilder, AnnotationPage>
{
    private readonly string _targetId;
    private readonly int _canvasIndex;

    /// <summary>Starts an AnnotationPage that is a document of its own, referred to from a Canvas's <c>annotations</c>.</summary>
    /// <param name="id">The page's URI.</param>
    /// <param name="targetId">What its annotations are about, unless they say otherwise.</param>
    public AnnotationPageBuilder(string id, string targetId)
        : this(Guard.Checked(id), Guard.Checked(targetId), 0, new BuildContext(id, IdStrategy.Paths, "none"))
    {
        Resource.Context.Add(IiifContexts.Presentation3);
        BuilderSupport.Single(Resource.Context);
        Context.Contexts = Resource.Context;
    }

    internal AnnotationPageBuilder(string id, string targetId, int canvasIndex, BuildContext context)
        : base(new AnnotationPage(id), context)
    {
        _targetId = targetId;
        _canvasIndex = canvasIndex;
    }

    /// <summary>Adds an annotation; by default it targets the resource the page is about.</summary>
    /// <param name="id">Its URI, or <see langword="null"/> to mint one.</param>
    /// <param name="motivation">Why it was made: <see cref="Motivation.Commenting"/>, <see cref="Motivation.Supplementing"/>, …</param>
    /// <param name="configure">Sets its body and, if not the whole resource, its target.</param>
    /// <returns>This builder.</returns>
    public AnnotationPageBuilder Annotation(string? id, Motivation motivation, Action<AnnotationBuilder> configure)
    {
        Guard.NotNull(configure);
        var annotation = new AnnotationBuilder(
            id ?? Context.Mint(IdKind.Annotation, Resource.Id!, _canvasIndex, Resource.Items.Count + 1), motivation, Context);
        configure(annotation);
        annotation.TargetDefault(_targetId);
        Resource.Items.Add(annotation.Resource);
        return this;
    }

    /// <summary>Sets the next page of the same collection of annotations, as the reference the spec requires
    /// (an object with <c>id</c> and <c>type</c>; <see href="https://iiif.io/api/presentation/3.0/#next"/>).</summary>
    /// <param name="id">The next page's URI.</param>
    /// <returns>This builder.</returns>
    public AnnotationPageBuilder Next(string id)
    {
        Resource.Next = new AnnotationPage(Guard.Checked(id));
        return this;
    }

    /// <summary>Sets the previous page of the same collection of annotations, as a reference with <c>id</c> and
    /// <c>type</c> (<see href="https://iiif.io/api/presentation/3.0/#prev"/>).</summary>
    /// <param name="id">The previous page's URI.</param>
    /// <returns>This builder.</returns>
    public AnnotationPageBuilder Prev(string id)
    {
        Resource.Prev = new AnnotationPage(Guard.Checked(id));
        return this;
    }

    /// <summary>Sets the 0-based index, among all the annotations of its collection, of this page's first
    /// annotation (<see href="https://iiif.io/api/presentation/3.0/#startindex"/>).</summary>
    /// <param name="index">The index; not negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public AnnotationPageBuilder StartIndex(int index)
    {
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A page's startIndex is 0 or more.");
        }

        Resource.StartIndex = index;
        return this;
    }

    /// <summary>Returns the page.</summary>
    /// <returns>The page; calling again returns the same one.</returns>
    public AnnotationPage Build() => Resource;

    /// <summary>Adds a comment: a textual body with the <c>commenting</c> motivation.</summary>
    /// <param name="id">Its URI, or <see langword="null"/> to mint one.</param>
    /// <param name="text">The comment.</param>
    /// <param name="language">Its language, or <see langword="null"/>.</param>
    /// <param name="fragment">The part of the resource it is about (<c>xywh=…</c>, <c>t=…</c>), or <see langword="null"/> for all of it.</param>
    /// <returns>This builder.</returns>
    public AnnotationPageBuilder Comment(string? id, string text, string? language = null, string? fragment = null) =>
        Annotation(id, Motivation.Commenting, a =>
        {
            a.Text(text, language);
            if (fragment is not null)
            {
                a.Target(_targetId + "#" + fragment);
            }
        });
}
