using System.Diagnostics;

namespace Iiif.Presentation;

/// <summary>
/// Represents the languages text is available in: the language keys of one or more language maps,
/// with text in no particular language (<c>none</c>) reported apart.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#44-language-of-property-values"/>.
/// Made by <see cref="TextLanguageExtensions"/>, to offer a user the languages a resource or a whole
/// document can be shown in.</para>
/// <para>
/// <see cref="Languages"/> holds each language once, in the order first met, spelled as first met.
/// BCP 47 tags are compared without regard to case, so <c>en</c> and <c>EN</c> are one language and
/// the first spelling is kept; tags are otherwise taken as written: <c>en</c> and <c>en-GB</c> are
/// two languages, and neither is checked for being a valid tag. <c>none</c> (and <c>@none</c>, which
/// documents converted from Presentation 2 sometimes carry) is not a language: it sets
/// <see cref="HasTextWithoutLanguage"/> instead.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class TextLanguages
{
    internal static readonly TextLanguages Empty = new(Array.Empty<string>(), hasTextWithoutLanguage: false);

    internal TextLanguages(IReadOnlyList<string> languages, bool hasTextWithoutLanguage)
    {
        Languages = languages;
        HasTextWithoutLanguage = hasTextWithoutLanguage;
    }

    /// <summary>Gets the languages, as BCP 47 tags spelled as first met, each once, in the order first
    /// met; never <c>none</c>.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Gets whether some text is given in no particular language: under the <c>none</c> key
    /// of a language map, or, where the whole-document answer includes them, a <c>TextualBody</c>
    /// with no <c>language</c>.</summary>
    public bool HasTextWithoutLanguage { get; }

    /// <summary>Returns whether text is available in a language, comparing tags without regard to case.</summary>
    /// <param name="language">A BCP 47 tag, such as <c>en</c>; only an equal tag matches, not
    /// <c>en-GB</c>. <c>none</c> is not a language: ask <see cref="HasTextWithoutLanguage"/>.</param>
    /// <returns><see langword="true"/> if <see cref="Languages"/> holds the tag.</returns>
    public bool Contains(string? language)
    {
        if (language is null)
        {
            return false;
        }

        for (int i = 0; i < Languages.Count; i++)
        {
            if (string.Equals(Languages[i], language, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the languages separated by commas, with <c>none</c> last when there is text
    /// without a language, for debugging and display.</summary>
    /// <returns>Such as <c>en, fr, none</c>; an empty string when there is no text.</returns>
    public override string ToString()
    {
        string languages = string.Join(", ", Languages);
        if (!HasTextWithoutLanguage)
        {
            return languages;
        }

        return languages.Length == 0 ? LanguageMap.NoLanguage : languages + ", " + LanguageMap.NoLanguage;
    }
}
