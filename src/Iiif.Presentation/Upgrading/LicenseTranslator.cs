using System.Text.RegularExpressions;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// <c>license</c> to <c>rights</c> (<see href="https://iiif.io/api/presentation/3.0/#rights"/>; docs/upgrading.md,
/// "license to rights"): the first Creative Commons or RightsStatements.org URI, normalised as
/// <see cref="RightsUris"/> says, is <c>rights</c>; what <c>rights</c> cannot hold goes to one License
/// entry of <c>metadata</c>.
/// </summary>
internal sealed class LicenseTranslator
{
    private static readonly Regex s_href = new("href\\s*=\\s*[\"']([^\"']+)[\"']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_uriInText = new("https?://[^\\s\"'<>]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly UpgradeContext _context;

    public LicenseTranslator(UpgradeContext context) => _context = context;

    /// <summary>Translates a <c>license</c> (or a 3.0 <c>rights</c> given in a 2.x document).</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="value">The value.</param>
    /// <param name="at">Where it is in the input.</param>
    /// <param name="merge">Whether the texts join a License entry the resource has already.</param>
    public void Translate(IiifResource resource, JsonElement value, At at, bool merge = false)
    {
        OutputPlace rights = OutputPlace.Of(resource, "rights");
        var rest = new LanguageMap();
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            string? text = item.ValueKind switch
            {
                JsonValueKind.String => V2Json.Text(item),
                JsonValueKind.Object => V2Json.IdOf(item) ?? V2Json.StringOf(item, "@value"u8) ?? V2Json.StringOf(item, "value"u8),
                _ => null,
            };
            if (text is null || text.Trim().Length == 0)
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, "An empty license was left out.", item);
                continue;
            }

            string? match = null;
            bool whole = false;
            foreach (string candidate in Candidates(text))
            {
                if (RightsUris.Normalize(candidate) is { } uri)
                {
                    match = uri;
                    whole = ReferenceEquals(candidate, text) || string.Equals(candidate.Trim(), text.Trim(), StringComparison.Ordinal);
                    break;
                }
            }

            if (match is not null && resource.Rights is null)
            {
                resource.Rights = match;
                if (!string.Equals(match, text, StringComparison.Ordinal))
                {
                    _context.Note(UpgradeNoteCodes.RightsNormalized, itemAt.Path, rights, $"The license \"{text}\" became the rights URI {match}.", item);
                }

                if (whole)
                {
                    continue;
                }
            }

            rest.Add(LanguageMap.NoLanguage, _context.Html.Translate(text, itemAt, rights, item));
        }

        if (rest.Count > 0)
        {
            int entry = merge ? LicenseEntry(resource) : -1;
            if (entry >= 0)
            {
                LanguageTranslator.Append(resource.Metadata[entry].Value!, rest);
            }
            else
            {
                resource.Metadata.Add(new MetadataEntry(LanguageTranslator.Copy(_context.Options.LicenseLabel), rest));
                entry = resource.Metadata.Count - 1;
            }

            _context.Note(UpgradeNoteCodes.LicenseToMetadata, at.Path, OutputPlace.Of(resource, "metadata").Then(entry),
                "License text or URIs that rights cannot hold (rights takes one Creative Commons or RightsStatements.org URI) went to a metadata entry.",
                value);
        }
    }

    /// <summary>The index of the resource's License entry of <c>metadata</c>, or -1.</summary>
    private int LicenseEntry(IiifResource resource)
    {
        for (int i = 0; i < DescriptiveTranslator.Count(resource); i++)
        {
            if (LanguageTranslator.Same(resource.Metadata[i].Label, _context.Options.LicenseLabel) && resource.Metadata[i].Value is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Candidate URIs in a licence string: the string itself, <c>href</c> targets, URIs in text.</summary>
    private static IEnumerable<string> Candidates(string text)
    {
        yield return text;
        foreach (Match href in s_href.Matches(text))
        {
            yield return href.Groups[1].Value;
        }

        foreach (Match uri in s_uriInText.Matches(text))
        {
            yield return uri.Value.TrimEnd('.', ',', ';', ')');
        }
    }
}
