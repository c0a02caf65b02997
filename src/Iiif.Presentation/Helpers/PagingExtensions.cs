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

        bool reversed = manifest.ViewingDirection is { } direction &&
            (direction == ViewingDirection.RightToLeft || direction == ViewingDirection.BottomToTop);
        var spreads = new List<CanvasSpread>();
        if (manifest.ItemsList is not { } canvases)
        {
            return spreads;
        }

        if (!StructureBuilder.Has(manifest, Behavior.Paged))
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
}
