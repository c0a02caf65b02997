using System.Globalization;

namespace Iiif.Presentation.Diff;

/// <summary>
/// The comparable forms of JSON values for <see cref="JsonComparer"/>: a number by its exact value, and a
/// hash that equal values share whatever their key and item order.
/// </summary>
internal static class JsonValueKey
{
    /// <summary>
    /// Returns a number's value as text that equal values share: the significant digits and a power of ten
    /// (<c>1.50</c>, <c>15e-1</c> and <c>0.15E1</c> are all <c>15e-1</c>); zero is <c>0</c>, whatever its sign.
    /// </summary>
    public static string Number(JsonElement number)
    {
        string text = number.GetRawText();
        int end = text.IndexOfAny(['e', 'E']);
        long exponent = 0;
#if NETSTANDARD2_0
        string exponentText = end < 0 ? string.Empty : text.Substring(end + 1);
#else
        ReadOnlySpan<char> exponentText = end < 0 ? default : text.AsSpan(end + 1);
#endif
        if (end >= 0 && !long.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return text; // An exponent past 19 digits: compare such numbers by their text.
        }

        string mantissa = end < 0 ? text : text.Substring(0, end);
        bool negative = mantissa[0] == '-';
        int dot = mantissa.IndexOf('.');
        string digits = mantissa.Replace("-", string.Empty).Replace(".", string.Empty).TrimStart('0');
        if (dot >= 0)
        {
            exponent -= mantissa.Length - dot - 1;
        }

        if (digits.Length == 0)
        {
            return "0";
        }

        int significant = digits.TrimEnd('0').Length;
        exponent += digits.Length - significant;
        return (negative ? "-" : string.Empty) + digits.Substring(0, significant) + "e" +
            exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Returns a hash that values equal by <see cref="JsonComparer"/> share: objects and arrays are
    /// hashed without their order, so that arrays compared as sets share it too.</summary>
    public static int Hash(JsonElement value, bool numberText)
    {
        unchecked
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    int members = 17;
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        members += (StringComparer.Ordinal.GetHashCode(property.Name) * 31) ^ Hash(property.Value, numberText);
                    }

                    return members;
                case JsonValueKind.Array:
                    int items = 19;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        items += Hash(item, numberText);
                    }

                    return items;
                case JsonValueKind.String:
                    return StringComparer.Ordinal.GetHashCode(value.GetString()!);
                case JsonValueKind.Number:
                    return StringComparer.Ordinal.GetHashCode(numberText ? value.GetRawText() : Number(value));
                default:
                    return (int)value.ValueKind;
            }
        }
    }
}
