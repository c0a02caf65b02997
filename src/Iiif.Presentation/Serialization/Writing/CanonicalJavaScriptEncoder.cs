#if NET
using System.Buffers;
using System.Linq;
#endif
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

#if NET
    /// <summary>The ASCII characters JSON escapes (<see cref="IsEscapedAscii"/>).</summary>
    private static readonly SearchValues<char> s_escaped = SearchValues.Create(AsciiWhere(IsEscapedAscii));

    /// <summary>The ASCII characters written as they are: all but those above.</summary>
    private static readonly SearchValues<char> s_plainAscii = SearchValues.Create(AsciiWhere(c => !IsEscapedAscii(c)));

    /// <summary>The escaped ASCII characters as UTF-8 bytes, and every byte of a multi-byte sequence.</summary>
    private static readonly SearchValues<byte> s_escapedOrMultiByte = SearchValues.Create(
        [.. Enumerable.Range(0, 0x100).Where(b => b >= 0x80 || IsEscapedAscii(b)).Select(b => (byte)b)]);

#endif
    public override int MaxOutputCharactersPerInputCharacter => 6; // \uXXXX

    public override bool WillEncode(int unicodeScalar) =>
        IsEscapedAscii(unicodeScalar) || (unicodeScalar >= 0xD800 && unicodeScalar <= 0xDFFF);

    /// <summary>Returns whether JSON requires an escape for a character below U+0080: a control character, the
    /// quotation mark or the reverse solidus. WillEncode, the searches and the loops all ask it, so they cannot disagree.</summary>
    private static bool IsEscapedAscii(int c) => c < 0x20 || c == '"' || c == '\\';

#if NET
    /// <summary>Returns the characters below U+0080 that match a predicate.</summary>
    private static char[] AsciiWhere(Func<int, bool> predicate) =>
        [.. Enumerable.Range(0, 0x80).Where(predicate).Select(c => (char)c)];
#endif

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        // Every surrogate is checked, after the first character to escape too: past that character the writer
        // encodes the rest without asking again, and would write U+FFFD for a lone surrogate there.
        var span = new ReadOnlySpan<char>(text, textLength);
#if NET
        // Most text is printable ASCII and needs nothing: one vectorised search says so. Else vectorised searches
        // find the first character to escape and each surrogate.
        if (span.IndexOfAnyExcept(s_plainAscii) < 0)
        {
            return -1;
        }

        int escaped = span.IndexOfAny(s_escaped);
        for (int i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0;)
        {
            i = CheckedPair(span, i);
            int next = span.Slice(i).IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return escaped;
#else
        int escaped = -1;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (IsEscapedAscii(c))
            {
                escaped = escaped < 0 ? i : escaped;
            }
            else if (char.IsSurrogate(c))
            {
                i = CheckedPair(span, i) - 1;
            }
        }

        return escaped;
#endif
    }

    /// <summary>Returns the index after the surrogate pair at <paramref name="index"/>, or throws for a lone surrogate.</summary>
    private static int CheckedPair(ReadOnlySpan<char> text, int index)
    {
        // A high surrogate followed by a low one is a valid pair: it is written as it is. A lone surrogate is not
        // Unicode: UTF-8 has no form for it, and the reader refuses its escape. Writing U+FFFD instead, as
        // System.Text.Json would, would change the text unseen.
        return char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? index + 2
            : throw LoneSurrogate(text.ToString(), index);
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
#if NET
        // ASCII that needs no escape is skipped vectorised; each multi-byte sequence is checked, then the
        // search goes on after it.
        int i = 0;
        while (utf8Text.Slice(i).IndexOfAny(s_escapedOrMultiByte) is var next && next >= 0)
        {
            i += next;
            if (utf8Text[i] < 0x80)
            {
                return i;
            }

            int length = Utf8Sequence.Length(utf8Text.Slice(i));
            if (length == 0)
            {
                return i;
            }

            i += length;
        }

        return -1;
#else
        for (int i = 0; i < utf8Text.Length; i++)
        {
            byte b = utf8Text[i];
            if (b < 0x80)
            {
                if (IsEscapedAscii(b))
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
#endif
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
