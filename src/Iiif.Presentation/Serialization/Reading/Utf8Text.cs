#if NET8_0_OR_GREATER
using System.Buffers;
using System.Text;
#endif

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>Makes the string a reader is on, the way the reader would, but faster for the plain ASCII text most
/// of a IIIF document is (URIs, ids, numbers written as text).</summary>
/// <remarks>
/// <c>Utf8JsonReader.GetString</c> decodes in two passes (it counts the characters of the UTF-8, then decodes
/// them) behind a general transcoding path. Text with no escape is copied once into a string of its byte count,
/// widening ASCII as it goes (<c>Ascii.ToUtf16</c>, vectorized, on .NET 8 and later);
/// text that turns out not to be ASCII is given back to the reader. The result is the same string either way.
/// Thread-safe.
/// </remarks>
internal static class Utf8Text
{
    /// <summary>Returns the string the reader is on (a <c>String</c> or <c>PropertyName</c> token).</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
#if NET8_0_OR_GREATER
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && TryAscii(reader.ValueSpan) is { } ascii)
        {
            return ascii;
        }
#endif
        return reader.GetString()!;
    }

#if NET8_0_OR_GREATER
    /// <summary>Returns the text of bytes that are all ASCII, or <see langword="null"/> when one is not.</summary>
    private static unsafe string? TryAscii(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        fixed (byte* bytes = utf8)
        {
            string text = string.Create(utf8.Length, (IntPtr)bytes, static (chars, state) =>
            {
                var source = new ReadOnlySpan<byte>((byte*)state, chars.Length);
                if (Ascii.ToUtf16(source, chars, out _) != OperationStatus.Done)
                {
                    // Widened ASCII is never U+FFFF: it marks text that is not ASCII, decoded again by the reader.
                    chars[0] = '\uFFFF';
                }
            });
            return text[0] == '\uFFFF' ? null : text;
        }
    }
#endif
}
