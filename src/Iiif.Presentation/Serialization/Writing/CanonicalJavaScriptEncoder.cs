using System.Text.Encodings.Web;

namespace Iiif.Presentation.Serialization.Writing;

/// <summary>
/// Escapes only what JSON requires: the quotation mark, the reverse solidus and control characters
/// (and lone surrogates, which have no UTF-8 form). Everything else, all non-ASCII text included, is
/// written as it is (<c>docs/design-notes.md</c>, principle 3).
/// </summary>
/// <remarks>
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> comes close but still escapes characters
/// outside the Basic Multilingual Plane (emoji, rare CJK), U+2028/U+2029 and DEL, which a canonical
/// writer must not. Output of this encoder is meant for JSON only, never for HTML or JavaScript source.
/// Stateless and thread-safe.
/// </remarks>
internal sealed class CanonicalJavaScriptEncoder : JavaScriptEncoder
{
    public static CanonicalJavaScriptEncoder Instance { get; } = new();

    private CanonicalJavaScriptEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6; // \uXXXX

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\' ||
        (unicodeScalar >= 0xD800 && unicodeScalar <= 0xDFFF);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (int i = 0; i < textLength; i++)
        {
            char c = text[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            if (c >= 0xD800 && c <= 0xDFFF)
            {
                // A high surrogate followed by a low one is a valid pair: write it as is.
                if (c <= 0xDBFF && i + 1 < textLength && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    i++;
                    continue;
                }

                // A lone surrogate is not Unicode: UTF-8 has no form for it, and the reader refuses its
                // escape. Writing U+FFFD instead, as System.Text.Json would, would change the text unseen.
                throw LoneSurrogate(new string(text, 0, textLength), i);
            }
        }

        return -1;
    }

    private static ArgumentException LoneSurrogate(string text, int index)
    {
        int start = Math.Max(0, index - 20);
        string context = text.Substring(start, Math.Min(text.Length, index + 20) - start)
            .Replace("\n", " ").Replace(text[index].ToString(), $"\\u{(int)text[index]:X4}");
        return new ArgumentException(
            $"The model holds text with a lone surrogate \\u{(int)text[index]:X4} at character {index} (\"{context}\"): " +
            "it is not Unicode, and JSON written as UTF-8 cannot hold it. Fix the string before writing.");
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        for (int i = 0; i < utf8Text.Length; i++)
        {
            byte b = utf8Text[i];
            if (b < 0x80)
            {
                if (b < 0x20 || b == (byte)'"' || b == (byte)'\\')
                {
                    return i;
                }

                continue;
            }

            int length = Utf8Sequence.Length(utf8Text.Slice(i));
            if (length == 0)
            {
                return i;
            }

            i += length - 1;
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        char shortForm = unicodeScalar switch
        {
            '"' => '"',
            '\\' => '\\',
            '\b' => 'b',
            '\f' => 'f',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            _ => '\0',
        };

        if (shortForm != '\0')
        {
            if (bufferLength < 2)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            buffer[0] = '\\';
            buffer[1] = shortForm;
            numberOfCharactersWritten = 2;
            return true;
        }

        if (!WillEncode(unicodeScalar))
        {
            if (unicodeScalar > 0xFFFF)
            {
                if (bufferLength < 2)
                {
                    numberOfCharactersWritten = 0;
                    return false;
                }

                int offset = unicodeScalar - 0x10000;
                buffer[0] = (char)(0xD800 + (offset >> 10));
                buffer[1] = (char)(0xDC00 + (offset & 0x3FF));
                numberOfCharactersWritten = 2;
                return true;
            }

            if (bufferLength < 1)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            buffer[0] = (char)unicodeScalar;
            numberOfCharactersWritten = 1;
            return true;
        }

        if (bufferLength < 6)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        const string Hex = "0123456789abcdef";
        buffer[0] = '\\';
        buffer[1] = 'u';
        buffer[2] = Hex[(unicodeScalar >> 12) & 0xF];
        buffer[3] = Hex[(unicodeScalar >> 8) & 0xF];
        buffer[4] = Hex[(unicodeScalar >> 4) & 0xF];
        buffer[5] = Hex[unicodeScalar & 0xF];
        numberOfCharactersWritten = 6;
        return true;
    }
}
