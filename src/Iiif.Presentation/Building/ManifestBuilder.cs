using System.Linq;

namespace Iiif.Presentation;

/// <summary>
/// Builds a Manifest that is valid 3.0 by construction: calls read like the document they make, ids
/// the caller does not give are minted from the base URI by an <see cref="IdStrategy"/>, and the same
/// calls give the same bytes.
/// </summary>
/// <remarks>
/// <para>A call that can be checked on its own (a size, a behavior, a rights URI) throws an
/// <see cref="ArgumentException"/> at once; what only the whole shows (a Manifest without canvases, a
/// Canvas without a size, a start that is not one of the canvases) is listed by <see cref="Build"/> in one
/// <see cref="IiifBuildException"/>.</para>
/// <para>The output has the shapes of the specification's examples: <c>@context</c>, <c>motivation</c>,
/// a single <c>body</c> and a Canvas <c>target</c> are written as single values.</para>
/// </remarks>
public sealed class ManifestBuilder : PresentationResourceBuilder<ManifestBuilder, Manifest>
{
    private int _ranges;

    /// <summary>Starts a Manifest.</summary>
    /// <param name="id">The Manifest's URI.</param>
    /// <param name="baseUri">The base of minted ids; by default the id without its last path segment.</param>
    /// <param name="ids">How ids are minted; by default <see cref="IdStrategy.Paths"/>.</param>
    /// <param name="defaultLanguage">The language of labels given without one; by default <c>"none"</c>.</param>
    public ManifestBuilder(string id, string? baseUri = null, IdStrategy? ids = null, string defaultLanguage = "none")
        : base(new Manifest(Guard.Checked(id)), new BuildContext(baseUri ?? Parent(id), ids ?? IdStrategy.Paths, defaultLanguage))
    {
        Single(Resource.Context).Add(IiifContexts.Presentation3);
        Context.Contexts = Resource.Context;
    }

    /// <summary>Adds a Canvas with a minted id.</summary>
    /// <param name="configure">Sets it up.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder Canvas(Action<CanvasBuilder> configure) => Canvas(null, configure);

    /// <summary>Adds a Canvas.</summary>
    /// <param name="id">Its URI, or <see langword="null"/> to mint one.</param>
    /// <param name="configure">Sets it up.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder Canvas(string? id, Action<CanvasBuilder> configure)
    {
        Guard.NotNull(configure);
        int index = Resource.Items.Count + 1;
        var canvas = new CanvasBuilder(id ?? Context.Mint(IdKind.Canvas, Resource.Id!, index, index), index, Context);
        configure(canvas);
        Resource.Items.Add(canvas.Resource);
        return this;
    }

    /// <summary>Adds a Range to <c>structures</c>: a table of contents entry.</summary>
    /// <param name="id">Its URI, or <see langword="null"/> to mint one.</param>
    /// <param name="configure">Sets it up.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder Range(string? id, Action<RangeBuilder> configure)
    {
        Guard.NotNull(configure);
        var range = new RangeBuilder(id ?? Context.Mint(IdKind.Range, Resource.Id!, 0, ++_ranges), Context, () => ++_ranges);
        configure(range);
        Resource.Structures.Add(range.Resource);
        return this;
    }

    /// <summary>Adds a page of annotations about the Manifest (<c>annotations</c>).</summary>
    /// <param name="id">The page's URI.</param>
    /// <param name="configure">Adds its annotations.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder Annotations(string id, Action<AnnotationPageBuilder> configure)
    {
        Guard.NotNull(configure);
        var page = new AnnotationPageBuilder(Guard.Checked(id), Resource.Id!, 0, Context);
        configure(page);
        Resource.Annotations.Add(page.Resource);
        return this;
    }

    /// <summary>Sets the viewing direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder ViewingDirection(ViewingDirection direction)
    {
        Resource.ViewingDirection = direction;
        return this;
    }

    /// <summary>Sets the navigation date.</summary>
    /// <param name="date">The date and time.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder NavDate(DateTimeOffset date)
    {
        Resource.SetNavDate(date);
        return this;
    }

    /// <summary>Starts the viewer at one of the canvases.</summary>
    /// <param name="canvasId">The Canvas's URI.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder Start(string canvasId)
    {
        Resource.Start = new Canvas(Guard.Checked(canvasId));
        return this;
    }

    /// <summary>Starts the viewer at a part of one of the canvases (a point in time, a region).</summary>
    /// <param name="canvasId">The Canvas's URI.</param>
    /// <param name="selector">The part.</param>
    /// <param name="id">The SpecificResource's id, if it has one.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder Start(string canvasId, Selector selector, string? id = null)
    {
        Resource.Start = BuilderSupport.Part(Guard.Checked(canvasId), Guard.Checked(selector), id);
        return this;
    }

    /// <summary>Sets the Canvas shown before the content is loaded.</summary>
    /// <param name="id">Its URI.</param>
    /// <param name="configure">Sets it up.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder PlaceholderCanvas(string id, Action<CanvasBuilder> configure)
    {
        Resource.PlaceholderCanvas = CanvasBuilder.Standalone(id, configure, Context);
        return this;
    }

    /// <summary>Sets the Canvas shown alongside the content while it plays.</summary>
    /// <param name="id">Its URI.</param>
    /// <param name="configure">Sets it up.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder AccompanyingCanvas(string id, Action<CanvasBuilder> configure)
    {
        Resource.AccompanyingCanvas = CanvasBuilder.Standalone(id, configure, Context);
        return this;
    }

    /// <summary>Adds a service used in several places of the document (<c>services</c>).</summary>
    /// <param name="service">The service.</param>
    /// <returns>This builder.</returns>
    public ManifestBuilder Services(Service service)
    {
        Resource.Services.Add(Guard.Checked(service));
        return this;
    }

    /// <summary>Checks the whole and returns the Manifest.</summary>
    /// <returns>The Manifest; calling again returns the same one.</returns>
    /// <exception cref="IiifBuildException">The Manifest is not valid 3.0; every problem is listed.</exception>
    public Manifest Build()
    {
        var problems = new List<string>();
        if (Resource.Label is not { Count: > 0 })
        {
            problems.Add("label: a Manifest needs a label");
        }

        if (Resource.Items.Count == 0)
        {
            problems.Add("items: a Manifest needs at least one Canvas");
        }

        for (int i = 0; i < Resource.Items.Count; i++)
        {
            BuilderSupport.CheckCanvas(Resource.Items[i], $"items[{i}]", problems);
        }

        var canvasIds = new HashSet<string>(Resource.Items.Select(c => c.Id!), StringComparer.Ordinal);
        if (Resource.Start is { } start && BuilderSupport.CanvasOf(start) is { } startCanvas && !canvasIds.Contains(startCanvas))
        {
            problems.Add($"start: {startCanvas} is not one of the Manifest's canvases");
        }

        for (int i = 0; i < Resource.Structures.Count; i++)
        {
            BuilderSupport.CheckRange(Resource.Structures[i], $"structures[{i}]", canvasIds, problems);
        }

        if (problems.Count > 0)
        {
            throw new IiifBuildException(problems);
        }

        return Resource;
    }

    private static string Parent(string id)
    {
        Guard.NotNull(id);
        int slash = id.LastIndexOf('/');
        return slash > "https://".Length ? id.Substring(0, slash) : id;
    }

    private static OneOrMany<string> Single(IList<string> list)
    {
        var values = (OneOrMany<string>)list;
        values.IsSingleValue = true;
        return values;
    }
}
