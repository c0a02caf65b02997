using System.Diagnostics;

namespace Iiif.Presentation;

/// <summary>
/// Represents a Canvas with a <c>duration</c> placed on the timeline of its Manifest: where it starts
/// and ends when the Manifest's timed Canvases are played one after another.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="ManifestTimeExtensions.GetTimeline(Manifest)"/>. Times are in seconds, as
/// <c>duration</c> is (<see href="https://iiif.io/api/presentation/3.0/#duration"/>).</para>
/// <para>Immutable; the Canvas it points at is not.</para>
/// <para>The constructor throws <see cref="System.ArgumentNullException"/> when <paramref name="canvas"/> is
/// <see langword="null"/>.</para>
/// </remarks>
/// <param name="canvas">The Canvas.</param>
/// <param name="index">The index of the Canvas in the Manifest's <c>items</c>.</param>
/// <param name="start">The time at which the Canvas starts, in seconds.</param>
/// <param name="duration">The duration of the Canvas, in seconds.</param>
[DebuggerDisplay("{Start} .. {End}: {Canvas}")]
public sealed class TimedCanvas(Canvas canvas, int index, double start, double duration)
{
    /// <summary>Gets the Canvas.</summary>
    public Canvas Canvas { get; } = Guard.Checked(canvas);

    /// <summary>Gets the index of the Canvas in the Manifest's <c>items</c>.</summary>
    public int Index { get; } = index;

    /// <summary>Gets the time at which the Canvas starts, in seconds from the start of the Manifest.</summary>
    public double Start { get; } = start;

    /// <summary>Gets the duration of the Canvas, in seconds.</summary>
    public double Duration { get; } = duration;

    /// <summary>Gets the time at which the Canvas ends: <see cref="Start"/> plus <see cref="Duration"/>.</summary>
    public double End => Start + Duration;

    /// <summary>Returns the times and the Canvas, for debugging.</summary>
    /// <returns>The times and the Canvas.</returns>
    public override string ToString() => $"{Start}..{End}: {Canvas}";
}
