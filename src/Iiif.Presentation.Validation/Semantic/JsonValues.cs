namespace Iiif.Presentation.Validation.Semantic;

/// <summary>Reads the few things the rules ask of any JSON value: its <c>type</c> and <c>id</c>, its
/// values as a list, a number, and a short form for messages.</summary>
internal static class JsonValues
{
    /// <summary>Returns the <c>type</c> (or 2.x <c>@type</c>) of an object, if it is a string.</summary>
    public static string? TypeOf(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        return element.TryGetProperty("@type", out JsonElement atType) && atType.ValueKind == JsonValueKind.String
            ? atType.GetString()
            : null;
    }

    /// <summary>Returns the <c>id</c> (or 2.x <c>@id</c>) of an object, or a string value itself.</summary>
    public static string? IdOf(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }

        return element.TryGetProperty("@id", out JsonElement atId) && atId.ValueKind == JsonValueKind.String ? atId.GetString() : null;
    }

    /// <summary>Returns an array's items, or a lone value as a list of one.</summary>
    public static IEnumerable<JsonElement> Values(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : One(value);

    /// <summary>Returns whether one of the values of an object's property is the given string
    /// (a <c>behavior</c>, a <c>motivation</c>).</summary>
    public static bool HasString(JsonElement obj, string property, string text)
    {
        if (obj.TryGetProperty(property, out JsonElement value))
        {
            foreach (JsonElement item in Values(value))
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() == text)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Returns a property that is a positive whole number that fits an <see cref="int"/>; a
    /// Canvas given as a bare id string has no size, so only objects are read.</summary>
    public static int? PositiveIntOf(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number &&
        value.TryGetDouble(out double d) && d > 0 && d <= int.MaxValue && System.Math.Floor(d) == d ? (int)d : null;

    /// <summary>Returns a property that is a positive number.</summary>
    public static double? PositiveNumberOf(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number &&
        value.TryGetDouble(out double d) && d > 0 ? d : null;

    /// <summary>Names a JSON kind for a message ("a string", "an object").</summary>
    public static string Kind(JsonValueKind kind) => Serialization.JsonKinds.Describe(kind);

    /// <summary>Shortens a value to 80 characters for a message.</summary>
    public static string Show(string value) => value.Length <= 80 ? value : value.Substring(0, 77) + "...";

    private static IEnumerable<JsonElement> One(JsonElement value)
    {
        yield return value;
    }
}
