namespace Iiif.Presentation;

/// <summary>A rectangle of a Canvas, as a <c>#xywh=</c> media fragment gives it.</summary>
/// <remarks>Spec: <see href="https://www.w3.org/TR/media-frags/#naming-space"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#canvas"/>. This type is immutable and thread safe.</remarks>
/// <param name="x">The left edge.</param>
/// <param name="y">The top edge.</param>
/// <param name="w">The width.</param>
/// <param name="h">The height.</param>
/// <param name="unit">Whether the numbers are pixels or percentages.</param>
public readonly struct CanvasRegion(double x, double y, double w, double h, MediaFragmentUnit unit = MediaFragmentUnit.Pixel)
{
    /// <summary>Gets the left edge.</summary>
    public double X { get; } = x;

    /// <summary>Gets the top edge.</summary>
    public double Y { get; } = y;

    /// <summary>Gets the width.</summary>
    public double W { get; } = w;

    /// <summary>Gets the height.</summary>
    public double H { get; } = h;

    /// <summary>Gets whether the numbers are pixels or percentages.</summary>
    public MediaFragmentUnit Unit { get; } = unit;

    /// <summary>Returns the fragment without <c>#</c>, for example <c>xywh=0,0,100,50</c> or
    /// <c>xywh=percent:10,10,50,50</c>, with numbers in invariant culture.</summary>
    /// <returns>The fragment.</returns>
    public override string ToString() => MediaFragments.FormatRegion(this);
}
