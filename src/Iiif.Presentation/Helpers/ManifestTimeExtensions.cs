using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation;

/// <summary>
/// Answers questions about time that audio and video players ask of a Manifest: how long it lasts,
/// and which Canvas plays at a given moment.
/// </summary>
/// <remarks>
/// <para>
/// Spec: <see href="https://iiif.io/api/presentation/3.0/#duration"/>. The specification does not
/// define the duration of a Manifest. Here the timeline of a Manifest is its Canvases that have a
/// <c>duration</c> greater than zero, in the order of <c>items</c>, played one after another, as
/// a player of a multi-part recording does (cookbook recipe 0065, an opera on two Canvases).
/// Canvases without a duration (images, or a duration that is missing, zero, negative or not a
/// number) take no time and are left out. Ranges and the <c>start</c> property do not change it.
/// </para>
/// <para>Only reads the model; concurrent calls on an unchanging Manifest are safe.</para>
/// </remarks>
public static class ManifestTimeExtensions
{
    /// <summary>Returns the Canvases of a Manifest that have a duration, each with its start and end
    /// on the Manifest's timeline.</summary>
    /// <param name="manifest">The Manifest.</param>
    /// <returns>The timed Canvases, in the order of <c>items</c>; empty when none has a duration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<TimedCanvas> GetTimeline(this Manifest manifest)
    {
        Guard.NotNull(manifest);

        var timeline = new List<TimedCanvas>();
        if (manifest.ItemsList is not { } items)
        {
            return timeline;
        }

        double start = 0;
        for (int i = 0; i < items.Count; i++)
        {
            Canvas? canvas = items[i];
            if (canvas?.Duration is double duration && IsTime(duration))
            {
                timeline.Add(new TimedCanvas(canvas, i, start, duration));
                start += duration;
            }
        }

        return timeline;
    }

    /// <summary>Returns the total duration of a Manifest: the sum of the durations of its Canvases.</summary>
    /// <param name="manifest">The Manifest.</param>
    /// <returns>The duration in seconds, or <see langword="null"/> when no Canvas has a duration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is <see langword="null"/>.</exception>
    public static double? GetDuration(this Manifest manifest)
    {
        IReadOnlyList<TimedCanvas> timeline = GetTimeline(manifest);
        return timeline.Count == 0 ? null : timeline[timeline.Count - 1].End;
    }

    /// <summary>Finds the Canvas that plays at a time on the Manifest's timeline, and the time within it.</summary>
    /// <param name="manifest">The Manifest.</param>
    /// <param name="time">Seconds from the start of the Manifest.</param>
    /// <param name="canvas">The Canvas that plays at <paramref name="time"/>.</param>
    /// <param name="offset">Seconds from the start of <paramref name="canvas"/>.</param>
    /// <returns><see langword="true"/> if <paramref name="time"/> is within the timeline: from 0 up to
    /// and including the total duration. A time where one Canvas ends and the next starts belongs to
    /// the next; the end of the last Canvas belongs to it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is <see langword="null"/>.</exception>
    public static bool TryGetCanvasAt(
        this Manifest manifest, double time, [NotNullWhen(true)] out Canvas? canvas, out double offset)
    {
        IReadOnlyList<TimedCanvas> timeline = GetTimeline(manifest);
        if (timeline.Count > 0 && time >= 0 && time <= timeline[timeline.Count - 1].End)
        {
            for (int i = 0; i < timeline.Count; i++)
            {
                TimedCanvas entry = timeline[i];
                if (time < entry.End || i == timeline.Count - 1)
                {
                    canvas = entry.Canvas;
                    offset = Math.Min(Math.Max(time - entry.Start, 0), entry.Duration);
                    return true;
                }
            }
        }

        canvas = null;
        offset = 0;
        return false;
    }

    /// <summary>Returns where a Canvas starts on the Manifest's timeline.</summary>
    /// <param name="manifest">The Manifest.</param>
    /// <param name="canvas">A Canvas of the Manifest's <c>items</c>, found by reference, or else by id.</param>
    /// <returns>Seconds from the start of the Manifest, or <see langword="null"/> when the Canvas is not
    /// on the timeline.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static double? GetStartTime(this Manifest manifest, Canvas canvas)
    {
        Guard.NotNull(canvas);

        IReadOnlyList<TimedCanvas> timeline = GetTimeline(manifest);
        foreach (TimedCanvas entry in timeline)
        {
            if (ReferenceEquals(entry.Canvas, canvas))
            {
                return entry.Start;
            }
        }

        if (canvas.Id is not null)
        {
            foreach (TimedCanvas entry in timeline)
            {
                if (string.Equals(entry.Canvas.Id, canvas.Id, StringComparison.Ordinal))
                {
                    return entry.Start;
                }
            }
        }

        return null;
    }

    private static bool IsTime(double seconds) => seconds > 0 && !double.IsInfinity(seconds) && !double.IsNaN(seconds);
}
