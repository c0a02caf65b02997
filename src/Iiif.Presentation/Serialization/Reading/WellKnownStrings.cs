using System;
using System.Text;
using System.Text.Json;

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Returns one shared string instance for the vocabulary values that recur thousands of times in a
/// document (types, formats, profiles, motivations, language tags), so reading them allocates nothing.
/// </summary>
/// <remarks>Immutable after the static constructor; safe to use from many threads.</remarks>
internal static class WellKnownStrings
{
    private const int TableSize = 1024; // a power of two, several times the number of values
    private const int MaxLength = 64;

    private static readonly string[] s_values =
    [
        // Types
        "Collection", "Manifest", "Canvas", "Range", "AnnotationPage", "AnnotationCollection", "Annotation",
        "SpecificResource", "Choice", "TextualBody", "Agent", "Image", "Sound", "Video", "Text", "Dataset", "Model",
        "ImageService1", "ImageService2", "ImageService3", "AuthCookieService1", "AuthTokenService1",
        "AuthLogoutService1", "AuthProbeService2", "AuthAccessService2", "AuthAccessTokenService2",
        "AuthLogoutService2", "SearchService1", "AutoCompleteService1", "SearchService2", "AutoCompleteService2",
        "FragmentSelector", "SvgSelector", "PointSelector", "ImageApiSelector", "Size", "Tile", "Service",

        // Motivations, behaviors, viewing directions, time modes
        "painting", "supplementing", "commenting", "tagging", "describing", "highlighting", "linking",
        "identifying", "classifying", "contentState",
        "auto-advance", "no-auto-advance", "repeat", "no-repeat", "unordered", "individuals", "continuous",
        "paged", "facing-pages", "non-paged", "multi-part", "together", "sequence", "thumbnail-nav", "no-nav",
        "hidden", "left-to-right", "right-to-left", "top-to-bottom", "bottom-to-top", "trim", "scale", "loop",

        // Formats
        "image/jpeg", "image/png", "image/tiff", "image/jp2", "image/gif", "image/webp", "text/html",
        "text/plain", "text/xml", "application/xml", "application/json", "application/ld+json",
        "application/pdf", "audio/mp4", "audio/mpeg", "video/mp4", "text/vtt", "application/vnd.apple.mpegurl",

        // Profiles and conformance
        "level0", "level1", "level2",
        "http://iiif.io/api/image/2/level0.json", "http://iiif.io/api/image/2/level1.json",
        "http://iiif.io/api/image/2/level2.json", "http://iiif.io/api/image/2/context.json",
        "http://iiif.io/api/image/3/context.json", "http://iiif.io/api/image", "http://www.w3.org/TR/media-frags/",
        "http://iiif.io/api/presentation/3/context.json", "http://www.w3.org/ns/anno.jsonld",
        "http://iiif.io/api/search/1/search", "http://iiif.io/api/search/1/autocomplete",
        "http://iiif.io/api/auth/1/login", "http://iiif.io/api/auth/1/token", "http://iiif.io/api/auth/1/logout",
        "http://iiif.io/api/auth/1/clickthrough", "http://iiif.io/api/auth/1/kiosk", "http://iiif.io/api/auth/1/external",
        "active", "kiosk", "external",

        // Language tags
        "none", "@none", "en", "en-GB", "en-US", "fr", "de", "nl", "it", "es", "pt", "sv", "da", "no", "nb", "fi",
        "pl", "cs", "cy", "ga", "la", "el", "ru", "ar", "he", "fa", "ja", "zh", "zh-Hans", "zh-Hant", "zh-CN",
        "ko", "hi", "tr", "hu", "ca", "eu", "gl",
    ];

    private static readonly Entry[] s_table = Build();

    /// <summary>Returns the string the reader is on, shared when it is a well-known value.</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            ReadOnlySpan<byte> span = reader.ValueSpan;
            if (span.Length <= MaxLength)
            {
                int slot = Utf8Hash.Of(span) & (TableSize - 1);
                while (s_table[slot].Utf8 is { } utf8)
                {
                    if (span.SequenceEqual(utf8))
                    {
                        return s_table[slot].Value;
                    }

                    slot = (slot + 1) & (TableSize - 1);
                }
            }
        }

        return reader.GetString()!;
    }

    private static Entry[] Build()
    {
        var table = new Entry[TableSize];
        foreach (string value in s_values)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(value);
            int slot = Utf8Hash.Of(utf8) & (TableSize - 1);
            while (table[slot].Utf8 is not null)
            {
                slot = (slot + 1) & (TableSize - 1);
            }

            table[slot] = new Entry(utf8, value);
        }

        return table;
    }

    private readonly struct Entry(byte[] utf8, string value)
    {
        public byte[]? Utf8 { get; } = utf8;

        public string Value { get; } = value;
    }
}
