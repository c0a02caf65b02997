using System.Text.RegularExpressions;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// The rule for <c>rights</c> values, in one place for the builder, the upgrader and the validator: a
/// Creative Commons or RightsStatements.org value is the <c>http</c> machine URI that body defines.
/// </summary>
/// <remarks>
/// Spec: <see href="https://iiif.io/api/presentation/3.0/#rights"/>. The official schema accepts only
/// <c>http://creativecommons.org/licenses/…</c>, <c>http://creativecommons.org/publicdomain/…</c> and
/// <c>http://rightsstatements.org/vocab/…</c>; the <c>https</c> forms the licence bodies show on their web
/// pages fail it. Thread-safe.
/// </remarks>
internal static class RightsUris
{
    private const string CreativeCommonsHost = "creativecommons.org";
    private const string RightsStatementsHost = "rightsstatements.org";

    /// <summary>The prefixes the schema accepts, each followed by at least one character.</summary>
    private static readonly string[] s_machinePrefixes =
    [
        "http://" + CreativeCommonsHost + "/licenses/",
        "http://" + CreativeCommonsHost + "/publicdomain/",
        "http://" + RightsStatementsHost + "/vocab/",
    ];

    private static readonly Regex s_hostAndPath = new(
        "^(https?://)?(www\\.)?(creativecommons\\.org|rightsstatements\\.org)(/.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex s_licencePage = new(
        "/(deed\\.[A-Za-z_-]+|legalcode(\\.[A-Za-z_-]+)?)/?$", RegexOptions.CultureInvariant);

    /// <summary>Returns whether a value is a machine URI the schema accepts for Creative Commons or
    /// RightsStatements.org.</summary>
    public static bool IsMachineUri(string uri)
    {
        foreach (string prefix in s_machinePrefixes)
        {
            if (uri.Length > prefix.Length && uri.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether a value is on the Creative Commons or RightsStatements.org host, in any
    /// form (<c>https</c>, <c>www.</c>, a web page rather than the machine URI).</summary>
    public static bool IsLicenceBodyHost(string uri) => s_hostAndPath.IsMatch(uri.Trim());

    /// <summary>Returns whether a machine URI names a page about a Creative Commons licence (its deed or legal
    /// code) rather than the licence itself.</summary>
    public static bool IsLicencePage(string uri) =>
        uri.StartsWith("http://" + CreativeCommonsHost + "/", StringComparison.Ordinal) && s_licencePage.IsMatch(uri);

    /// <summary>
    /// Returns the machine URI a Creative Commons or RightsStatements.org value stands for: <c>http</c>, no
    /// <c>www.</c>, <c>/vocab/</c> rather than <c>/page/</c>, no query or fragment, no trailing <c>deed.xx</c>
    /// or <c>legalcode</c>, and a Creative Commons URI ending in <c>/</c>; <see langword="null"/> when the value
    /// is neither body's, or has no licence path.
    /// </summary>
    /// <param name="value">A URI as written, white space around it allowed.</param>
    public static string? Normalize(string value)
    {
        Match match = s_hostAndPath.Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        string host = match.Groups[3].Value.ToLowerInvariant();
        string path = match.Groups[4].Value;
        int cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path.Substring(0, cut);
        }

        path = path.Replace("/page/", "/vocab/");
        path = s_licencePage.Replace(path, "/");
        if (host == CreativeCommonsHost && !path.EndsWith("/", StringComparison.Ordinal))
        {
            path += "/";
        }

        string result = "http://" + host + path;
        return IsMachineUri(result) ? result : null;
    }
}
