namespace Iiif.Presentation.Serialization.Reading;

/// <summary>Recognises well-formed UTF-8 sequences (RFC 3629: no overlong forms, no surrogates, nothing
/// past U+10FFFF).</summary>
internal static class Utf8Sequence
{
    /// <summary>Returns the length of the well-formed sequence that starts the span, or 0 if there is none.</summary>
    public static int Length(ReadOnlySpan<byte> s)
    {
        byte b0 = s[0];
        if (b0 < 0x80)
        {
            return 1;
        }

        if (b0 >= 0xC2 && b0 <= 0xDF)
        {
            return s.Length >= 2 && IsContinuation(s[1]) ? 2 : 0;
        }

        if (b0 >= 0xE0 && b0 <= 0xEF)
        {
            if (s.Length < 3 || !IsContinuation(s[1]) || !IsContinuation(s[2]))
            {
                return 0;
            }

            return (b0 == 0xE0 && s[1] < 0xA0) || (b0 == 0xED && s[1] > 0x9F) ? 0 : 3;
        }

        if (b0 >= 0xF0 && b0 <= 0xF4)
        {
            if (s.Length < 4 || !IsContinuation(s[1]) || !IsContinuation(s[2]) || !IsContinuation(s[3]))
            {
                return 0;
            }

            return (b0 == 0xF0 && s[1] < 0x90) || (b0 == 0xF4 && s[1] > 0x8F) ? 0 : 4;
        }

        return 0;
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
