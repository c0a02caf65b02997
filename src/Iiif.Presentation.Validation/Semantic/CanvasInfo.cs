namespace Iiif.Presentation.Validation.Semantic;

/// <summary>What the rules need to know of one of the Manifest's Canvases: its size and duration, if given.</summary>
internal readonly struct CanvasInfo(int? width, int? height, double? duration)
{
    public int? Width { get; } = width;

    public int? Height { get; } = height;

    public double? Duration { get; } = duration;
}
