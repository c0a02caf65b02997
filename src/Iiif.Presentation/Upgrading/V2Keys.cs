using System.Text;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Gives the name of a property as one shared string when it is a key Presentation 2 documents use often,
/// so the walk does not make a new string for every <c>@id</c> it passes.
/// </summary>
/// <remarks>A cache and nothing more: the keys are compared as UTF-8, most frequent first, and a key not
/// listed is read as a new string. Immutable; thread-safe.</remarks>
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

    private static readonly byte[][] s_utf8 = Encode(s_names);

    /// <summary>Returns the name of a property, shared when it is a frequent key.</summary>
    public static string Name(JsonProperty property)
    {
        for (int i = 0; i < s_utf8.Length; i++)
        {
            if (property.NameEquals(s_utf8[i]))
            {
                return s_names[i];
            }
        }

        return property.Name;
    }

    private static byte[][] Encode(string[] names)
    {
        var utf8 = new byte[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }

        return utf8;
    }
}
