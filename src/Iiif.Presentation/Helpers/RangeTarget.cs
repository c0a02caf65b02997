using System.Diagnostics;

namespace Iiif.Presentation;

/// <summary>
/// Represents one Canvas reference of a Range: the Manifest's own Canvas, and the part of it the Range
/// points at (a time interval <c>#t=</c>, a rectangle <c>#xywh=</c>, or the whole Canvas).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#54-range"/> (a Range lists Canvases, or parts of
/// them given by a media fragment on the id or by a SpecificResource). Made by
/// <see cref="StructureExtensions.GetTableOfContents"/>; see <see cref="RangeNode.Targets"/>.</para>
/// <para>Immutable; the Canvas it points at is not.</para>
/// </remarks>
[DebuggerDisplay("{Target}")]
public sealed class RangeTarget
{
    internal RangeTarget(Canvas canvas, CanvasTarget target, IiifRange range)
    {
        Canvas = canvas;
        Target = target;
        Range = range;
    }

    /// <summary>Gets the Manifest's Canvas that the reference names, not the reference itself.</summary>
    public Canvas Canvas { get; }

    /// <summary>Gets the reference as read: the Canvas id and, when the reference has one, the rectangle
    /// (<see cref="CanvasTarget.Region"/>) and the time interval (<see cref="CanvasTarget.Time"/>).</summary>
    public CanvasTarget Target { get; }

    /// <summary>Gets the Range whose <c>items</c> list the reference: the entry's own Range, or one of the Ranges
    /// below it.</summary>
    public IiifRange Range { get; }

    /// <summary>Returns the target string, for debugging.</summary>
    /// <returns>The Canvas id and its fragment, if it has one.</returns>
    public override string ToString() => Target.ToString();
}
