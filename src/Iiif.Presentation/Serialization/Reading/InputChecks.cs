namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Checks, before reading, what <see cref="System.Text.Json.Utf8JsonReader"/> would only find later or
/// not at all: bytes that are not UTF-8, and escapes of lone surrogates (<c>"\ud800"</c>), which no
/// .NET string or UTF-8 text can hold. Finding them up front means a value kept raw in the extension
/// data can always be written back.
/// </summary>
internal static class InputChecks
{
    /// <summary>Returns the offset of the first problem, or -1; <paramref name="problem"/> says what it is.</summary>
    public static int FindInvalid(ReadOnlySpan<byte> utf8, out string problem)
    {
        int invalid = FindInvalidUtf8(utf8);
        if (invalid >= 0)
        {
            problem = $"The text is not valid UTF-8: byte 0x{utf8[invalid]:X2} cannot appear here.";
            return invalid;
        }

        int surrogate = FindLoneSurrogateEscape(utf8);
        if (surrogate >= 0)
        {
            problem = "The string holds an escaped lone surrogate (\\uD800–\\uDFFF without its pair), which is not text.";
            return surrogate;
        }

        problem = string.Empty;
        return -1;
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
#if NET8_0_OR_GREATER
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }
#endif
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] < 0x80)
            {
                continue;
            }

            int length = Utf8Sequence.Length(utf8.Slice(i));
            if (length == 0)
            {
                return i;
            }

            i += length - 1;
        }

        return -1;
    }

    private static int FindLoneSurrogateEscape(ReadOnlySpan<byte> utf8)
    {
        int i = 0;
        while (true)
        {
            int found = utf8.Slice(i).IndexOf((byte)'\\');
            if (found < 0)
            {
                return -1;
            }

            int start = i + found;
            if (start + 1 >= utf8.Length)
            {
                return -1; // malformed; the reader reports it
            }

            if (utf8[start + 1] != (byte)'u')
            {
                i = start + 2; // a two-character escape such as \\ or \"
                continue;
            }

            int unit = ReadHex4(utf8, start + 2);
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return start;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                int low = start + 6 + 1 < utf8.Length && utf8[start + 6] == (byte)'\\' && utf8[start + 7] == (byte)'u'
                    ? ReadHex4(utf8, start + 8)
                    : -1;
                if (low is < 0xDC00 or > 0xDFFF)
                {
                    return start;
                }

                i = start + 12;
                continue;
            }

            i = start + 2;
        }
    }

    private static int ReadHex4(ReadOnlySpan<byte> utf8, int at)
    {
        if (at + 4 > utf8.Length)
        {
            return -1;
        }

        int value = 0;
        for (int k = 0; k < 4; k++)
        {
            int digit = utf8[at + k] switch
            {
                >= (byte)'0' and <= (byte)'9' and var d => d - '0',
                >= (byte)'a' and <= (byte)'f' and var d => d - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' and var d => d - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }
}
