namespace Iiif.Presentation.Validation.Semantic;

/// <summary>Checks the syntax of BCP 47 language tags (RFC 5646 §2.1), not whether the subtags are registered.</summary>
internal static class Bcp47
{
    private static readonly string[] s_grandfathered =
    [
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    ];

    public static bool IsWellFormed(string tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return false;
        }

        foreach (string grandfathered in s_grandfathered)
        {
            if (string.Equals(tag, grandfathered, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        string[] parts = tag.Split('-');
        int i = 0;
        if (IsPrivateUse(parts, 0))
        {
            return true;
        }

        // language: 2-3 letters (+ up to three 3-letter extlangs), 4 letters, or 5-8 letters
        if (!IsAlpha(parts[i], 2, 8))
        {
            return false;
        }

        bool shortLanguage = parts[i].Length <= 3;
        i++;
        for (int extlangs = 0; shortLanguage && extlangs < 3 && i < parts.Length && IsAlpha(parts[i], 3, 3); extlangs++)
        {
            i++;
        }

        if (i < parts.Length && IsAlpha(parts[i], 4, 4))
        {
            i++; // script
        }

        if (i < parts.Length && (IsAlpha(parts[i], 2, 2) || IsDigits(parts[i], 3)))
        {
            i++; // region
        }

        while (i < parts.Length && IsVariant(parts[i]))
        {
            i++;
        }

        while (i < parts.Length && parts[i].Length == 1 && char.IsLetterOrDigit(parts[i][0]) &&
               !string.Equals(parts[i], "x", StringComparison.OrdinalIgnoreCase))
        {
            i++; // extension singleton, then one or more 2-8 alphanumeric subtags
            int start = i;
            while (i < parts.Length && IsAlphanumeric(parts[i], 2, 8))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == parts.Length || IsPrivateUse(parts, i);
    }

    private static bool IsPrivateUse(string[] parts, int at)
    {
        if (at >= parts.Length || !string.Equals(parts[at], "x", StringComparison.OrdinalIgnoreCase) || at + 1 >= parts.Length)
        {
            return false;
        }

        for (int i = at + 1; i < parts.Length; i++)
        {
            if (!IsAlphanumeric(parts[i], 1, 8))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVariant(string part) =>
        IsAlphanumeric(part, 5, 8) || (part.Length == 4 && char.IsDigit(part[0]) && IsAlphanumeric(part, 4, 4));

    private static bool IsAlpha(string part, int min, int max)
    {
        if (part.Length < min || part.Length > max)
        {
            return false;
        }

        foreach (char c in part)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string part, int length)
    {
        if (part.Length != length)
        {
            return false;
        }

        foreach (char c in part)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(string part, int min, int max)
    {
        if (part.Length < min || part.Length > max)
        {
            return false;
        }

        foreach (char c in part)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
