using System.Globalization;

namespace Iiif.Presentation;

/// <summary>Parses and writes the <c>xywh=</c> and <c>t=</c> media fragments IIIF uses on Canvas ids.</summary>
/// <remarks>Spec: <see href="https://www.w3.org/TR/media-frags/"/>. Numbers are invariant culture both ways,
/// and written in their shortest round-trip form, so that writing then parsing gives the same values.</remarks>
internal static class MediaFragments
{
    private const NumberStyles Number = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Parses a fragment (without <c>#</c>). Other dimensions (<c>track=</c>, <c>id=</c>) are ignored, as
    /// the media fragments spec asks; a malformed or repeated <c>xywh=</c> or <c>t=</c> fails.</summary>
    public static bool TryParse(string fragment, out CanvasRegion? region, out TimeInterval? time)
    {
        region = null;
        time = null;
        if (fragment.Length == 0)
        {
            return true;
        }

        foreach (string part in fragment.Split('&'))
        {
            if (part.StartsWith("xywh=", StringComparison.Ordinal))
            {
                if (region is not null || !TryParseRegion(part.Substring(5), out CanvasRegion r))
                {
                    return false;
                }

                region = r;
            }
            else if (part.StartsWith("t=", StringComparison.Ordinal))
            {
                if (time is not null || !TryParseTime(part.Substring(2), out TimeInterval t))
                {
                    return false;
                }

                time = t;
            }
        }

        return true;
    }

    private static bool TryParseRegion(string spec, out CanvasRegion region)
    {
        region = default;
        MediaFragmentUnit unit = MediaFragmentUnit.Pixel;
        if (spec.StartsWith("percent:", StringComparison.Ordinal))
        {
            unit = MediaFragmentUnit.Percent;
            spec = spec.Substring(8);
        }
        else if (spec.StartsWith("pixel:", StringComparison.Ordinal))
        {
            spec = spec.Substring(6);
        }

        string[] n = spec.Split(',');
        if (n.Length != 4 || !TryNumber(n[0], out double x) || !TryNumber(n[1], out double y) ||
            !TryNumber(n[2], out double w) || !TryNumber(n[3], out double h) || w <= 0 || h <= 0)
        {
            return false;
        }

        region = new CanvasRegion(x, y, w, h, unit);
        return true;
    }

    private static bool TryParseTime(string spec, out TimeInterval time)
    {
        time = default;
        if (spec.StartsWith("npt:", StringComparison.Ordinal))
        {
            spec = spec.Substring(4);
        }

        string[] n = spec.Split(',');
        if (n.Length > 2 || n[0].Length == 0 && n.Length == 1)
        {
            return false;
        }

        double start = 0;
        if (n[0].Length > 0 && !TryClock(n[0], out start))
        {
            return false;
        }

        double? end = null;
        if (n.Length == 2)
        {
            if (!TryClock(n[1], out double e) || e <= start)
            {
                return false;
            }

            end = e;
        }

        time = new TimeInterval(start, end);
        return true;
    }

    /// <summary>
    /// Reads a normal play time: seconds (<c>90.5</c>), minutes and seconds (<c>01:30.5</c>), or hours,
    /// minutes and seconds (<c>0:01:30.5</c>), where minutes and seconds have two digits and are under 60.
    /// </summary>
    private static bool TryClock(string text, out double seconds)
    {
        string[] parts = text.Split(':');
        if (parts.Length == 1)
        {
            return TryNumber(text, out seconds);
        }

        seconds = 0;
        if (parts.Length > 3)
        {
            return false;
        }

        // The last part is the seconds, with an optional fraction; the others are whole numbers.
        string last = parts[parts.Length - 1];
        int point = last.IndexOf('.');
        if ((point < 0 ? last.Length : point) != 2 || !Digits(last, 0, 2) || !Digits(last, point + 1, last.Length - point - 1) ||
            !double.TryParse(last, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double ss) || ss >= 60)
        {
            return false;
        }

        string mm = parts[parts.Length - 2];
        int minutes = mm.Length == 2 && Digits(mm, 0, 2) ? ((mm[0] - '0') * 10) + (mm[1] - '0') : 60;
        if (minutes >= 60)
        {
            return false;
        }

        double hours = 0;
        if (parts.Length == 3 && (parts[0].Length == 0 || !Digits(parts[0], 0, parts[0].Length) ||
            !double.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hours)))
        {
            return false;
        }

        seconds = (hours * 3600) + (minutes * 60) + ss;
        return IsFinite(seconds);
    }

    private static bool Digits(string text, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, Number, CultureInfo.InvariantCulture, out value) && IsFinite(value) && value >= 0;

    internal static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    /// <summary>Writes <c>t=…&amp;xywh=…</c>, temporal first as Media Fragments orders the dimensions, or
    /// <see langword="null"/> when there is neither.</summary>
    public static string? Format(CanvasRegion? region, TimeInterval? time) => (region, time) switch
    {
        (null, null) => null,
        ({ } r, null) => FormatRegion(r),
        (null, { } t) => FormatTime(t),
        ({ } r, { } t) => FormatTime(t) + "&" + FormatRegion(r),
    };

    public static string FormatRegion(CanvasRegion r) =>
        (r.Unit == MediaFragmentUnit.Percent ? "xywh=percent:" : "xywh=") +
        Text(r.X) + "," + Text(r.Y) + "," + Text(r.W) + "," + Text(r.H);

    public static string FormatTime(TimeInterval t) =>
        "t=" + Text(t.Start) + (t.End is { } end ? "," + Text(end) : string.Empty);

    internal static string Text(double value)
    {
        if (value == 0)
        {
            return "0"; // -0 would be written "-0", which the fragment syntax (no sign) refuses.
        }

        // "R" is the shortest round-trip form on .NET Core 3.0+; .NET Framework gets a few values wrong, so check.
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).Equals(value)
            ? text
            : value.ToString("G17", CultureInfo.InvariantCulture);
    }
}
