using System.Text.RegularExpressions;
using Iiif.Presentation.Testing.Scrubbing;

namespace Iiif.Presentation.Testing;

/// <summary>
/// Replaces a value that changes from run to run (a minted id, a timestamp, a GUID) with a stable placeholder
/// before <see cref="IiifSnapshot"/> compares: <c>{Scrubbed:1}</c>, <c>{Scrubbed:2}</c>…, numbered in document
/// order, the same value always getting the same placeholder within one snapshot (so a reference to a minted
/// id still points at the same placeholder as the id).
/// </summary>
/// <remarks>
/// <para>Scrubbers go in <see cref="IiifSnapshotOptions.Scrubbers"/> and run in order. A scrubber that
/// replaces whole values (<see cref="AtPointer"/>) works on strings and numbers; one that replaces matches of a
/// regular expression (<see cref="Matching(Regex)"/>) works inside strings. Property names are never scrubbed.</para>
/// <para>Pointer patterns are JSON Pointers where <c>*</c> is any one key or index and <c>**</c> any number of
/// them, as in <see cref="IiifDiffOptions.Ignore"/>: <c>/items/*/id</c>, <c>**/created</c>.</para>
/// <para>Immutable, and so safe to share between threads.</para>
/// </remarks>
public sealed class IiifScrubber
{
    private static readonly Regex s_guid = new(
        "(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])",
        RegexOptions.CultureInvariant);

    private readonly JsonPointerPattern[]? _patterns;
    private readonly Regex? _regex;
    private readonly string _description;

    private IiifScrubber(JsonPointerPattern[]? patterns, Regex? regex, string description)
    {
        _patterns = patterns;
        _regex = regex;
        _description = description;
    }

    /// <summary>Gets a scrubber for GUIDs (<c>8-4-4-4-12</c> hexadecimal digits) anywhere inside a string, such as a
    /// GUID in a minted URI: <c>https://example.org/iiif/{Scrubbed:1}/manifest</c>.</summary>
    public static IiifScrubber Guids { get; } = new(null, s_guid, "GUIDs");

    /// <summary>Gets a scrubber for every <c>navDate</c> value.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#navdate"/>.</remarks>
    public static IiifScrubber NavDates { get; } = new([JsonPointerPattern.Parse("**/navDate")], null, "navDate values");

    /// <summary>Gets a scrubber for every <c>created</c>, <c>modified</c> and <c>generated</c> value: the
    /// timestamps of the Web Annotation model that annotations carry.</summary>
    /// <remarks>See <see href="https://www.w3.org/TR/annotation-model/#lifecycle-information"/>.</remarks>
    public static IiifScrubber Timestamps { get; } = new(
        [JsonPointerPattern.Parse("**/created"), JsonPointerPattern.Parse("**/modified"), JsonPointerPattern.Parse("**/generated")],
        null,
        "created, modified and generated values");

    /// <summary>Creates a scrubber that replaces the whole value at every place a pointer pattern matches.</summary>
    /// <param name="pattern">A JSON Pointer pattern, such as <c>/items/*/id</c> or <c>**/created</c>.</param>
    /// <returns>The scrubber.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is not a JSON Pointer pattern.</exception>
    public static IiifScrubber AtPointer(string pattern)
    {
        Guard.NotNull(pattern, nameof(pattern));

        return new([JsonPointerPattern.Parse(pattern)], null, "values at " + pattern);
    }

    /// <summary>Creates a scrubber that replaces each match of a regular expression inside any string value.</summary>
    /// <param name="regex">The expression; each whole match is replaced, so lookarounds keep context unscrubbed.</param>
    /// <returns>The scrubber.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regex"/> is <see langword="null"/>.</exception>
    public static IiifScrubber Matching(Regex regex)
    {
        Guard.NotNull(regex, nameof(regex));

        return new(null, regex, "matches of " + regex);
    }

    /// <summary>Creates a scrubber that replaces each match of a regular expression inside any string value.</summary>
    /// <param name="pattern">The expression (culture-invariant); each whole match is replaced.</param>
    /// <returns>The scrubber.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is not a regular expression.</exception>
    public static IiifScrubber Matching(string pattern)
    {
        Guard.NotNull(pattern, nameof(pattern));

        return Matching(new Regex(pattern, RegexOptions.CultureInvariant));
    }

    /// <summary>Creates a scrubber for ids a system mints under a base URI: in any string that starts with
    /// <paramref name="prefix"/>, the path segment right after it (up to the next <c>/</c>, <c>?</c> or
    /// <c>#</c>) is replaced, so <c>https://example.org/anno/8f3a/canvas/1#xywh=0,0,10,10</c> becomes
    /// <c>https://example.org/anno/{Scrubbed:1}/canvas/1#xywh=0,0,10,10</c>.</summary>
    /// <param name="prefix">The base URI the minted part follows, such as <c>https://example.org/anno/</c>.</param>
    /// <returns>The scrubber.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is empty.</exception>
    public static IiifScrubber MintedIds(string prefix)
    {
        Guard.NotNull(prefix, nameof(prefix));

        if (prefix.Length == 0)
        {
            throw new ArgumentException("A minted id follows a base URI; give one.", nameof(prefix));
        }

        return new(null, new Regex("(?<=^" + Regex.Escape(prefix) + ")[^/?#]+", RegexOptions.CultureInvariant), "ids minted under " + prefix);
    }

    /// <summary>Describes what the scrubber replaces.</summary>
    /// <returns>A short description, such as <c>values at **/created</c>.</returns>
    public override string ToString() => _description;

    /// <summary>Scrubs one scalar value at a path; returns the new value, or <see langword="null"/> to keep it.</summary>
    internal string? Apply(IReadOnlyList<string> path, string value, bool isString, Placeholders placeholders)
    {
        if (_patterns is not null && !Array.Exists(_patterns, p => p.Matches(path)))
        {
            return null;
        }

        if (_regex is null)
        {
            return placeholders.For(value);
        }

        if (!isString)
        {
            return null;
        }

        string scrubbed = _regex.Replace(value, m => placeholders.For(m.Value));
        return string.Equals(scrubbed, value, StringComparison.Ordinal) ? null : scrubbed;
    }
}
