namespace Iiif.Presentation;

/// <summary>
/// Represents what a viewer shows at once: one Canvas, or the two pages of an opening.
/// </summary>
/// <remarks>Made by <see cref="PagingExtensions.GetSpreads(Manifest)"/> and <see cref="PagingExtensions.GetSpreads(RangeNode)"/>. Immutable, so concurrent reads are safe.</remarks>
public sealed class CanvasSpread
{
    /// <summary>Initializes a spread of one Canvas, or of the two pages of an opening.</summary>
    /// <param name="first">The Canvas, or the first page in reading order.</param>
    /// <param name="second">The second page, or <see langword="null"/> for a spread of one Canvas.</param>
    /// <param name="reversed">Whether the first page is laid out after the second (<c>right-to-left</c>, <c>bottom-to-top</c>).</param>
    internal CanvasSpread(Canvas first, Canvas? second = null, bool reversed = false)
    {
        Canvases = second is null ? [first] : [first, second];
        DisplayOrder = second is not null && reversed ? [second, first] : Canvases;
    }

    /// <summary>Gets the Canvases in reading order, as in the Manifest's <c>items</c> (or the Range's order).</summary>
    public IReadOnlyList<Canvas> Canvases { get; }

    /// <summary>Gets the Canvases in the order they are laid out on screen: left to right for
    /// <c>left-to-right</c> and <c>right-to-left</c>, top to bottom for <c>top-to-bottom</c> and
    /// <c>bottom-to-top</c>.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#viewingdirection"/>. The reverse of
    /// <see cref="Canvases"/> when the direction is <c>right-to-left</c> (the first page is on the
    /// right) or <c>bottom-to-top</c> (the first page is at the bottom); the same otherwise.</remarks>
    public IReadOnlyList<Canvas> DisplayOrder { get; }
}
