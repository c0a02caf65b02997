namespace Iiif.Presentation.Serialization;

/// <summary>
/// Recognises the HTML most documents hold (elements and quoted attributes with ASCII names, text, the XML
/// entities) as well-formed XML with one root element without an XML reader, which costs a reader's buffers
/// for every value. It answers only when it is sure; anything else (comments, CDATA, names outside ASCII,
/// other entities, text around the root) is left to <see cref="Html.Check"/>'s reader.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SimpleMarkup
{
    private static readonly char[] s_notInSimpleValues = ['<', '&', '\t', '\n', '\r'];

    /// <summary>Returns <see langword="true"/> when the value is surely well-formed XML with one root element,
    /// and then names the first markup clients do not keep (<see cref="Html.Unsafe"/>); <see langword="false"/>
    /// when it cannot tell.</summary>
    public static bool TryCheck(string value, out string? unsafeMarkup)
    {
        unsafeMarkup = null;
        if (!Html.Looks(value))
        {
            return false;
        }

        var open = new List<string>(4);
        int i = 0;
        while (true)
        {
            // At a tag.
            if (i + 1 >= value.Length)
            {
                return false;
            }

            if (value[i + 1] == '/')
            {
                int nameStart = i + 2;
                int nameEnd = Name(value, nameStart);
                string? expected = open.Count == 0 ? null : open[open.Count - 1];
                if (expected is null || nameEnd - nameStart != expected.Length || string.CompareOrdinal(value, nameStart, expected, 0, expected.Length) != 0)
                {
                    return false;
                }

                i = Spaces(value, nameEnd);
                if (i >= value.Length || value[i] != '>')
                {
                    return false;
                }

                open.RemoveAt(open.Count - 1);
                i++;
            }
            else
            {
                int nameStart = i + 1;
                int nameEnd = Name(value, nameStart);
                if (nameEnd == nameStart)
                {
                    return false;
                }

                string element = value.Substring(nameStart, nameEnd - nameStart);
                unsafeMarkup ??= Html.Unsafe(element, null, null);
                i = Attributes(value, nameEnd, element, ref unsafeMarkup);
                if (i < 0)
                {
                    return false;
                }

                if (value[i] == '/')
                {
                    if (i + 1 >= value.Length || value[i + 1] != '>')
                    {
                        return false;
                    }

                    i += 2;
                }
                else
                {
                    open.Add(element);
                    i++;
                }
            }

            if (open.Count == 0)
            {
                // The root is closed: nothing may follow.
                return i == value.Length;
            }

            i = Text(value, i);
            if (i < 0)
            {
                return false;
            }
        }
    }

    /// <summary>Reads the attributes of a start tag from <paramref name="i"/>; returns the index of its <c>&gt;</c>
    /// or <c>/</c>, or -1 when unsure.</summary>
    private static int Attributes(string value, int i, string element, ref string? unsafeMarkup)
    {
        List<string>? names = null;
        while (true)
        {
            int start = i;
            i = Spaces(value, i);
            if (i >= value.Length)
            {
                return -1;
            }

            if (value[i] is '>' or '/')
            {
                return i;
            }

            int nameEnd = Name(value, i);
            if (nameEnd == i || i == start)
            {
                return -1; // not a name, or no space before it
            }

            string name = value.Substring(i, nameEnd - i);
            names ??= new List<string>(2);
            if (names.Contains(name))
            {
                return -1;
            }

            names.Add(name);
            i = Spaces(value, nameEnd);
            if (i >= value.Length || value[i] != '=')
            {
                return -1;
            }

            i = Spaces(value, i + 1);
            if (i >= value.Length || value[i] is not ('"' or '\''))
            {
                return -1;
            }

            char quote = value[i];
            int close = value.IndexOf(quote, i + 1);
            if (close < 0)
            {
                return -1;
            }

            string text = value.Substring(i + 1, close - i - 1);
            // The reader gives a value with its entities decoded and its line ends and tabs made spaces.
            if (text.IndexOfAny(s_notInSimpleValues) >= 0 || !AllXmlCharacters(text))
            {
                return -1;
            }

            unsafeMarkup ??= Html.Unsafe(element, name, text);
            i = close + 1;
        }
    }

    /// <summary>Reads text up to the next tag; returns its index, or -1 when unsure.</summary>
    private static int Text(string value, int i)
    {
        for (; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '<':
                    return i + 1 < value.Length && value[i + 1] is '!' or '?' ? -1 : i;
                case '&':
                    i = Entity(value, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '>' when i >= 2 && value[i - 1] == ']' && value[i - 2] == ']':
                    return -1; // "]]>" may not stand in text
                default:
                    if (!IsXmlCharacter(c))
                    {
                        return -1;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>Reads an XML entity reference at <paramref name="i"/>; returns the index of its <c>;</c>, or -1.</summary>
    private static int Entity(string value, int i)
    {
        int end = value.IndexOf(';', i);
        if (end < 0 || end - i > 10)
        {
            return -1;
        }

        string name = value.Substring(i + 1, end - i - 1);
        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            return end;
        }

        if (name.Length < 2 || name[0] != '#')
        {
            return -1;
        }

        bool hex = name[1] is 'x';
        int code = 0;
        for (int k = hex ? 2 : 1; k < name.Length; k++)
        {
            int digit = name[k] is >= '0' and <= '9' ? name[k] - '0'
                : hex && name[k] is >= 'a' and <= 'f' ? name[k] - 'a' + 10
                : hex && name[k] is >= 'A' and <= 'F' ? name[k] - 'A' + 10
                : -1;
            if (digit < 0)
            {
                return -1;
            }

            code = (code * (hex ? 16 : 10)) + digit;
        }

        bool valid = code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
        return name.Length > (hex ? 2 : 1) && valid ? end : -1;
    }

    /// <summary>Reads an ASCII XML name without a colon that does not begin with <c>xml</c>; returns its end.</summary>
    private static int Name(string value, int i)
    {
        if (i >= value.Length || !(value[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_') ||
            string.Compare(value, i, "xml", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return i;
        }

        int end = i + 1;
        while (end < value.Length && value[end] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.')
        {
            end++;
        }

        return end;
    }

    private static int Spaces(string value, int i)
    {
        while (i < value.Length && value[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }

    private static bool AllXmlCharacters(string text)
    {
        foreach (char c in text)
        {
            if (!IsXmlCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A character XML allows, outside the surrogates (pairs are left to the reader).</summary>
    private static bool IsXmlCharacter(char c) => c is '\t' or '\n' or '\r' or (>= ' ' and < '\uD800') or (>= '\uE000' and <= '\uFFFD');
}
