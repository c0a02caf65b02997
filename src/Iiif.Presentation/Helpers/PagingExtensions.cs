namespace Iiif.Presentation;

/// <summary>
/// Provides the way a viewer groups a Manifest's Canvases into what it shows at once.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#behavior"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#viewingdirection"/>. The methods only read the
/// model; they never change it. Thread-safe as long as nobody changes the Manifest meanwhile.</remarks>
public static class PagingExtensions
{
    /// <summary>Groups the Manifest's Canvases as a viewer shows them, following <c>behavior</c> and
    /// <c>viewingDirection</c>.</summary>
    /// <param name="manifest">The Manifest.</param>
    /// <returns>The spreads, in reading order.</returns>
    /// <remarks>
    /// <para>With <c>paged</c> on the Manifest, the first page is shown alone (the first recto), then
    /// the pages two by two. A Canvas with <c>facing-pages</c> already shows both pages of an opening
    /// and "MUST be displayed by itself": it is a spread alone, and a page waiting for its pair before it
    /// is shown alone too. A Canvas with <c>non-paged</c> "MUST be skipped over when determining the
    /// page order" and is in no spread.</para>
    /// <para>Without <c>paged</c> (<c>individuals</c>, the default, <c>unordered</c> or
    /// <c>continuous</c>) every Canvas is a spread of its own; <c>non-paged</c>, which the spec says
    /// is ignored there, changes nothing. A viewer that stitches <c>continuous</c> Canvases together
    /// lays these spreads out along the viewing direction.</para>
    /// <para>Layout behaviors apply from the Manifest; on a Canvas only <c>facing-pages</c> and
    /// <c>non-paged</c> count, as the spec allows no other there. <c>viewingDirection</c> orders
    /// <see cref="CanvasSpread.DisplayOrder"/>: <c>right-to-left</c> puts the first page on the right,
    /// <c>top-to-bottom</c> stacks it on top, and <c>bottom-to-top</c> at the bottom.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<CanvasSpread> GetSpreads(this Manifest manifest)
    {
        Guard.NotNull(manifest);

        return manifest.ItemsList is { } canvases
            ? Pair(canvases, StructureBuilder.Has(manifest, Behavior.Paged), StructureBuilder.IsReversed(manifest.ViewingDirection))
            : [];
    }

    /// <summary>Groups a Range's Canvases as a viewer shows them when it follows the Range's order, such as
    /// an alternative order (<c>behavior</c> <c>sequence</c>).</summary>
    /// <param name="range">An entry of <see cref="StructureExtensions.GetTableOfContents"/>: one of its
    /// <see cref="TableOfContents.Descendants"/>, <see cref="TableOfContents.Sequences"/> or
    /// <see cref="TableOfContents.ThumbnailNavigation"/>.</param>
    /// <returns>The spreads of <see cref="RangeNode.Canvases"/>, in the Range's order.</returns>
    /// <remarks>
    /// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#behavior"/> and
    /// <see href="https://iiif.io/api/presentation/3.0/#viewingdirection"/>, both valid on a Range. The rules
    /// of <see cref="GetSpreads(Manifest)"/>, applied to the Range's Canvases as if they were a book of their
    /// own: with <c>paged</c>, its first page is alone, then pages go in pairs. The layout behavior
    /// (<c>unordered</c>, <c>individuals</c>, <c>continuous</c>, <c>paged</c>) and <c>viewingDirection</c> are
    /// the Range's own, else those of the closest Range above it, else the Manifest's, as the table of
    /// contents found them when it was built.</para>
    /// <para>To show a chapter with the openings of the whole book instead (a chapter that starts on a
    /// verso), use <see cref="FindSpread(Manifest, Canvas)"/> on its <see cref="RangeNode.FirstCanvas"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<CanvasSpread> GetSpreads(this RangeNode range)
    {
        Guard.NotNull(range);

        return Pair(range.Canvases, range.IsPaged, range.IsReversed);
    }

