namespace Iiif.Presentation;

/// <summary>A rectangle of a Canvas, as a <c>#xywh=</c> media fragment gives it.</summary>
/// <remarks>Spec: <see href="https://www.w3.org/TR/media-frags/#naming-space"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#canvas"/>. This type is immutable and thread safe.</remarks>
public readonly struct CanvasRegion
{
    /// <summary>Initializes a region.</summary>
    /// <param name="x">The left edge.</param>
    /// <param name="y">The top edge.</param>
    /// <param name="w">The width.</param>
    /// <param name="h">The height.</param>
    /// <param name="unit">Whether the numbers are pixels or percentages.</param>
    public CanvasRegion(double x, double y, double w, double h, MediaFragmentUnit unit = MediaFragmentUnit.Pixel)
    {
        X = x;
        Y = y;
        W = w;
        H = h;
        Unit = unit;
    }

    /// <summary>Gets the left edge.</summary>
    public double X { get; }

    /// <summary>Gets the top edge.</summary>
    public double Y { get; }

    /// <summary>Gets the width.</summary>
    public double W { get; }

    /// <summary>Gets the height.</summary>
    public double H { get; }

    /// <summary>Gets whether the numbers are pixels or percentages.</summary>
    public MediaFragmentUnit Unit { get; }

    /// <summary>Returns the fragment without <c>#</c>, for example <c>xywh=0,0,100,50</c> or
    /// <c>xywh=percent:10,10,50,50</c>, with numbers in invariant culture.</summary>
    /// <returns>The fragment.</returns>
    public override string ToString() => MediaFragments.FormatRegion(this);
}
