using System.Linq;
#if NET8_0
using System.Text;
#else
using System.Runtime.InteropServices;
#endif

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Gives the name of a property as one shared string when it is a key Presentation 2 documents use often,
/// so the walk does not make a new string for every <c>@id</c> it passes.
/// </summary>
/// <remarks>A cache and nothing more: the key's UTF-8 bytes are looked up in a table (on .NET 8, compared
/// with each key, most frequent first), and a key not listed is read as a new string. Immutable; thread-safe.</remarks>
internal static class V2Keys
{
    /// <summary>The keys, most frequent first (as counted in a corpus of 2.x documents).</summary>
    private static readonly string[] s_names =
    [
        "@id", "@type", "width", "height", "label", "@context", "format", "profile", "service", "motivation", "resource",
        "images", "on", "value", "thumbnail", "@value", "@language", "canvases", "tiles", "protocol", "otherContent",
        "within", "qualities", "supports", "members", "seeAlso", "metadata", "sizes", "formats", "type", "startCanvas",
        "ranges", "license", "description", "sequences", "navDate", "attribution", "logo", "viewingHint", "related",
        "rendering", "chars", "viewingDirection", "default", "item", "structures", "resources", "full", "contentLayer",
        "selector", "manifests", "id", "collections", "language",
    ];

#if NET8_0
    private static readonly byte[][] s_utf8 = [.. s_names.Select(Encoding.UTF8.GetBytes)];
#else
    private static readonly Utf8Table<string> s_table = new(s_names.Select(name => new KeyValuePair<string, string>(name, name)));
#endif

    /// <summary>Returns the name of a property, shared when it is a frequent key.</summary>
    public static string Name(JsonProperty property)
    {
#if NET8_0
        // System.Text.Json 8 cannot show a name's bytes: compare with each key in turn.
        for (int i = 0; i < s_utf8.Length; i++)
        {
            if (property.NameEquals(s_utf8[i]))
            {
                return s_names[i];
            }
        }

        return property.Name;
#else
        // One hashed lookup of the name's bytes as written; a name written with escapes is read as usual.
        return s_table.TryGetValue(JsonMarshal.GetRawUtf8PropertyName(property), out string? name) ? name : property.Name;
#endif
    }
}
