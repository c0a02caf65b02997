namespace Iiif.Presentation;

/// <summary>Builds a <see cref="TableOfContents"/>, reading the model's lists without creating them.</summary>
internal sealed class StructureBuilder
{
    internal const int MaxNodes = 100_000;

    // Bounds the recursion: a chain of references can be as long as the document has Ranges.
    internal const int MaxDepth = 1_000;

    private readonly Manifest _manifest;
    private readonly Dictionary<string, Canvas> _canvasesById = new(StringComparer.Ordinal);
    private readonly Dictionary<Canvas, int> _canvasIndex = [];
    private readonly Dictionary<string, IiifRange> _rangesById = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nestedIds = new(StringComparer.Ordinal);
    private readonly HashSet<IiifRange> _ancestors = [];
    private readonly List<RangeNode> _thumbnailNavigation = [];
    private readonly HashSet<IiifRange> _thumbnailRanges = [];

    // The layout (paged or not) and viewing direction in force at each level of the walk: a Range's own
    // values, else its parent Range's, else the Manifest's ("closest wins").
    private readonly Stack<(bool Paged, bool Reversed)> _layouts = new();
    private int _nodes;

    internal StructureBuilder(Manifest manifest)
    {
        _manifest = manifest;
        if (manifest.ItemsList is { } canvases)
        {
            for (int i = 0; i < canvases.Count; i++)
            {
                Canvas canvas = canvases[i];
                if (canvas is null)
                {
                    continue;
                }

                _canvasIndex[canvas] = i;
                if (canvas.Id is { } id && !_canvasesById.ContainsKey(id))
                {
                    _canvasesById.Add(id, canvas);
                }
            }
        }

        _layouts.Push((Has(manifest, Behavior.Paged), IsReversed(manifest.ViewingDirection)));
        if (manifest.StructuresList is { } structures)
        {
            var seen = new HashSet<IiifRange>();
            foreach (IiifRange range in structures)
            {
                CollectRanges(range, seen);
            }
        }
    }

    internal static string WithoutFragment(string id)
    {
        int hash = id.IndexOf('#');
        return hash < 0 ? id : id.Substring(0, hash);
    }

    internal static bool Has(IiifResource resource, Behavior behavior) =>
        resource.SparseOrNull?.Behavior is { } behaviors && behaviors.Contains(behavior);

    internal static bool IsReversed(ViewingDirection? direction) =>
        direction is { } d && (d == ViewingDirection.RightToLeft || d == ViewingDirection.BottomToTop);

    // The layout behavior of a resource, if it has one: unordered, individuals, continuous or paged.
    private static Behavior? Layout(IiifResource resource)
    {
        if (resource.SparseOrNull?.Behavior is { } behaviors)
        {
            foreach (Behavior behavior in behaviors)
            {
                if (Array.IndexOf(BehaviorRules.Layouts, behavior) >= 0)
                {
                    return behavior;
                }
            }
        }

        return null;
    }

    internal TableOfContents Build()
    {
        var roots = new List<RangeNode>();
        var sequences = new List<RangeNode>();
        if (_manifest.StructuresList is { } structures)
        {
            HashSet<IiifRange> reachable = ReachableFromTrueTops(structures);
            foreach (IiifRange top in structures)
            {
                if (top is null)
                {
                    continue;
                }

                IiifRange range = Resolve(top);
                if (IsNested(top) && reachable.Contains(range) && !Has(range, Behavior.Sequence))
                {
                    continue;
                }

                if (Has(range, Behavior.Sequence))
                {
                    // An alternative order is listed even when it also has no-nav or thumbnail-nav, which
                    // the spec forbids but a document may still do.
                    Enter(range);
                    RangeNode node = NewNode(range, null);
                    Fill(node, range);
                    sequences.Add(node);
                    Leave();
                }
                else
                {
                    Expand(range, null, roots, []);
                }
            }
        }

        return new TableOfContents(roots, sequences, _thumbnailNavigation);
    }

    // Adds the entry for a Range (or, for a no-nav Range, its child entries) to siblings, and the
    // Canvases it covers to covered. A thumbnail-nav Range goes to the thumbnail navigation instead,
    // with the Ranges below it, but its Canvases still count as covered by the Ranges above it.
    private void Expand(IiifRange item, RangeNode? parent, List<RangeNode> siblings, List<(Canvas Canvas, RangeTarget? Target)> covered)
    {
        IiifRange range = Resolve(item);
        if (_nodes >= MaxNodes || _ancestors.Count >= MaxDepth || !_ancestors.Add(range))
        {
            return;
        }

        _nodes++;
        Enter(range);
        if (Has(range, Behavior.ThumbnailNav))
        {
            RangeNode node = NewNode(range, null);
            Fill(node, range, covered);
            if (_thumbnailRanges.Add(range))
            {
                _thumbnailNavigation.Add(node);
            }
        }
        else if (Has(range, Behavior.NoNav))
        {
            Walk(range, parent, siblings, covered);
        }
        else
        {
            RangeNode node = NewNode(range, parent);
            Fill(node, range, covered);
            siblings.Add(node);
        }

        Leave();
        _ancestors.Remove(range);
    }

    private void Enter(IiifRange range)
    {
        (bool paged, bool reversed) = _layouts.Peek();
        if (Layout(range) is { } layout)
        {
            paged = layout == Behavior.Paged;
        }

        if (range.ViewingDirection is { } direction)
        {
            reversed = IsReversed(direction);
        }

        _layouts.Push((paged, reversed));
    }

