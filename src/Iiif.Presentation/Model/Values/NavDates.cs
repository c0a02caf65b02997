using System.Globalization;

namespace Iiif.Presentation;

/// <summary>Converts <c>navDate</c> text to and from <see cref="DateTimeOffset"/>.</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#navdate"/>: an XSD dateTime
/// literal, which should be in UTC with <c>Z</c>.</remarks>
internal static class NavDates
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        return DateTimeOffset.TryParseExact(
            text, s_formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out value);
    }

    public static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
