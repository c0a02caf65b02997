namespace Iiif.Presentation;

/// <summary>
/// Represents one entry of a <see cref="TableOfContents"/>: a <see cref="IiifRange"/> with the entries below
/// it and the Canvases it covers, resolved to the Manifest's own <see cref="Canvas"/> objects.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#54-range"/>.</para>
/// <para>A snapshot: it does not follow later changes to the Manifest. Immutable once built, so
/// concurrent reads are safe.</para>
/// </remarks>
public sealed class RangeNode
{
    private IReadOnlyList<Canvas> _canvases = [];
    private HashSet<Canvas> _canvasSet = [];

    internal RangeNode(IiifRange range, RangeNode? parent, bool isPaged, bool isReversed)
    {
        Range = range;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
        IsPaged = isPaged;
        IsReversed = isReversed;
    }

    /// <summary>Gets the Range of this entry; a reference by id is replaced by the Range it names in
    /// <see cref="Manifest.Structures"/>.</summary>
    public IiifRange Range { get; }

    /// <summary>Gets the label of the Range (<c>label</c>), or <see langword="null"/> when it has none.</summary>
    public LanguageMap? Label => Range.Label;

    /// <summary>Gets the entry above this one, or <see langword="null"/> for a top entry.</summary>
    public RangeNode? Parent { get; }

    /// <summary>Gets how deep the entry is: 0 for a top entry, 1 for its children, and so on.</summary>
    public int Depth { get; }

    /// <summary>Gets the entries below this one, in order.</summary>
    /// <remarks>A child Range with <c>behavior</c> <c>no-nav</c> is not an entry: its own child Ranges
    /// take its place.</remarks>
    public IReadOnlyList<RangeNode> Children { get; internal set; } = [];

    /// <summary>Gets the Manifest's Canvases that the Range covers, itself or through its child Ranges,
    /// depth-first in the Range's order, each once.</summary>
    /// <remarks>A Canvas given by id, by id with a fragment (<c>#t=</c>, <c>#xywh=</c>) or as the
    /// <c>source</c> of a SpecificResource counts as the whole Canvas. Canvases of <c>no-nav</c> child
    /// Ranges are included. Ids that name no Canvas of the Manifest are left out.</remarks>
    public IReadOnlyList<Canvas> Canvases
    {
        get => _canvases;
        internal set
        {
            // Built here, not on first use, so that concurrent readers never race to create it.
            _canvases = value;
            _canvasSet = new HashSet<Canvas>(value);
        }
    }

    /// <summary>Gets the first Canvas of the Range, depth-first, or <see langword="null"/> when it covers none.</summary>
    public Canvas? FirstCanvas => Canvases.Count > 0 ? Canvases[0] : null;

    /// <summary>Gets every Canvas reference of the Range, itself or through its child Ranges, depth-first in
    /// the Range's order: the Manifest's Canvas and the part of it each reference points at, such as an audio
    /// chapter's <c>#t=302.05,3971.24</c> or an article's <c>#xywh=</c>.</summary>
    /// <remarks>
    /// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#54-range"/> and
    /// <see href="https://iiif.io/api/presentation/3.0/#specificresource"/>. Unlike <see cref="Canvases"/>, a
    /// Canvas listed several times gives several targets, one per reference, as listed.</para>
    /// <para>References of <c>no-nav</c> child Ranges are included. Left out: ids that name no Canvas of the
    /// Manifest, and references whose fragment or selector <see cref="CanvasTarget.TryFrom"/> cannot read (a
    /// malformed <c>#t=</c>, an SVG selector), for which reporting the whole Canvas would be wrong; such a
    /// reference still counts in <see cref="Canvases"/>.</para>
    /// </remarks>
    public IReadOnlyList<RangeTarget> Targets { get; internal set; } = [];

    /// <summary>Gets where the entry starts: its first Canvas reference in the Range's order (the first of
    /// <see cref="Targets"/>), or <see langword="null"/> when it has none.</summary>
    /// <remarks>A player seeks to <c>Start.Target.Time?.Start</c> seconds of <c>Start.Canvas</c>; a viewer zooms
    /// to <c>Start.Target.Region</c>. The first reference, not the earliest time: the spec gives the Range's
    /// order as the reading order, and a chapter that starts with its Canvas's later part starts there. A
    /// <c>no-nav</c> child Range that comes first (the silence before a track's first named part) is part of
    /// the entry, so the entry starts with it.</remarks>
    public RangeTarget? Start => Targets.Count > 0 ? Targets[0] : null;

    /// <summary>Gets whether the Range's Canvases follow one another in the Manifest's <c>items</c>
    /// order, with none missing between them.</summary>
    /// <remarks><see langword="false"/> when the Range covers no Canvas, and when it lists consecutive
    /// Canvases out of order.</remarks>
    public bool IsContiguous { get; internal set; }

    // The layout in force for the Range (its own behavior and viewingDirection, else those of the Ranges
    // above it, else the Manifest's), for PagingExtensions.
    internal bool IsPaged { get; }

    internal bool IsReversed { get; }

    /// <summary>Returns the entries from the top of the tree down to this one, this one last.</summary>
    /// <returns>The path, never empty.</returns>
    public IReadOnlyList<RangeNode> GetPath()
    {
        var path = new List<RangeNode>(Depth + 1);
        for (RangeNode? node = this; node is not null; node = node.Parent)
        {
            path.Add(node);
        }

        path.Reverse();
        return path;
    }

    /// <summary>Returns whether the Range covers a Canvas.</summary>
    /// <param name="canvas">One of the Manifest's Canvases.</param>
    /// <returns><see langword="true"/> if <paramref name="canvas"/> is in <see cref="Canvases"/>.</returns>
    public bool Covers(Canvas canvas) => _canvasSet.Contains(canvas);

    /// <summary>Returns the Range's id and how many Canvases it covers, for debugging.</summary>
    /// <returns>A short description of the entry.</returns>
    public override string ToString() => $"{Range.Id} ({Canvases.Count} canvases)";
}
