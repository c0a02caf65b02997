namespace Iiif.Presentation;

/// <summary>
/// Represents the table of contents of a Manifest: a tree of <see cref="RangeNode"/>s built from its
/// <c>structures</c>, and the alternative orders of its Canvases.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#54-range"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#behavior"/>. Made by
/// <see cref="StructureExtensions.GetTableOfContents"/>.</para>
/// <para>A snapshot: it does not follow later changes to the Manifest. Immutable once built, so
/// concurrent reads are safe.</para>
/// </remarks>
public sealed class TableOfContents
{
    internal TableOfContents(IReadOnlyList<RangeNode> roots, IReadOnlyList<RangeNode> sequences, IReadOnlyList<RangeNode> thumbnailNavigation)
    {
        Roots = roots;
        Sequences = sequences;
        ThumbnailNavigation = thumbnailNavigation;
    }

    /// <summary>Gets the top entries, in the order of <c>structures</c>.</summary>
    /// <remarks>Ranges with <c>behavior</c> <c>no-nav</c> are left out (their child Ranges take their
    /// place), and so are top Ranges with <c>behavior</c> <c>sequence</c>, which are in
    /// <see cref="Sequences"/>, and Ranges with <c>behavior</c> <c>thumbnail-nav</c> with all the Ranges
    /// below them, which are in <see cref="ThumbnailNavigation"/>.</remarks>
    public IReadOnlyList<RangeNode> Roots { get; }

    /// <summary>Gets the top Ranges with <c>behavior</c> <c>sequence</c>: other orders of the Manifest's
    /// Canvases, which a viewer may offer instead of <c>items</c>. Their <see cref="RangeNode.Canvases"/>
    /// give the order.</summary>
    public IReadOnlyList<RangeNode> Sequences { get; }

    /// <summary>Gets the Ranges with <c>behavior</c> <c>thumbnail-nav</c>, wherever they are in
    /// <c>structures</c>, in document order: navigation aids made of thumbnails (keyframes along a video,
    /// sections of a long scroll), which are not table of contents entries.</summary>
    /// <remarks>
    /// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#behavior"/>: clients may use such Ranges for
    /// an alternative navigation based on thumbnails, and should not use them to make a conventional table
    /// of contents; their child Ranges must have a <c>thumbnail</c>.</para>
    /// <para>Unlike a <c>no-nav</c> Range, whose child Ranges take its place in the tree, a
    /// <c>thumbnail-nav</c> Range takes the Ranges below it along: they are its thumbnails, each a point to
    /// navigate to, not chapters. Each node here is a top node (no <see cref="RangeNode.Parent"/>) whose
    /// <see cref="RangeNode.Children"/> are those Ranges (a <c>no-nav</c> one among them still gives way to
    /// its own children), with their <see cref="RangeNode.Targets"/>. The Canvases of a <c>thumbnail-nav</c>
    /// Range nested in a table of contents entry still count as covered by that entry.</para>
    /// </remarks>
    public IReadOnlyList<RangeNode> ThumbnailNavigation { get; }

    /// <summary>Returns every entry of the tree, depth-first, each parent before its children.</summary>
    /// <returns>The entries under <see cref="Roots"/>; <see cref="Sequences"/> and
    /// <see cref="ThumbnailNavigation"/> are not included.</returns>
    public IEnumerable<RangeNode> Descendants()
    {
        var stack = new Stack<RangeNode>();
        for (int i = Roots.Count - 1; i >= 0; i--)
        {
            stack.Push(Roots[i]);
        }

        while (stack.Count > 0)
        {
            RangeNode node = stack.Pop();
            yield return node;
            for (int i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    /// <summary>Finds the deepest entries that cover a Canvas: those that cover it while none of their
    /// children does.</summary>
    /// <param name="canvas">One of the Manifest's Canvases.</param>
    /// <returns>The entries, depth-first; <see cref="RangeNode.GetPath"/> gives each one's path from the
    /// top. Empty when no entry covers the Canvas.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="canvas"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<RangeNode> FindRanges(Canvas canvas)
    {
        Guard.NotNull(canvas);

        var found = new List<RangeNode>();
        foreach (RangeNode node in Descendants())
        {
            if (!node.Covers(canvas))
            {
                continue;
            }

            bool childCovers = false;
            foreach (RangeNode child in node.Children)
            {
                if (child.Covers(canvas))
                {
                    childCovers = true;
                    break;
                }
            }

            if (!childCovers)
            {
                found.Add(node);
            }
        }

        return found;
    }

    /// <summary>Finds the deepest entries that cover the Canvas with an id.</summary>
    /// <param name="canvasId">The Canvas's id; a fragment (<c>#t=…</c>, <c>#xywh=…</c>) is ignored.</param>
    /// <returns>The entries, depth-first; empty when no entry covers a Canvas with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="canvasId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<RangeNode> FindRanges(string canvasId)
    {
        Guard.NotNull(canvasId);

        string id = StructureBuilder.WithoutFragment(canvasId);
        foreach (RangeNode node in Descendants())
        {
            foreach (Canvas canvas in node.Canvases)
            {
                if (string.Equals(canvas.Id, id, StringComparison.Ordinal))
                {
                    return FindRanges(canvas);
                }
            }
        }

        return [];
    }
}