    private void Leave() => _layouts.Pop();

    private RangeNode NewNode(IiifRange range, RangeNode? parent)
    {
        (bool paged, bool reversed) = _layouts.Peek();
        return new RangeNode(range, parent, paged, reversed);
    }

    private void Fill(RangeNode node, IiifRange range, List<(Canvas Canvas, RangeTarget? Target)>? outer = null)
    {
        var children = new List<RangeNode>();
        var covered = new List<(Canvas Canvas, RangeTarget? Target)>();
        bool added = _ancestors.Add(range);
        Walk(range, node, children, covered);
        if (added)
        {
            _ancestors.Remove(range);
        }

        var distinct = new List<Canvas>(covered.Count);
        var targets = new List<RangeTarget>(covered.Count);
        var seen = new HashSet<Canvas>();
        foreach ((Canvas canvas, RangeTarget? target) in covered)
        {
            if (seen.Add(canvas))
            {
                distinct.Add(canvas);
            }

            if (target is not null)
            {
                targets.Add(target);
            }
        }

        node.Children = children;
        node.Canvases = distinct;
        node.Targets = targets;
        node.IsContiguous = IsContiguous(distinct);
        outer?.AddRange(covered);
    }

    private void Walk(IiifRange range, RangeNode? parent, List<RangeNode> children, List<(Canvas Canvas, RangeTarget? Target)> covered)
    {
        if (range.ItemsList is not { } items)
        {
            return;
        }

        foreach (IiifResource item in items)
        {
            switch (item)
            {
                case null:
                    break;
                case IiifRange child:
                    Expand(child, parent, children, covered);
                    break;
                case SpecificResource { Source: { } source }:
                    AddCanvas(source, item, range, covered);
                    break;
                default:
                    if (!AddCanvas(item, item, range, covered) && item.Kind != ResourceKind.Canvas &&
                        item.Id is { } id && _rangesById.TryGetValue(id, out IiifRange? named))
                    {
                        // A bare id string among the items that names a Range rather than a Canvas.
                        Expand(named, parent, children, covered);
                    }

                    break;
            }
        }
    }

    // Adds the Manifest's Canvas that a reference names; its target only when the fragment or selector
    // reads as one, so a malformed fragment still covers the Canvas but gives no start.
    private bool AddCanvas(IiifResource canvasReference, IiifResource item, IiifRange range, List<(Canvas Canvas, RangeTarget? Target)> covered)
    {
        if (canvasReference.Id is { } id && _canvasesById.TryGetValue(WithoutFragment(id), out Canvas? canvas))
        {
            RangeTarget? target = CanvasTarget.TryFrom(item, out CanvasTarget? parsed) ? new RangeTarget(canvas, parsed, range) : null;
            covered.Add((canvas, target));
            return true;
        }

        return false;
    }

    private bool IsContiguous(List<Canvas> canvases)
    {
        if (canvases.Count == 0)
        {
            return false;
        }

        int previous = -1;
        foreach (Canvas canvas in canvases)
        {
            if (!_canvasIndex.TryGetValue(canvas, out int index) || (previous >= 0 && index != previous + 1))
            {
                return false;
            }

            previous = index;
        }

        return true;
    }

    private IiifRange Resolve(IiifRange range) =>
        range.ItemsList is not { Count: > 0 } && range.Id is { } id && _rangesById.TryGetValue(id, out IiifRange? full)
            ? full
            : range;

    private void CollectRanges(IiifRange? range, HashSet<IiifRange> seen)
    {
        if (range is null || !seen.Add(range))
        {
            return;
        }

        // The first Range with items wins: later copies of an id are usually references to it.
        if (range.Id is { } id && range.ItemsList is { Count: > 0 } && !_rangesById.ContainsKey(id))
        {
            _rangesById.Add(id, range);
        }

        if (range.ItemsList is { } items)
        {
            foreach (IiifResource item in items)
            {
                if (item is IiifRange child)
                {
                    if (child.Id is { } childId)
                    {
                        _nestedIds.Add(childId);
                    }

                    CollectRanges(child, seen);
                }
            }
        }
    }

    // The Ranges that the tree reaches from the top Ranges nobody else lists: a top Range among them
    // is a chapter listed flat in structures, and appears under its parent only.
    private HashSet<IiifRange> ReachableFromTrueTops(OneOrMany<IiifRange> structures)
    {
        var reached = new HashSet<IiifRange>();
        var pending = new Stack<IiifRange>();
        foreach (IiifRange top in structures)
        {
            if (top is not null && !IsNested(top) && !Has(Resolve(top), Behavior.Sequence))
            {
                pending.Push(Resolve(top));
            }
        }

        // A loop, not recursion: a chain of references can be as long as the document has Ranges.
        while (pending.Count > 0)
        {
            IiifRange range = pending.Pop();
            if (!reached.Add(range) || range.ItemsList is not { } items)
            {
                continue;
            }

            foreach (IiifResource item in items)
            {
                if (item is IiifRange child)
                {
                    pending.Push(Resolve(child));
                }
            }
        }

        return reached;
    }

    private bool IsNested(IiifRange range) => range.Id is { } id && _nestedIds.Contains(id);
}
