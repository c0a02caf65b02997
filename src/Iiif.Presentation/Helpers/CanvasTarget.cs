using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation;

/// <summary>The part of a Canvas an annotation targets: the Canvas id, and optionally a rectangle
/// (<c>#xywh=</c>) and a time interval (<c>#t=</c>).</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#canvas"/> (media fragments on Canvas ids) and
/// <see href="https://iiif.io/api/presentation/3.0/#specificresource"/>. Parsing never throws on bad input: the
/// <c>Try</c> methods return <see langword="false"/>. <see cref="ToString"/> and <see cref="ToSpecificResource"/>
/// write what <see cref="TryParse"/> and <see cref="TryFrom"/> read back to equal values. Instances are
/// immutable and thread safe.</remarks>
public sealed class CanvasTarget
{
    /// <summary>Initializes a target.</summary>
    /// <param name="canvasId">The Canvas id, without a fragment.</param>
    /// <param name="region">The rectangle, or <see langword="null"/> for the whole Canvas.</param>
    /// <param name="time">The time interval, or <see langword="null"/> for the whole duration.</param>
    /// <exception cref="ArgumentException"><paramref name="canvasId"/> is empty or has a <c>#</c>, or a number
    /// is negative, not finite, a width or height is not positive, or the interval ends before it starts.</exception>
    public CanvasTarget(string canvasId, CanvasRegion? region = null, TimeInterval? time = null)
    {
        Guard.NotNull(canvasId);
        if (canvasId.Length == 0 || canvasId.IndexOf('#') >= 0)
        {
            throw new ArgumentException("A Canvas id must be non-empty and have no fragment.", nameof(canvasId));
        }

        if (region is { } r && (!Valid(r.X) || !Valid(r.Y) || !Valid(r.W) || !Valid(r.H) || r.W <= 0 || r.H <= 0))
        {
            throw new ArgumentException("A region needs finite, non-negative numbers and a positive width and height.", nameof(region));
        }

        if (time is { } t && (!Valid(t.Start) || (t.End is { } end && (!Valid(end) || end <= t.Start))))
        {
            throw new ArgumentException("A time interval needs finite, non-negative seconds and an end after its start.", nameof(time));
        }

        CanvasId = canvasId;
        Region = region;
        Time = time;
    }

    /// <summary>Gets the Canvas id, without a fragment.</summary>
    public string CanvasId { get; }

    /// <summary>Gets the targeted rectangle, or <see langword="null"/> for the whole Canvas.</summary>
    public CanvasRegion? Region { get; }

    /// <summary>Gets the targeted time interval, or <see langword="null"/> for the whole duration.</summary>
    public TimeInterval? Time { get; }

    /// <summary>Parses a target string such as <c>https://example.org/canvas/1#xywh=0,0,10,10</c> or
    /// <c>…#t=npt:10,20</c>.</summary>
    /// <param name="value">The target string.</param>
    /// <param name="target">The parsed target, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> if the value is null or empty, has no id before <c>#</c>, or has a
    /// malformed or repeated <c>xywh=</c> or <c>t=</c>. Other fragment dimensions are ignored.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out CanvasTarget? target)
    {
        target = null;
        if (value is null)
        {
            return false;
        }

        int hash = value.IndexOf('#');
        string id = hash < 0 ? value : value.Substring(0, hash);
        string fragment = hash < 0 ? string.Empty : value.Substring(hash + 1);
        if (id.Length == 0 || !MediaFragments.TryParse(fragment, out CanvasRegion? region, out TimeInterval? time))
        {
            return false;
        }

        target = new CanvasTarget(id, region, time);
        return true;
    }

    /// <summary>Reads an annotation target as the model holds it: a string (read as a Canvas reference), a
    /// Canvas whose id has a fragment, or a <see cref="SpecificResource"/> whose source is the Canvas and whose
    /// selectors are <see cref="FragmentSelector"/>s.</summary>
    /// <param name="resource">One item of <see cref="Annotation.Target"/>.</param>
    /// <param name="target">The parsed target, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> if the resource has no id, a fragment is malformed, or a selector is of a
    /// kind this type cannot express (an SVG, a point, an Image API selector): then the target is not a rectangle
    /// or interval, and reporting the whole Canvas would be wrong.</returns>
    public static bool TryFrom(IiifResource? resource, [NotNullWhen(true)] out CanvasTarget? target)
    {
        target = null;
        if (resource is not SpecificResource specific)
        {
            return TryParse(resource?.Id, out target);
        }

        if (!TryParse(specific.Source?.Id, out CanvasTarget? source))
        {
            return false;
        }

        CanvasRegion? region = source.Region;
        TimeInterval? time = source.Time;
        // SelectorList, not Selector, which would create the list: reading a target must not change the model.
        foreach (Selector selector in specific.SelectorList ?? [])
        {
            if (selector is not FragmentSelector { Value: { } value } ||
                !MediaFragments.TryParse(value, out CanvasRegion? r, out TimeInterval? t))
            {
                return false;
            }

            region = r ?? region;
            time = t ?? time;
        }

        target = new CanvasTarget(source.CanvasId, region, time);
        return true;
    }

    /// <summary>Makes a <see cref="SpecificResource"/> whose source is the Canvas (<c>id</c> and <c>type</c>) and
    /// whose selector is a <see cref="FragmentSelector"/> with the fragment, if there is one.</summary>
    /// <returns>A new specific resource, for <see cref="Annotation.Target"/>.</returns>
    public SpecificResource ToSpecificResource()
    {
        string? fragment = MediaFragments.Format(Region, Time);
        return new SpecificResource(new Canvas(CanvasId), fragment is null ? null : new FragmentSelector(fragment));
    }

    /// <summary>Returns the target string: the Canvas id, then <c>#</c> and the fragment if there is one
    /// (<c>t=</c> before <c>xywh=</c>), with numbers in invariant culture.</summary>
    /// <returns>The target string.</returns>
    public override string ToString() =>
        MediaFragments.Format(Region, Time) is { } fragment ? CanvasId + "#" + fragment : CanvasId;

    private static bool Valid(double value) => MediaFragments.IsFinite(value) && value >= 0;
}
