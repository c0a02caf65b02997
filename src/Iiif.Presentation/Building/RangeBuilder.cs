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
