using System.Text.RegularExpressions;

namespace Iiif.Presentation.Cli.Serve;

/// <summary>
/// Links the spec sections of the rule catalogue (<c>ValidationRule.Section</c>, such as <c>3.2 id, 5, 6.1</c>)
/// to the Presentation 3.0 specification: a numbered section to its heading, a property to its definition.
/// The page of <c>iiif serve</c> and the generated <c>docs/rules.md</c> both link through it.
/// </summary>
internal static partial class SpecSections
{
    public const string SpecUrl = "https://iiif.io/api/presentation/3.0/";

    // The Content State API, which the content-state rules cite as "Content State 6": its parts link to the
    // document itself, as this table does not guess its anchors.
    private const string ContentStateUrl = "https://iiif.io/api/content-state/1.0/";

    // Sections of the specification: an anchor on its page, or a page next to it (the 3.0 change log).
    private static readonly Dictionary<string, string> s_sectionAnchors = new(StringComparer.Ordinal)
    {
        ["3"] = "#3-resource-properties",
        ["3.1"] = "#31-descriptive-properties",
        ["3.2"] = "#32-technical-properties",
        ["3.3"] = "#33-linking-properties",
        ["3.3.1"] = "#331-external-links",
        ["3.3.2"] = "#332-internal-links",
        ["3.4"] = "#34-structural-properties",
        ["3.5"] = "#35-values",
        ["4"] = "#4-json-ld-considerations",
        ["4.1"] = "#41-case-sensitivity",
        ["4.2"] = "#42-resource-representations",
        ["4.3"] = "#43-properties-with-multiple-values",
        ["4.4"] = "#44-language-of-property-values",
        ["4.5"] = "#45-html-markup-in-property-values",
        ["4.6"] = "#46-linked-data-context-and-extensions",
        ["5"] = "#5-resource-structure",
        ["5.1"] = "#51-collection",
        ["5.2"] = "#52-manifest",
        ["5.3"] = "#53-canvas",
        ["5.4"] = "#54-range",
        ["5.5"] = "#55-annotation-page",
        ["5.6"] = "#56-annotation",
        ["5.7"] = "#57-content-resources",
        ["5.8"] = "#58-annotation-collection",
        ["6.1"] = "#61-uri-recommendations",
        ["App. A"] = "#a-summary-of-property-requirements",
        ["change log"] = "change-log/",

        // The registered extensions and GeoJSON, which have pages of their own.
        ["navPlace"] = "https://iiif.io/api/extension/navplace/",
        ["georeference"] = "https://iiif.io/api/extension/georef/",
        ["text granularity"] = "https://iiif.io/api/extension/text-granularity/",
        ["each extension"] = "https://iiif.io/api/extension/",
        ["RFC 7946 3.1"] = "https://www.rfc-editor.org/rfc/rfc7946#section-3.1",
    };

    /// <summary>
    /// Splits a section into its parts, each with its address in the specification, or <see langword="null"/>
    /// for a part this table cannot link. <c>—</c> (no single section) has no parts.
    /// </summary>
    public static IReadOnlyList<(string Part, string? Url)> Links(string section) =>
        section == "—" ? [] : section.Split(", ").Select(part => (part, Url(part))).ToList();

    private static string? Url(string part) =>
        part.StartsWith("Content State ", StringComparison.Ordinal) ? ContentStateUrl
        : Anchor(part) is { } anchor ? Address(anchor)
        : null;

    // An anchor on the specification's page, or the address of another page.
    private static string Address(string anchor) =>
        anchor.StartsWith("https://", StringComparison.Ordinal) ? anchor : SpecUrl + anchor;

    private static string? Anchor(string part)
    {
        if (s_sectionAnchors.TryGetValue(part, out string? anchor))
        {
            return anchor;
        }

        // "3.2 id" or "3.3.1 logo": the property's own definition. A bare name continues the list before it.
        Match property = PropertyPart().Match(part);
        return property.Success ? "#" + property.Groups["name"].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)* )?(?<name>[A-Za-z]+)$")]
    private static partial Regex PropertyPart();
}
