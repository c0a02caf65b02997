using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Iiif.Presentation.Tests.Support;

/// <summary>Compares JSON documents by meaning: object key order aside, numbers by value, everything
/// else exact (a lone value and a one-element array differ; empty arrays count).</summary>
public static class JsonAssert
{
    /// <summary>Fails with the JSON Pointer and both values of the first difference.</summary>
    public static void EquivalentIgnoringKeyOrder(string expected, string actual, string context = "")
    {
        using JsonDocument e = JsonDocument.Parse(expected);
        using JsonDocument a = JsonDocument.Parse(actual);
        string? difference = FirstDifference(e.RootElement, a.RootElement, string.Empty);
        if (difference is not null)
        {
            Assert.Fail($"{context}{(context.Length > 0 ? ": " : string.Empty)}{difference}");
        }
    }

    /// <summary>Returns the first difference as "location expected … but was …", or null.</summary>
    public static string? FirstDifference(JsonElement expected, JsonElement actual, string location)
    {
        if (expected.ValueKind != actual.ValueKind &&
            !(IsBoolean(expected) && IsBoolean(actual) && expected.GetBoolean() == actual.GetBoolean()))
        {
            return Describe(location, expected, actual);
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedProperties = expected.EnumerateObject().ToList();
                var actualProperties = actual.EnumerateObject().ToList();
                foreach (JsonProperty property in expectedProperties)
                {
                    var matches = actualProperties.Where(p => p.Name == property.Name).ToList();
                    if (matches.Count == 0)
                    {
                        return $"{Escape(location, property.Name)} expected {Show(property.Value)} but it is missing";
                    }

                    string? inner = FirstDifference(property.Value, matches[0].Value, Escape(location, property.Name));
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                foreach (JsonProperty property in actualProperties)
                {
                    if (!expectedProperties.Any(p => p.Name == property.Name))
                    {
                        return $"{Escape(location, property.Name)} was not expected but is {Show(property.Value)}";
                    }
                }

                if (expectedProperties.Count != actualProperties.Count)
                {
                    return $"{(location.Length == 0 ? "/" : location)} expected {expectedProperties.Count} properties but has {actualProperties.Count}";
                }

                return null;

            case JsonValueKind.Array:
                int expectedLength = expected.GetArrayLength();
                int actualLength = actual.GetArrayLength();
                if (expectedLength != actualLength)
                {
                    return $"{(location.Length == 0 ? "/" : location)} expected {expectedLength} items but has {actualLength}";
                }

                for (int i = 0; i < expectedLength; i++)
                {
                    string? inner = FirstDifference(expected[i], actual[i], $"{location}/{i}");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;

            case JsonValueKind.Number:
                return NumbersEqual(expected, actual) ? null : Describe(location, expected, actual);

            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : Describe(location, expected, actual);

            default:
                return null;
        }
    }

    private static bool NumbersEqual(JsonElement expected, JsonElement actual)
    {
        if (expected.GetRawText() == actual.GetRawText())
        {
            return true;
        }

        if (decimal.TryParse(expected.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal e) &&
            decimal.TryParse(actual.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal a))
        {
            return e == a;
        }

        return expected.TryGetDouble(out double de) && actual.TryGetDouble(out double da) && de.Equals(da);
    }

    private static bool IsBoolean(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static string Escape(string location, string name) =>
        $"{location}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    private static string Describe(string location, JsonElement expected, JsonElement actual) =>
        $"{(location.Length == 0 ? "/" : location)} expected {Show(expected)} but was {Show(actual)}";

    private static string Show(JsonElement element)
    {
        string raw = element.GetRawText();
        return raw.Length <= 120 ? raw : string.Concat(raw.AsSpan(0, 117), "...");
    }
}
