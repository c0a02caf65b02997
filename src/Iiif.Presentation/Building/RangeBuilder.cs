namespace Iiif.Presentation;

/// <summary>Builds a Range: an entry of a table of contents, holding canvases, parts of them, and other ranges.</summary>
public sealed class RangeBuilder : PresentationResourceBuilder<RangeBuilder, IiifRange>
{
    private readonly Func<int> _next;

    internal RangeBuilder(string id, BuildContext context, Func<int> next)
        : base(new IiifRange(id), context)
    {
        _next = next;
    }

    /// <summary>Adds a Canvas, or a part of one with a media fragment in its URI (<c>…#t=0,30</c>).</summary>
    /// <param name="canvasId">The Canvas's URI.</param>
    /// <returns>This builder.</returns>
    public RangeBuilder Canvas(string canvasId)
    {
        Resource.Items.Add(new Canvas(Guard.Checked(canvasId)));
        return this;
    }

    /// <summary>Adds a part of a Canvas given by a selector.</summary>
    /// <param name="canvasId">The Canvas's URI.</param>
    /// <param name="selector">The part.</param>
    /// <returns>This builder.</returns>
    public RangeBuilder Canvas(string canvasId, Selector selector)
    {
        Resource.Items.Add(BuilderSupport.Part(Guard.Checked(canvasId), Guard.Checked(selector), id: null));
        return this;
    }

    /// <summary>Adds an item as given: a Canvas reference with more than its id, or a part of a Canvas in another
    /// form than <see cref="Canvas(string, Selector)"/> writes, such as a SpecificResource whose source is the
    /// Canvas's <c>id</c> and <c>type</c> (<see cref="IiifContent.Part(IiifResource, Selector, string?, string?)"/>).</summary>
    /// <param name="item">The Canvas or the SpecificResource.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#54-range"/>. As for the other items,
    /// <see cref="ManifestBuilder.Build"/> checks that the Canvas is one of the Manifest's.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The item is neither a Canvas nor a SpecificResource (a Range inside this
    /// one is added with <see cref="Range"/>).</exception>
    public RangeBuilder Item(IiifResource item)
    {
        Guard.NotNull(item);
        if (item is not (Presentation.Canvas or SpecificResource))
        {
            throw new ArgumentException($"Add a Canvas or a SpecificResource as a Range item here, not a {item.Type}; a Range goes in with Range(…).", nameof(item));
        }

        Resource.Items.Add(item);
        return this;
    }

    /// <summary>Adds a Range inside this one.</summary>
    /// <param name="id">Its URI, or <see langword="null"/> to mint one.</param>
    /// <param name="configure">Sets it up.</param>
    /// <returns>This builder.</returns>
    public RangeBuilder Range(string? id, Action<RangeBuilder> configure)
    {
        Guard.NotNull(configure);
        var range = new RangeBuilder(id ?? Context.Mint(IdKind.Range, Resource.Id!, 0, _next()), Context, _next);
        configure(range);
        Resource.Items.Add(range.Resource);
        return this;
    }

    /// <summary>Sets the viewing direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>This builder.</returns>
    public RangeBuilder ViewingDirection(ViewingDirection direction)
    {
        Resource.ViewingDirection = direction;
        return this;
    }
}
