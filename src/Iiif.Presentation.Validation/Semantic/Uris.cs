namespace Iiif.Presentation.Validation.Semantic;

/// <summary>URI checks for identifiers and rights (RFC 3986 syntax, as far as a validator needs).</summary>
internal static class Uris
{
    /// <summary>Returns whether the text is an absolute URI whose characters are all allowed or percent-encoded.</summary>
    public static bool IsAbsoluteAndEncoded(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || uri.IsFile && !value.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int colon = value.IndexOf(':');
        if (colon <= 0 || !char.IsLetter(value[0]))
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !IsHex(value[i + 1]) || !IsHex(value[i + 2]))
                {
                    return false;
                }

                i += 2;
                continue;
            }

            if (!IsUriCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether the text is an absolute, encoded URI with the http or https scheme and a host.</summary>
    public static bool IsHttp(string value) =>
        IsAbsoluteAndEncoded(value) &&
        (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) &&
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && uri.Host.Length > 0;

    /// <summary>Returns the URI without its fragment.</summary>
    public static string WithoutFragment(string value)
    {
        int hash = value.IndexOf('#');
        return hash < 0 ? value : value.Substring(0, hash);
    }

    /// <summary>Returns the fragment without <c>#</c>, or <see langword="null"/>.</summary>
    public static string? FragmentOf(string value)
    {
        int hash = value.IndexOf('#');
        return hash < 0 ? null : value.Substring(hash + 1);
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    // unreserved / gen-delims / sub-delims of RFC 3986
    private static bool IsUriCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or
            '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '[' or ']' or '@' or
            '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';
}
