using System.Globalization;
using System.Text;

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Tells, from a JSON number's text, whether a typed member can hold it exactly: <c>1200.0</c> and
/// <c>12e2</c> are the integer 1200, but <c>1E-400</c> is not 0 and <c>1.0000000000000001</c> is not 1,
/// although a <see cref="double"/> rounds them so. Numbers that fail stay raw, so no digit is lost.
/// </summary>
/// <remarks>Only the rare numbers that are not plain integers come here, so plain strings will do.</remarks>
internal static class NumberText
{
    /// <summary>Returns whether the text is exactly the integer <paramref name="value"/>.</summary>
    public static bool IsExactly(ReadOnlySpan<byte> text, long value)
    {
        if (!TryNormalize(text, out bool negative, out string digits, out long exponent))
        {
            return false;
        }

        if (digits.Length == 0)
        {
            return value == 0;
        }

        if (exponent < 0 || exponent > 19 || negative != value < 0)
        {
            return false;
        }

        string expected = value.ToString(CultureInfo.InvariantCulture).TrimStart('-');
        return expected.Length == digits.Length + exponent &&
            string.CompareOrdinal(expected, 0, digits, 0, digits.Length) == 0 &&
            expected.AsSpan(digits.Length).Trim('0').IsEmpty;
    }

    /// <summary>Returns whether the text is a zero (<c>0</c>, <c>-0.0</c>, <c>0e5</c>).</summary>
    public static bool IsZero(ReadOnlySpan<byte> text) =>
        TryNormalize(text, out _, out string digits, out _) && digits.Length == 0;

    /// <summary>Splits a number into its sign, its significant digits (no leading or trailing zeros; empty
    /// for zero) and the power of ten they are multiplied by.</summary>
    private static bool TryNormalize(ReadOnlySpan<byte> text, out bool negative, out string digits, out long exponent)
    {
        string s = Encoding.UTF8.GetString(text.ToArray());
        negative = s.StartsWith("-", StringComparison.Ordinal);
        digits = string.Empty;
        exponent = 0;
        int e = s.IndexOfAny(['e', 'E']);
#if NETSTANDARD2_0
        string exponentText = e >= 0 ? s.Substring(e + 1) : string.Empty;
#else
        ReadOnlySpan<char> exponentText = e >= 0 ? s.AsSpan(e + 1) : default;
#endif
        if (e >= 0 && !long.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return false;
        }

        string mantissa = (e >= 0 ? s.Substring(0, e) : s).TrimStart('-');
        int dot = mantissa.IndexOf('.');
        string fraction = dot >= 0 ? mantissa.Substring(dot + 1) : string.Empty;
        string all = (dot >= 0 ? mantissa.Substring(0, dot) : mantissa) + fraction;
        exponent -= fraction.Length;
        all = all.TrimStart('0');
        string trimmed = all.TrimEnd('0');
        exponent += all.Length - trimmed.Length;
        digits = trimmed;
        return true;
    }
}