    /// <summary>Finds what a viewer shows together with a Canvas of the Manifest: the spread of
    /// <see cref="GetSpreads(Manifest)"/> that holds it.</summary>
    /// <param name="manifest">The Manifest.</param>
    /// <param name="canvas">The Canvas: one of the Manifest's, or a reference with the same id (a fragment,
    /// <c>#t=</c> or <c>#xywh=</c>, is ignored).</param>
    /// <returns>The spread, or <see langword="null"/> when the Canvas is not one of the Manifest's, or is
    /// <c>non-paged</c> in a <c>paged</c> Manifest and so in no spread.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#behavior"/>. With <c>paged</c>, the
    /// spread of a page is its opening, both pages; otherwise it is the Canvas alone. Each call groups all the
    /// Canvases again, so to look up many Canvases, call <see cref="GetSpreads(Manifest)"/> once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> or <paramref name="canvas"/> is
    /// <see langword="null"/>.</exception>
    public static CanvasSpread? FindSpread(this Manifest manifest, Canvas canvas)
    {
        Guard.NotNull(manifest);
        Guard.NotNull(canvas);

        return Find(manifest.GetSpreads(), canvas);
    }

    /// <summary>Finds what a viewer shows together with a Canvas when it follows a Range's order: the
    /// spread of <see cref="GetSpreads(RangeNode)"/> that holds it.</summary>
    /// <param name="range">An entry of <see cref="StructureExtensions.GetTableOfContents"/>.</param>
    /// <param name="canvas">The Canvas: one of the Manifest's, or a reference with the same id (a fragment
    /// is ignored).</param>
    /// <returns>The spread, or <see langword="null"/> when the Range does not cover the Canvas, or the
    /// Canvas is <c>non-paged</c> under a <c>paged</c> layout.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#behavior"/>. In an alternative order the
    /// same page may face another page than in the Manifest's order.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> or <paramref name="canvas"/> is
    /// <see langword="null"/>.</exception>
    public static CanvasSpread? FindSpread(this RangeNode range, Canvas canvas)
    {
        Guard.NotNull(range);
        Guard.NotNull(canvas);

        return Find(range.GetSpreads(), canvas);
    }

    // The one pairing of pages, for a Manifest's items and a Range's Canvases alike.
    private static List<CanvasSpread> Pair(IEnumerable<Canvas> canvases, bool paged, bool reversed)
    {
        var spreads = new List<CanvasSpread>();
        if (!paged)
        {
            foreach (Canvas canvas in canvases)
            {
                if (canvas is not null)
                {
                    spreads.Add(new CanvasSpread(canvas));
                }
            }

            return spreads;
        }

        bool first = true;
        Canvas? waiting = null;
        foreach (Canvas canvas in canvases)
        {
            if (canvas is null || StructureBuilder.Has(canvas, Behavior.NonPaged))
            {
                continue;
            }

            if (StructureBuilder.Has(canvas, Behavior.FacingPages))
            {
                if (waiting is not null)
                {
                    spreads.Add(new CanvasSpread(waiting));
                    waiting = null;
                }

                spreads.Add(new CanvasSpread(canvas));
            }
            else if (first)
            {
                spreads.Add(new CanvasSpread(canvas));
            }
            else if (waiting is null)
            {
                waiting = canvas;
            }
            else
            {
                spreads.Add(new CanvasSpread(waiting, canvas, reversed));
                waiting = null;
            }

            first = false;
        }

        if (waiting is not null)
        {
            spreads.Add(new CanvasSpread(waiting));
        }

        return spreads;
    }

    private static CanvasSpread? Find(IReadOnlyList<CanvasSpread> spreads, Canvas canvas)
    {
        foreach (CanvasSpread spread in spreads)
        {
            foreach (Canvas shown in spread.Canvases)
            {
                if (ReferenceEquals(shown, canvas))
                {
                    return spread;
                }
            }
        }

        // A reference to the Canvas, such as a Range's item or a content state's target, rather than the
        // Manifest's own object.
        if (canvas.Id is not { } id)
        {
            return null;
        }

        id = StructureBuilder.WithoutFragment(id);
        foreach (CanvasSpread spread in spreads)
        {
            foreach (Canvas shown in spread.Canvases)
            {
                if (string.Equals(shown.Id, id, StringComparison.Ordinal))
                {
                    return spread;
                }
            }
        }

        return null;
    }
}
