using System.Linq;
#if !NET8_0
using System.Runtime.InteropServices;
#endif

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Returns one shared string instance for the vocabulary values that recur thousands of times in a
/// document (types, formats, profiles, motivations, language tags), so reading them allocates nothing.
/// </summary>
/// <remarks>
/// The types and the closed sets come from their one declaration (<see cref="IiifTypes"/>,
/// <see cref="Behavior"/>, <see cref="Motivation"/>, <see cref="ViewingDirection"/>, <see cref="TimeMode"/>);
/// the rest are values frequent in real documents, a cache and nothing more: a value not listed is read
/// as a new string. Immutable after the static constructor; safe to use from many threads.
/// </remarks>
internal static class WellKnownStrings
{
    private static readonly string[] s_frequent =
    [
        // Classes of the model with no type of their own
        "Size", "Tile", "Service",

        // Formats
        "image/jpeg", "image/png", "image/tiff", "image/jp2", "image/gif", "image/webp", "text/html",
        "text/plain", "text/xml", "application/xml", "application/json", "application/ld+json",
        "application/pdf", "audio/mp4", "audio/mpeg", "video/mp4", "text/vtt", "application/vnd.apple.mpegurl",

        // Profiles and conformance
        "level0", "level1", "level2",
        "http://iiif.io/api/image/2/level0.json", "http://iiif.io/api/image/2/level1.json",
        "http://iiif.io/api/image/2/level2.json", "http://iiif.io/api/image/2/context.json",
        "http://iiif.io/api/image/3/context.json", ServiceEvidence.ImageProtocol, "http://www.w3.org/TR/media-frags/",
        IiifContexts.Presentation3, IiifContexts.WebAnnotation,
        "http://iiif.io/api/search/1/search", "http://iiif.io/api/search/1/autocomplete",
        "http://iiif.io/api/auth/1/login", "http://iiif.io/api/auth/1/token", "http://iiif.io/api/auth/1/logout",
        "http://iiif.io/api/auth/1/clickthrough", "http://iiif.io/api/auth/1/kiosk", "http://iiif.io/api/auth/1/external",
        "active", "kiosk", "external",

        // Language tags
        "none", "@none", "en", "en-GB", "en-US", "fr", "de", "nl", "it", "es", "pt", "sv", "da", "no", "nb", "fi",
        "pl", "cs", "cy", "ga", "la", "el", "ru", "ar", "he", "fa", "ja", "zh", "zh-Hans", "zh-Hant", "zh-CN",
        "ko", "hi", "tr", "hu", "ca", "eu", "gl",
    ];

    private static readonly Utf8Table<string> s_table = new(
        IiifTypes.All.Select(t => t.Name)
            .Concat(Motivation.KnownValues).Concat(Behavior.KnownValues).Concat(ViewingDirection.KnownValues).Concat(TimeMode.KnownValues)
            .Concat(s_frequent)
            .Select(value => new KeyValuePair<string, string>(value, value)));

    /// <summary>Returns the text of a JSON string: the shared instance of a well-known value, else one shared
    /// with an equal string read before in this read (<see cref="SharedIds"/>: every one when
    /// <paramref name="shareIds"/>, else a recent one), else a new string.</summary>
    /// <remarks>On .NET 8, whose System.Text.Json cannot show a value's bytes, always a new string.</remarks>
    public static string Get(JsonElement element, bool shareIds = false)
    {
#if NET8_0
        return element.GetString()!;
#else
        ReadOnlySpan<byte> raw = JsonMarshal.GetRawUtf8Value(element);
        ReadOnlySpan<byte> utf8 = raw.Slice(1, raw.Length - 2); // without the quotes
        return s_table.TryGetValue(utf8, out string? value) ? value
            : shareIds ? SharedIds.Get(element, utf8)
            : SharedIds.GetRecent(element, utf8);
#endif
    }

    /// <summary>Returns the string the reader is on, shared when it is a well-known value.</summary>
    public static string Get(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence && s_table.TryGetValue(reader.ValueSpan, out string? value)
            ? value
            : Utf8Text.GetString(ref reader);
}
