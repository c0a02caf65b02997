using System.Globalization;

namespace Iiif.Presentation;

/// <summary>
/// Picks the text of a <see cref="LanguageMap"/> to show a user, following the rules of the
/// specification for the language of property values.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#44-language-of-property-values"/>: show
/// the values of the language that best matches the user's preferences; if none matches, show the
/// values without a language (<c>none</c>); if there are none, pick a language and show its values.</para>
/// <para>
/// One language is chosen, and all of its strings are returned. The preferred languages are tried in
/// order; for each one, the map key that equals it is taken first, then a key that equals one of its
/// shorter forms (<c>zh-Hant-TW</c>, then <c>zh-Hant</c>, then <c>zh</c>), then the first key, in map
/// order, with the same primary language (<c>en-GB</c> when <c>en</c> or <c>en-US</c> is asked for), one in
/// the same script first when the tags give or imply one (<c>zh-Hant</c> before <c>zh-Hans</c> for
/// <c>zh-TW</c>; <c>zh-HK</c> for <c>zh-Hant</c>).
/// Tags are compared without regard to case, as BCP 47 says. Only when no preferred language matches
/// are the <c>none</c> values taken, then the first language of the map. A key that holds no strings
/// is never chosen. <c>@none</c>, which documents converted from Presentation 2 sometimes carry, is
/// treated as <c>none</c>.
/// </para>
/// <para>The methods never throw for a <see langword="null"/> map: they return an empty list or
/// <see langword="null"/>. They only read the map, so concurrent calls on an unchanging map are safe.</para>
/// </remarks>
public static class LanguageMapExtensions
{
    /// <summary>The separator the <c>GetText</c> overloads without one put between strings: <c>"; "</c>.</summary>
    public const string DefaultSeparator = "; ";

    private const string AtNone = "@none";

    /// <summary>Returns the language key of the map whose strings should be shown.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first; <see langword="null"/>
    /// and empty entries are ignored.</param>
    /// <returns>The key as written in the map (such as <c>en-GB</c>, or <c>none</c>), or
    /// <see langword="null"/> when the map is <see langword="null"/> or holds no strings.</returns>
    public static string? SelectLanguage(this LanguageMap? map, IEnumerable<string>? preferredLanguages)
    {
        if (map is null || map.Count == 0)
        {
            return null;
        }

        if (preferredLanguages is not null)
        {
            foreach (string preferred in preferredLanguages)
            {
                if (string.IsNullOrEmpty(preferred))
                {
                    continue;
                }

                string? key = Match(map, preferred);
                if (key is not null)
                {
                    return key;
                }
            }
        }

        string? any = null;
        foreach (KeyValuePair<string, IList<string>> pair in map)
        {
            if (pair.Value.Count == 0)
            {
                continue;
            }

            if (IsNone(pair.Key))
            {
                return pair.Key;
            }

            any ??= pair.Key;
        }

        return any;
    }

    /// <summary>Returns the strings of the language that best matches the preferred languages.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <returns>A copy of the chosen strings, in order; empty when the map is <see langword="null"/>
    /// or holds no strings.</returns>
    public static IReadOnlyList<string> GetValues(this LanguageMap? map, params string[] preferredLanguages) =>
        GetValues(map, (IEnumerable<string>)preferredLanguages);

    /// <summary>Returns the strings of the language that best matches the preferred languages.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <returns>A copy of the chosen strings, in order; empty when the map is <see langword="null"/>
    /// or holds no strings.</returns>
    public static IReadOnlyList<string> GetValues(this LanguageMap? map, IEnumerable<string>? preferredLanguages)
    {
        string? key = SelectLanguage(map, preferredLanguages);
        if (key is null)
        {
            return Array.Empty<string>();
        }

        IList<string> values = map![key];
        var copy = new string[values.Count];
        values.CopyTo(copy, 0);
        return copy;
    }

    /// <summary>Returns the strings of the language that best matches a culture: the culture's own
    /// name first, then the names of its parent cultures.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <param name="culture">The culture, such as <see cref="CultureInfo.CurrentUICulture"/>; the
    /// invariant culture, or <see langword="null"/>, prefers no language.</param>
    /// <returns>A copy of the chosen strings, in order; empty when the map is <see langword="null"/>
    /// or holds no strings.</returns>
    public static IReadOnlyList<string> GetValues(this LanguageMap? map, CultureInfo? culture) =>
        GetValues(map, CultureLanguages(culture));

    /// <summary>Returns the strings of the best-matching language joined by <see cref="DefaultSeparator"/>.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <returns>The text, or <see langword="null"/> when the map is <see langword="null"/> or holds no strings.</returns>
    public static string? GetText(this LanguageMap? map, params string[] preferredLanguages) =>
        GetText(map, preferredLanguages, DefaultSeparator);

    /// <summary>Returns the strings of the best-matching language joined by <see cref="DefaultSeparator"/>.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <returns>The text, or <see langword="null"/> when the map is <see langword="null"/> or holds no strings.</returns>
    public static string? GetText(this LanguageMap? map, IEnumerable<string>? preferredLanguages) =>
        GetText(map, preferredLanguages, DefaultSeparator);

