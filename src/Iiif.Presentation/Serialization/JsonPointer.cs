using System.Globalization;

namespace Iiif.Presentation.Serialization;

/// <summary>
/// JSON Pointers (RFC 6901): the one place that builds, splits and resolves them, for the reader's error
/// locations, the traversal, the upgrader's notes and the validator's findings.
/// </summary>
internal static class JsonPointer
{
    /// <summary>Escapes a key for use as a pointer token: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>.</summary>
    public static string Escape(string key) =>
        key.IndexOf('~') < 0 && key.IndexOf('/') < 0 ? key : key.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Turns a pointer token back into the key it stands for.</summary>
    public static string Unescape(string token) =>
        token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");

    /// <summary>Returns the pointer of a property of the value at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, string key) => pointer + "/" + Escape(key);

    /// <summary>Returns the pointer of an item of the array at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the pointer of the value that holds the one at <paramref name="pointer"/>; the
    /// whole document (<c>""</c>) for a top-level property and for the document itself.</summary>
    public static string Parent(string pointer)
    {
        int slash = pointer.LastIndexOf('/');
        return slash <= 0 ? string.Empty : pointer.Substring(0, slash);
    }

    /// <summary>Returns the key (or index, as text) the last token of a pointer names; empty for <c>""</c>.</summary>
    public static string LastKey(string pointer)
    {
        int slash = pointer.LastIndexOf('/');
        return slash < 0 ? string.Empty : Unescape(pointer.Substring(slash + 1));
    }

    /// <summary>Finds the value a pointer names below a JSON value.</summary>
    /// <param name="root">The value the pointer is relative to.</param>
    /// <param name="pointer">The pointer: <c>""</c> for <paramref name="root"/> itself.</param>
    /// <param name="value">The value found.</param>
    /// <returns>Whether the pointer names a value; a malformed pointer names none.</returns>
    public static bool TryResolve(JsonElement root, string pointer, out JsonElement value)
    {
        value = root;
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        foreach (string token in pointer.Substring(1).Split('/'))
        {
            string key = Unescape(token);
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty(key, out JsonElement next))
            {
                value = next;
            }
            else if (value.ValueKind == JsonValueKind.Array && IsIndex(key) &&
                     int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < value.GetArrayLength())
            {
                value = value[index];
            }
            else
            {
                value = default;
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the value a pointer names, or <see langword="null"/>.</summary>
    public static JsonElement? Resolve(JsonElement root, string pointer) =>
        TryResolve(root, pointer, out JsonElement value) ? value : null;

    /// <summary>RFC 6901 array indexes: <c>0</c>, or digits without a leading zero.</summary>
    private static bool IsIndex(string token) =>
        token.Length > 0 && (token == "0" || (token[0] != '0' && token.Length <= 10));
}
