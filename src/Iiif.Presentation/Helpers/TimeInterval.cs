namespace Iiif.Presentation;

/// <summary>An interval of a Canvas's duration, as a <c>#t=</c> media fragment gives it, in seconds.</summary>
/// <remarks>Spec: <see href="https://www.w3.org/TR/media-frags/#naming-time"/>. Only normal play time is
/// understood, with or without <c>npt:</c>: seconds (<c>t=90.5</c>) or clock time (<c>t=01:30.5</c>,
/// <c>t=0:01:30.5</c>); it is written back as seconds. SMPTE and wall-clock times are not. This type is
/// immutable and thread safe.</remarks>
public readonly struct TimeInterval
{
    /// <summary>Initializes an interval.</summary>
    /// <param name="start">The start, in seconds (0 when <c>t=,10</c> leaves it out).</param>
    /// <param name="end">The end, in seconds, or <see langword="null"/> for "to the end of the Canvas".</param>
    public TimeInterval(double start, double? end = null)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the start, in seconds.</summary>
    public double Start { get; }

    /// <summary>Gets the end, in seconds, or <see langword="null"/> when the interval runs to the end.</summary>
    public double? End { get; }

    /// <summary>Returns the fragment without <c>#</c>, for example <c>t=10,20.5</c>, in invariant culture.</summary>
    /// <returns>The fragment.</returns>
    public override string ToString() => MediaFragments.FormatTime(this);
}