    /// <summary>Returns the strings of the best-matching language joined by a separator.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <param name="separator">The text between two strings, such as <c>"\n"</c>.</param>
    /// <returns>The text, or <see langword="null"/> when the map is <see langword="null"/> or holds no strings.</returns>
    public static string? GetText(this LanguageMap? map, IEnumerable<string>? preferredLanguages, string? separator)
    {
        IReadOnlyList<string> values = GetValues(map, preferredLanguages);
        return values.Count == 0 ? null : string.Join(separator ?? string.Empty, values);
    }

    /// <summary>Returns the strings of the language that best matches a culture, joined by
    /// <see cref="DefaultSeparator"/>.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <param name="culture">The culture, such as <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text, or <see langword="null"/> when the map is <see langword="null"/> or holds no strings.</returns>
    public static string? GetText(this LanguageMap? map, CultureInfo? culture) =>
        GetText(map, CultureLanguages(culture), DefaultSeparator);

    /// <summary>Returns the names of a culture and of its parents, up to but not including the
    /// invariant culture.</summary>
    internal static IEnumerable<string> CultureLanguages(CultureInfo? culture)
    {
        for (CultureInfo? c = culture; c is not null && c.Name.Length > 0; c = c.Parent)
        {
            yield return c.Name;
            if (ReferenceEquals(c.Parent, c))
            {
                yield break;
            }
        }
    }

    private static string? Match(LanguageMap map, string preferred)
    {
        // The tag itself, then its shorter forms: zh-Hant-TW, zh-Hant, zh.
        for (string tag = preferred; tag.Length > 0; tag = Shorten(tag))
        {
            string? key = FindKey(map, tag);
            if (key is not null)
            {
                return key;
            }
        }

        // A sibling: the first key with the same primary language (en-GB for en-US), one in the same
        // script first where the tags say or imply one (zh-Hant for zh-TW, zh-HK for zh-Hant).
        string primary = Primary(preferred);
        string? script = ScriptOf(preferred);
        string? sibling = null;
        foreach (KeyValuePair<string, IList<string>> pair in map)
        {
            if (pair.Value.Count > 0 && !IsNone(pair.Key) &&
                string.Equals(Primary(pair.Key), primary, StringComparison.OrdinalIgnoreCase))
            {
                if (script is null || string.Equals(ScriptOf(pair.Key), script, StringComparison.OrdinalIgnoreCase))
                {
                    return pair.Key;
                }

                sibling ??= pair.Key;
            }
        }

        return sibling;
    }

    /// <summary>
    /// Returns the script of a tag: its script subtag (<c>Hant</c> in <c>zh-Hant-TW</c>), or, for Chinese
    /// without one, the script its region implies (<c>Hant</c> for TW, HK and MO, <c>Hans</c> for CN, SG and
    /// MY, as CLDR's likely subtags give them); otherwise <see langword="null"/>.
    /// </summary>
    private static string? ScriptOf(string tag)
    {
        string[] subtags = tag.Split('-');
        for (int i = 1; i < subtags.Length && subtags[i].Length > 1; i++)
        {
            if (subtags[i].Length == 4 && IsLetters(subtags[i]))
            {
                return subtags[i];
            }
        }

        if (subtags.Length > 1 && string.Equals(subtags[0], "zh", StringComparison.OrdinalIgnoreCase))
        {
            switch (subtags[1].ToUpperInvariant())
            {
                case "TW":
                case "HK":
                case "MO":
                    return "Hant";
                case "CN":
                case "SG":
                case "MY":
                    return "Hans";
            }
        }

        return null;
    }

    private static bool IsLetters(string text)
    {
        foreach (char c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FindKey(LanguageMap map, string tag)
    {
        foreach (KeyValuePair<string, IList<string>> pair in map)
        {
            if (pair.Value.Count > 0 && string.Equals(pair.Key, tag, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Key;
            }
        }

        return null;
    }

    private static string Shorten(string tag)
    {
        int dash = tag.LastIndexOf('-');
        if (dash <= 0)
        {
            return string.Empty;
        }

        // RFC 4647 lookup: a single-letter subtag (an extension or private-use singleton) goes with
        // what follows it.
        string shorter = tag.Substring(0, dash);
        int previous = shorter.LastIndexOf('-');
        return previous >= 0 && shorter.Length - previous == 2 ? shorter.Substring(0, previous) : shorter;
    }

    private static string Primary(string tag)
    {
        int dash = tag.IndexOf('-');
        return dash < 0 ? tag : tag.Substring(0, dash);
    }

    /// <summary>Returns whether a language map key means text in no particular language: <c>none</c>, or <c>@none</c>.</summary>
    internal static bool IsNone(string key) =>
        string.Equals(key, LanguageMap.NoLanguage, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(key, AtNone, StringComparison.Ordinal);
}
