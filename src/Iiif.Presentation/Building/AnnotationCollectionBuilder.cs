using System.Linq;

namespace Iiif.Presentation;

/// <summary>
/// Builds an AnnotationCollection and its pages: each page a document of its own, as newspaper
/// transcriptions and other large sets of annotations are published
/// (<see href="https://iiif.io/api/presentation/3.0/#58-annotation-collection"/>). The links the spec defines
/// between them are made when building: the collection's <c>first</c>, <c>last</c> and <c>total</c>, and each
/// page's <c>partOf</c>, <c>prev</c>, <c>next</c> and <c>startIndex</c>.
/// </summary>
/// <remarks>Not thread-safe, like every builder.</remarks>
public sealed class AnnotationCollectionBuilder : ResourceBuilder<AnnotationCollectionBuilder, AnnotationCollection>
{
    private readonly List<AnnotationPageBuilder> _pages = [];

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
        _pages.Add(page);
        return this;
    }

    /// <summary>Returns the collection, with <c>first</c>, <c>last</c> and <c>total</c> set from the pages.</summary>
    /// <returns>The collection; calling again returns the same one, linked again.</returns>
    /// <exception cref="IiifBuildException">No page was added: a collection with no page has no <c>first</c>.</exception>
    public AnnotationCollection Build()
    {
        if (_pages.Count == 0)
        {
            throw new IiifBuildException($"The AnnotationCollection '{Resource.Id}' has no page: add one with Page(…).");
        }

        int total = 0;
        for (int i = 0; i < _pages.Count; i++)
        {
            AnnotationPageBuilder page = _pages[i];
            page.Resource.PartOf.Clear();
            page.PartOf(new AnnotationCollection(Resource.Id!));
            page.StartIndex(total);
            page.Resource.Prev = i > 0 ? new AnnotationPage(_pages[i - 1].Resource.Id!) : null;
            page.Resource.Next = i < _pages.Count - 1 ? new AnnotationPage(_pages[i + 1].Resource.Id!) : null;
            total += page.Resource.Items.Count;
        }

        Resource.First = new AnnotationPage(_pages[0].Resource.Id!);
        Resource.Last = new AnnotationPage(_pages[_pages.Count - 1].Resource.Id!);
        Resource.Total = total;
        return Resource;
    }

    /// <summary>Returns the pages in order, each linked to the collection and to its neighbours.</summary>
    /// <returns>The pages; each is a document of its own, with its own <c>@context</c>.</returns>
    /// <exception cref="IiifBuildException">No page was added.</exception>
    public IReadOnlyList<AnnotationPage> BuildPages()
    {
        Build();
        return _pages.Select(p => p.Build()).ToList();
    }
}
