using System;
using System.Globalization;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>The <c>xywh=</c> and <c>t=</c> parts of a W3C media fragment, as IIIF uses them.</summary>
internal readonly struct MediaFragments
{
    public bool HasSpatial { get; init; }

    public bool Percent { get; init; }

    public double X { get; init; }

    public double Y { get; init; }

    public double W { get; init; }

    public double H { get; init; }

    public bool HasTemporal { get; init; }

    public double Start { get; init; }

    public double? End { get; init; }

    /// <summary>Gets whether <c>t=</c> came before <c>xywh=</c>, as the spec asks when both are given.</summary>
    public bool TemporalFirst { get; init; }

    /// <summary>Parses <c>xywh=…</c> and <c>t=…</c> out of a fragment (without <c>#</c>); other parts are ignored.
    /// Returns <see langword="false"/> if either is present but malformed.</summary>
    public static bool TryParse(string fragment, out MediaFragments value)
    {
        value = default;
        bool spatial = false;
        bool temporal = false;
        bool temporalFirst = false;
        bool percent = false;
        double x = 0, y = 0, w = 0, h = 0, start = 0;
        double? end = null;
        foreach (string part in fragment.Split('&'))
        {
            if (part.StartsWith("xywh=", StringComparison.Ordinal))
            {
                string spec = part.Substring(5);
                if (spec.StartsWith("percent:", StringComparison.Ordinal))
                {
                    percent = true;
                    spec = spec.Substring(8);
                }
                else if (spec.StartsWith("pixel:", StringComparison.Ordinal))
                {
                    spec = spec.Substring(6);
                }

                string[] numbers = spec.Split(',');
                if (numbers.Length != 4 || !Number(numbers[0], out x) || !Number(numbers[1], out y) ||
                    !Number(numbers[2], out w) || !Number(numbers[3], out h) || w <= 0 || h <= 0)
                {
                    return false;
                }

                spatial = true;
            }
            else if (part.StartsWith("t=", StringComparison.Ordinal))
            {
                string spec = part.Substring(2);
                if (spec.StartsWith("npt:", StringComparison.Ordinal))
                {
                    spec = spec.Substring(4);
                }

                string[] times = spec.Split(',');
                if (times.Length > 2 || (times[0].Length > 0 && !Number(times[0], out start)))
                {
                    return false;
                }

                if (times.Length == 2)
                {
                    if (!Number(times[1], out double endValue) || endValue < start)
                    {
                        return false;
                    }

                    end = endValue;
                }

                temporalFirst = !spatial;
                temporal = true;
            }
        }

        value = new MediaFragments
        {
            HasSpatial = spatial,
            Percent = percent,
            X = x,
            Y = y,
            W = w,
            H = h,
            HasTemporal = temporal,
            Start = start,
            End = end,
            TemporalFirst = temporal && spatial && temporalFirst,
        };
        return true;
    }

    private static bool Number(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0;
}
