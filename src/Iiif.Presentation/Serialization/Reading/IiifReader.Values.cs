using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Reads the model from a <see cref="Utf8JsonReader"/> in one pass, without an intermediate DOM.
/// </summary>
/// <remarks>
/// <para>
/// Every <c>ReadXxx</c> that returns a value or <see langword="null"/> follows one contract: the reader
/// is on the first token of the value; on success it is left on the value's last token; on
/// <see langword="null"/> (the JSON has a shape the model cannot hold) it is left where it was, so the
/// caller can keep the raw value in the extension data instead. Only input that is not JSON, or that
/// breaks the duplicate-key policy, throws (a <see cref="JsonException"/>; <see cref="IiifJson"/>
/// adds the path and position).
/// </para>
/// <para>The caller must have the whole value in the reader's buffer (a complete document, or a value
/// handed to a converter), so <see cref="Utf8JsonReader.Read"/> only fails on malformed input.</para>
/// </remarks>
internal static partial class IiifReader
{
    /// <summary>Moves to the next token; the input ending here is malformed JSON.</summary>
    internal static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            ThrowTruncated();
        }
    }

    [DoesNotReturn]
    private static void ThrowTruncated() =>
        throw new JsonException("The JSON ends before the value is complete.");

    [DoesNotReturn]
    internal static void ThrowDuplicate(string name) =>
        throw new JsonException(
            $"The property '{name}' appears twice in the same object. Duplicate keys are not accepted: " +
            "JSON parsers disagree on which one wins, so keeping either would change what the document says.");

    /// <summary>Reads an integer; an integral number written with a fraction or exponent (<c>1200.0</c>)
    /// counts, since JSON compares numbers by value.</summary>
    internal static int? ReadInt(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return null;
        }

        if (reader.TryGetInt32(out int value))
        {
            return value;
        }

        return reader.TryGetDouble(out double d) && d >= int.MinValue && d <= int.MaxValue && Math.Floor(d) == d &&
            NumberText.IsExactly(ValueBytes(ref reader), (long)d)
            ? (int)d
            : null;
    }

    internal static long? ReadLong(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return null;
        }

        if (reader.TryGetInt64(out long value))
        {
            return value;
        }

        return reader.TryGetDouble(out double d) && d >= -9.0e18 && d <= 9.0e18 && Math.Floor(d) == d &&
            NumberText.IsExactly(ValueBytes(ref reader), (long)d)
            ? (long)d
            : null;
    }

    private static ReadOnlySpan<byte> ValueBytes(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;

    /// <summary>Reads a number as a double when that keeps its value exactly; a number with more
    /// precision than a double holds, or outside its range, stays raw so no digit is lost.</summary>
    internal static double? ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out double value) ||
            double.IsInfinity(value))
        {
            return null;
        }

        // Below the normal range a double rounds short texts too: 1E-400 would become 0.
        if (Math.Abs(value) < 2.2250738585072014E-308 && !(value == 0 && NumberText.IsZero(ValueBytes(ref reader))))
        {
            return null;
        }

        // Any decimal of at most 15 significant digits survives a trip through a double; longer
        // text (counting sign, point and exponent, so this errs on the safe side) is checked.
        ReadOnlySpan<byte> text = reader.HasValueSequence ? default : reader.ValueSpan;
        if (reader.HasValueSequence || text.Length > 15)
        {
            string original = reader.HasValueSequence
                ? System.Text.Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence))
                : System.Text.Encoding.UTF8.GetString(text.ToArray());
            string roundTripped = value.ToString("R", CultureInfo.InvariantCulture);
            if (!decimal.TryParse(original, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal a) ||
                !decimal.TryParse(roundTripped, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal b) ||
                a != b)
            {
                return null;
            }
        }

        return value;
    }

    /// <summary>Reads a string, or an array of strings; a lone string is remembered as such.</summary>
    private static OneOrMany<string>? ReadStringList(ref Utf8JsonReader reader, bool vocabulary)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var single = new OneOrMany<string> { IsSingleValue = true, WriteWhenEmpty = true };
            single.Add(vocabulary ? WellKnownStrings.Get(ref reader) : Utf8Text.GetString(ref reader));
            return single;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        Utf8JsonReader start = reader;
        var list = new OneOrMany<string> { WriteWhenEmpty = true };
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                reader = start;
                return null;
            }

            list.Add(vocabulary ? WellKnownStrings.Get(ref reader) : Utf8Text.GetString(ref reader));
        }
    }

    /// <summary>Reads a language map; a plain string is kept as one, marked <see cref="LanguageMap.IsPlainString"/>.</summary>
    internal static LanguageMap? ReadLanguageMap(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var plain = new LanguageMap { IsPlainString = true };
            plain.AddEntry(LanguageMap.NoLanguage, Utf8Text.GetString(ref reader));
            return plain;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        Utf8JsonReader start = reader;
        var map = new LanguageMap();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return map;
            }

            string language = WellKnownStrings.Get(ref reader);
            if (map.ContainsKey(language))
            {
                ThrowDuplicate(language);
            }

            Next(ref reader);
            if (TryReadArrayOfOneString(ref reader) is { } only)
            {
                map.AddEntry(language, only);
                continue;
            }

            OneOrMany<string>? values = ReadStringList(ref reader, vocabulary: false);
            if (values is null)
            {
                reader = start;
                return null;
            }

            map.AddEntry(language, values);
        }
    }

    /// <summary>Reads an array that holds exactly one string, the usual value of a language map, without
    /// creating a list for it; anything else returns <see langword="null"/> and leaves the reader where it was.</summary>
    private static string? TryReadArrayOfOneString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        Utf8JsonReader ahead = reader;
        Next(ref ahead);
        if (ahead.TokenType != JsonTokenType.String)
        {
            return null;
        }

        Utf8JsonReader atString = ahead;
        Next(ref ahead);
        if (ahead.TokenType != JsonTokenType.EndArray)
        {
            return null;
        }

        reader = ahead;
        return atString.GetString();
    }

    /// <summary>Keeps a value the model has no typed member for, or cannot hold, in the extension data.</summary>
    private static void AddExtension(ref Utf8JsonReader reader, ExtensionDataCollection extensions, string name)
    {
        if (extensions.ContainsKey(name))
        {
            ThrowDuplicate(name);
        }

        DuplicateKeys.Check(ref reader);
        extensions.AddOwned(name, JsonElement.ParseValue(ref reader));
    }

    /// <summary>Throws when a property already went to the extension data, so a typed member cannot take
    /// a second copy unnoticed.</summary>
    private static void CheckNotInExtensions(ExtensionDataCollection? extensions, string name)
    {
        if (extensions is { Count: > 0 } && extensions.ContainsKey(name))
        {
            ThrowDuplicate(name);
        }
    }
}
