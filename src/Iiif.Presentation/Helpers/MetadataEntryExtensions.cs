using System.Globalization;

namespace Iiif.Presentation;

/// <summary>
/// Picks the text of a <c>metadata</c> entry or of a <c>requiredStatement</c> to show a user.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#metadata"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#requiredstatement"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#44-language-of-property-values"/>. The label and
/// the value are language maps, and each picks its language on its own, by the rules of
/// <see cref="LanguageMapExtensions"/>: a label given in English and French with a value given only
/// under <c>none</c> shows the label in the user's language and the <c>none</c> value.</para>
/// <para>The strings of the chosen language are joined by <see cref="LanguageMapExtensions.DefaultSeparator"/>;
/// for the list, use <c>entry.Value.GetValues(…)</c>. A <see langword="null"/> entry, label or value
/// gives <see langword="null"/>; nothing throws. Concurrent calls on an unchanging entry are safe.</para>
/// </remarks>
public static class MetadataEntryExtensions
{
    /// <summary>Returns the text of the label in the best-matching language.</summary>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    public static string? GetLabel(this MetadataEntry? entry, params string[] preferredLanguages) =>
        entry?.Label.GetText((IEnumerable<string>)preferredLanguages);

    /// <summary>Returns the text of the label in the best-matching language.</summary>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    public static string? GetLabel(this MetadataEntry? entry, IEnumerable<string>? preferredLanguages) =>
        entry?.Label.GetText(preferredLanguages);

    /// <summary>Returns the text of the label in the language that best matches a culture.</summary>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <param name="culture">The culture, such as <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    public static string? GetLabel(this MetadataEntry? entry, CultureInfo? culture) =>
        entry?.Label.GetText(culture);

    /// <summary>Returns the text of the value in the best-matching language.</summary>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    public static string? GetValue(this MetadataEntry? entry, params string[] preferredLanguages) =>
        entry?.Value.GetText((IEnumerable<string>)preferredLanguages);

    /// <summary>Returns the text of the value in the best-matching language.</summary>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <param name="preferredLanguages">BCP 47 tags, the most preferred first.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    public static string? GetValue(this MetadataEntry? entry, IEnumerable<string>? preferredLanguages) =>
        entry?.Value.GetText(preferredLanguages);

    /// <summary>Returns the text of the value in the language that best matches a culture.</summary>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <param name="culture">The culture, such as <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    public static string? GetValue(this MetadataEntry? entry, CultureInfo? culture) =>
        entry?.Value.GetText(culture);
}
