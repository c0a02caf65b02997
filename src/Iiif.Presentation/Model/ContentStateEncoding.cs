using System.Text;

namespace Iiif.Presentation;

/// <summary>The content state encoding of the Content State API 1.0, section 6: UTF-8, then URI-component
/// encoding, then base64url without padding; and its inverse.</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>, section 6. The URI-component
/// step is JavaScript's <c>encodeURIComponent</c>: every UTF-8 byte but <c>A-Z a-z 0-9 - _ . ! ~ * ' ( )</c> becomes
/// <c>%XX</c> with upper-case hexadecimal digits, so the spec's reference code in a browser and this class give the
/// same string. Stateless and thread-safe.</remarks>
internal static class ContentStateEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    // Strict both ways: encodeURIComponent throws on a lone surrogate, decodeURIComponent on bytes that are not UTF-8.
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string plain)
    {
        byte[] utf8;
        try
        {
            utf8 = s_strictUtf8.GetBytes(plain);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException(
                $"The content state holds a lone surrogate (U+{(int)ex.CharUnknown:X4}) at index {ex.Index}: it is not Unicode text, and encodeURIComponent rejects it too.",
                nameof(plain),
                ex);
        }

        var uriEncoded = new StringBuilder(utf8.Length * 3);
        foreach (byte b in utf8)
        {
            if (IsUnreserved(b))
            {
                uriEncoded.Append((char)b);
            }
            else
            {
                uriEncoded.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        string base64 = Convert.ToBase64String(Encoding.ASCII.GetBytes(uriEncoded.ToString()));
        var base64Url = new StringBuilder(base64.Length);
        foreach (char c in base64)
        {
            switch (c)
            {
                case '+': base64Url.Append('-'); break;
                case '/': base64Url.Append('_'); break;
                case '=': break;
                default: base64Url.Append(c); break;
            }
        }

        return base64Url.ToString();
    }

    public static string Decode(string encoded)
    {
        int length = encoded.Length;
        while (length > 0 && encoded[length - 1] == '=')
        {
            length--;
        }

        int padding = encoded.Length - length;
        if (length == 0)
        {
            throw new FormatException("An encoded content state is empty.");
        }

        if (padding > 0 && (padding > 2 || encoded.Length % 4 != 0))
        {
            throw new FormatException(
                $"An encoded content state ends with {padding} '=' that do not pad it to a multiple of 4 characters (it has {encoded.Length}).");
        }

        var base64 = new StringBuilder(length + 3);
        for (int i = 0; i < length; i++)
        {
            char c = encoded[i];
            switch (c)
            {
                case '-': base64.Append('+'); break;
                case '_': base64.Append('/'); break;
                case '+' or '/':
                    throw new FormatException(
                        $"An encoded content state has '{c}' at index {i}: that is the standard base64 alphabet, and a content state uses base64url ('-' and '_' instead of '+' and '/').");
                case (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9'):
                    base64.Append(c);
                    break;
                default:
                    throw new FormatException(
                        $"An encoded content state has {Describe(c)} at index {i}, which is not a base64url character (A-Z, a-z, 0-9, '-', '_').");
            }
        }

        if (length % 4 == 1)
        {
            throw new FormatException(
                $"An encoded content state has {length} base64url characters; no base64 text has a length of 4n + 1, so it is cut short or has one too many.");
        }

        base64.Append('=', (4 - (length % 4)) % 4);
        byte[] bytes = Convert.FromBase64String(base64.ToString());
        return PercentDecode(bytes);
    }

    /// <summary>Undoes the URI-component encoding, as <c>decodeURIComponent</c> does: <c>%XX</c> becomes a byte,
    /// other ASCII characters stay, and the bytes are UTF-8.</summary>
    private static string PercentDecode(byte[] bytes)
    {
        var decoded = new byte[bytes.Length];
        int count = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == (byte)'%')
            {
                if (i + 2 >= bytes.Length || Hex(bytes[i + 1]) is not int high || Hex(bytes[i + 2]) is not int low)
                {
                    throw new FormatException(
                        $"The base64url text decodes to a text whose '%' at index {i} is not followed by two hexadecimal digits, so it is not URI-component encoded.");
                }

                decoded[count++] = (byte)((high << 4) | low);
                i += 2;
            }
            else if (b >= 0x80)
            {
                throw new FormatException(
                    $"The base64url text decodes to bytes that are not ASCII (0x{b:X2} at index {i}): the JSON was base64-encoded without being URI-component encoded first (Content State API, section 6).");
            }
            else
            {
                decoded[count++] = b;
            }
        }

        try
        {
            return s_strictUtf8.GetString(decoded, 0, count);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException("The percent-encoded bytes of the content state are not UTF-8.", ex);
        }
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'!' or (byte)'~' or (byte)'*' or (byte)'\'' or (byte)'(' or (byte)')';

    private static int? Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => null,
    };

    private static string Describe(char c) =>
        c is >= ' ' and < (char)0x7F ? $"'{c}'" : $"U+{(int)c:X4}";
}
