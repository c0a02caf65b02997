using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Upgrading;

/// <summary>Reads values of a Presentation 2 document: ids, types, the items of a value 2.x allows as a lone
/// value or a list. Never throws on a value of the wrong kind.</summary>
internal static class V2Json
{
    /// <summary>Returns the items of a value the specification wants as an array, or the lone value in its place.</summary>
    public static Items ItemsOf(JsonElement value) => new(value);

    /// <summary>The items of a value that may be a list or a lone value, each with where it is in the input.</summary>
    public static PlacedItems ItemsOf(JsonElement value, At at) => new(value, at);

    /// <summary>Returns the text of a JSON string (as <see cref="JsonElement.GetString"/> does), sharing the
    /// instance of a well-known value (a type, a format, a profile) or of equal text read recently (a label
    /// or a logo repeated on every Canvas).</summary>
    public static string? Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? WellKnownStrings.Get(value) : value.GetString();

    /// <summary>Reads the text of a string that names a Canvas (or another resource referred to from several
    /// places): its copies share one string (<see cref="SharedIds"/>). Only such strings are shared, so the
    /// table stays small beside the document.</summary>
    public static string? Reference(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? WellKnownStrings.Get(value, shareIds: true) : value.GetString();

    /// <summary>Returns a property of an object when it is a string (read as <see cref="Reference"/> when
    /// <paramref name="reference"/>); otherwise <see langword="null"/>.</summary>
    public static string? StringOf(JsonElement element, ReadOnlySpan<byte> property, bool reference = false) =>
        Property(element, property) is { } value ? Read(value, reference) : null;

    /// <summary>Reads a string as <see cref="Reference"/> when <paramref name="reference"/>, else as <see cref="Text"/>.</summary>
    private static string? Read(JsonElement value, bool reference) => reference ? Reference(value) : Text(value);

    /// <summary>Returns a property of an object when it is a string; otherwise <see langword="null"/>.</summary>
    private static JsonElement? Property(JsonElement element, ReadOnlySpan<byte> property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value
            : null;

    /// <summary>Returns whether an object has a property.</summary>
    public static bool Has(JsonElement element, ReadOnlySpan<byte> property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out _);

    /// <summary>Returns the input id of an object (<c>@id</c>, else <c>id</c>) or a bare URI string; read as
    /// <see cref="Reference"/> when <paramref name="reference"/> (a Canvas's id, or a string naming one).</summary>
    public static string? IdOf(JsonElement element, bool reference = false) => IdOf(element, out _, reference);

    /// <summary>Returns the input id of an object as <see cref="IdOf(JsonElement, bool)"/> does, and the key it
    /// has in the input: <c>@id</c> when the object has one (even one that is not a string), else <c>id</c>.</summary>
    public static string? IdOf(JsonElement element, out string key, bool reference = false)
    {
        key = "id";
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Read(element, reference);
            case JsonValueKind.Object when element.TryGetProperty("@id"u8, out JsonElement atId):
                key = "@id";
                return atId.ValueKind == JsonValueKind.String ? Read(atId, reference) : StringOf(element, "id"u8, reference);
            case JsonValueKind.Object:
                return StringOf(element, "id"u8, reference);
            default:
                return null;
        }
    }

    /// <summary>Returns the type an object gives as a string (<c>@type</c>, else <c>type</c>).</summary>
    public static string? TypeOf(JsonElement element) => StringOf(element, "@type"u8) ?? StringOf(element, "type"u8);

    /// <summary>Returns whether an object has properties.</summary>
    public static bool IsEmptyObject(JsonElement element)
    {
        using JsonElement.ObjectEnumerator properties = element.EnumerateObject();
        return !properties.MoveNext();
    }

    /// <summary>Names the kind of a value for a message ("a string", "an object").</summary>
    public static string Kind(JsonValueKind kind) => JsonKinds.Describe(kind);

    /// <summary>Describes a value for a message: a string quoted (cut at 60 characters), else its kind.</summary>
    public static string Describe(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return Kind(value.ValueKind);
        }

        string text = Text(value)!;
        return "\"" + (text.Length > 60 ? text.Substring(0, 57) + "..." : text) + "\"";
    }

    /// <summary>Removes a fragment (<c>#…</c>) from an id.</summary>
    public static string WithoutFragment(string id)
    {
        int hash = id.IndexOf('#');
        return hash < 0 ? id : id.Substring(0, hash);
    }

    /// <summary>The items of a value that may be a list or a lone value, enumerated without allocating.</summary>
    public readonly struct Items
    {
        private readonly JsonElement _value;

        public Items(JsonElement value) => _value = value;

        /// <summary>Gets whether the value is an array (its items have indexes in the input).</summary>
        public bool IsArray => _value.ValueKind == JsonValueKind.Array;

        public Enumerator GetEnumerator() => new(_value);

        /// <summary>Enumerates an array's items, or the lone value once.</summary>
        public struct Enumerator
        {
            private readonly JsonElement _value;
            private readonly bool _isArray; // read once: each ValueKind is a lookup in the parsed document
            private JsonElement.ArrayEnumerator _array;
            private int _state;

            public Enumerator(JsonElement value)
            {
                _value = value;
                _isArray = value.ValueKind == JsonValueKind.Array;
                _array = _isArray ? value.EnumerateArray() : default;
                _state = 0;
            }

            /// <summary>Gets whether the value is an array.</summary>
            public readonly bool IsArray => _isArray;

            public readonly JsonElement Current => _isArray ? _array.Current : _value;

            public bool MoveNext() => _isArray ? _array.MoveNext() : _state++ == 0;
        }
    }

    /// <summary>The items of a value that may be a list or a lone value, each with its place in the input:
    /// <c>/key/N</c> for an array's items, the value's own place for a lone value.</summary>
    public readonly struct PlacedItems(JsonElement value, At at)
    {
        public Enumerator GetEnumerator() => new(value, at);

        /// <summary>Enumerates the items and their places.</summary>
        public struct Enumerator(JsonElement value, At at)
        {
            private Items.Enumerator _items = new(value);
            private int _index = -1;

            public readonly (JsonElement Item, At At) Current => (_items.Current, _items.IsArray ? at.Item(_index) : at);

            public bool MoveNext()
            {
                _index++;
                return _items.MoveNext();
            }
        }
    }
}
