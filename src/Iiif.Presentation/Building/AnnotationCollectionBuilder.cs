using System.Linq;

namespace Iiif.Presentation;

/// <summary>
/// Builds an AnnotationCollection and its pages: each page a document of its own, as newspaper
/// transcriptions and other large sets of annotations are published
/// (<see href="https://iiif.io/api/presentation/3.0/#58-annotation-collection"/>). The links the spec defines
/// between them are made when building: the collection's <c>first</c>, <c>last</c> and <c>total</c>, and each
/// page's <c>partOf</c>, <c>prev</c>, <c>next</c> and <c>startIndex</c>.
/// </summary>
/// <remarks>
/// <para>A collection whose pages are built elsewhere names them with <see cref="PageReference"/>: it is written
/// with <c>first</c> and <c>last</c>, and without the <c>total</c> only its pages know.</para>
/// <para>Not thread-safe, like every builder.</para>
/// </remarks>
public sealed class AnnotationCollectionBuilder : ResourceBuilder<AnnotationCollectionBuilder, AnnotationCollection>
{
    // In order; a page built elsewhere has only its id.
    private readonly List<(string Id, AnnotationPageBuilder? Builder)> _pages = [];

    /// <summary>Starts an AnnotationCollection that is a document of its own.</summary>
    /// <param name="id">The collection's URI.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public AnnotationCollectionBuilder(string id)
        : base(new AnnotationCollection(Guard.Checked(id)), new BuildContext(id, IdStrategy.Paths, "none"))
    {
        Resource.Context.Add(IiifContexts.Presentation3);
        BuilderSupport.Single(Resource.Context);
    }

    /// <summary>Adds a page after the pages added so far.</summary>
    /// <param name="id">The page's URI.</param>
    /// <param name="targetId">What its annotations are about, unless they say otherwise.</param>
    /// <param name="configure">Adds its annotations.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AnnotationCollectionBuilder Page(string id, string targetId, Action<AnnotationPageBuilder> configure)
    {
        Guard.NotNull(configure);
        var page = new AnnotationPageBuilder(id, targetId);
        configure(page);
        _pages.Add((id, page));
        return this;
    }

    /// <summary>Adds, after the pages added so far, a page that is built and published elsewhere, by its URI.</summary>
    /// <param name="id">The page's URI.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Its annotations are not known here, so a collection with such a page is written without
    /// <c>total</c>, and the pages built here after it without <c>startIndex</c>; their <c>prev</c> and
    /// <c>next</c> still name it.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public AnnotationCollectionBuilder PageReference(string id)
    {
        _pages.Add((Guard.Checked(id), null));
        return this;
    }

    /// <summary>Returns the collection, with <c>first</c>, <c>last</c> and, when every page is built here, <c>total</c>
    /// set from the pages.</summary>
    /// <returns>The collection; calling again returns the same one, linked again.</returns>
    /// <exception cref="IiifBuildException">No page was added: a collection with no page has no <c>first</c>.</exception>
    public AnnotationCollection Build()
    {
        if (_pages.Count == 0)
        {
            throw new IiifBuildException($"The AnnotationCollection '{Resource.Id}' has no page: add one with Page(…).");
        }

        // Counted while every page so far is built here; null from the first page that is not.
        int? total = 0;
        for (int i = 0; i < _pages.Count; i++)
        {
            if (_pages[i].Builder is not { } page)
            {
                total = null;
                continue;
            }

            page.Resource.PartOf.Clear();
            page.PartOf(new AnnotationCollection(Resource.Id!));
            page.Resource.StartIndex = total;
            page.Resource.Prev = i > 0 ? new AnnotationPage(_pages[i - 1].Id) : null;
            page.Resource.Next = i < _pages.Count - 1 ? new AnnotationPage(_pages[i + 1].Id) : null;
            total += page.Resource.Items.Count;
        }

        Resource.First = new AnnotationPage(_pages[0].Id);
        Resource.Last = new AnnotationPage(_pages[_pages.Count - 1].Id);
        Resource.Total = total;
        return Resource;
    }

    /// <summary>Returns the pages built here in order, each linked to the collection and to its neighbours.</summary>
    /// <returns>The pages; each is a document of its own, with its own <c>@context</c>. A page added with
    /// <see cref="PageReference"/> is not among them.</returns>
    /// <exception cref="IiifBuildException">No page was added.</exception>
    public IReadOnlyList<AnnotationPage> BuildPages()
    {
        Build();
        return _pages.Where(p => p.Builder is not null).Select(p => p.Builder!.Build()).ToList();
    }
}
