using System.Text.RegularExpressions;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>Checks <c>navDate</c> values: an XSD dateTime with a timezone.</summary>
internal static class XsdDateTime
{
    private static readonly Regex s_pattern = new(
        @"^-?(?<year>\d{4,})-(?<month>\d{2})-(?<day>\d{2})T(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(\.\d+)?(?<zone>Z|[+-](?<zh>\d{2}):(?<zm>\d{2}))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Returns whether the text is an XSD dateTime; <paramref name="hasZone"/> and
    /// <paramref name="isUtc"/> say how its timezone is given.</summary>
    public static bool TryCheck(string value, out bool hasZone, out bool isUtc)
    {
        Match match = s_pattern.Match(value);
        hasZone = match.Success && match.Groups["zone"].Success;
        isUtc = hasZone && match.Groups["zone"].Value == "Z";
        if (!match.Success)
        {
            return false;
        }

        int month = int.Parse(match.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int hour = int.Parse(match.Groups["hour"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int minute = int.Parse(match.Groups["minute"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int second = int.Parse(match.Groups["second"].Value, System.Globalization.CultureInfo.InvariantCulture);
        bool zoneOk = !match.Groups["zh"].Success ||
            (int.Parse(match.Groups["zh"].Value, System.Globalization.CultureInfo.InvariantCulture) <= 14 &&
             int.Parse(match.Groups["zm"].Value, System.Globalization.CultureInfo.InvariantCulture) <= 59);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 && (hour <= 23 || (hour == 24 && minute == 0 && second == 0)) &&
            minute <= 59 && second <= 59 && zoneOk;
    }
}
