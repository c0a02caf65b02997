using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;

namespace Iiif.Presentation.Serialization.Writing;

/// <summary>The property names the writer writes, encoded once.</summary>
internal static class JsonNames
{
    private static readonly JsonEncodedText[] s_names = Build();

    public static JsonEncodedText Get(PropertyId id) => s_names[(int)id];

    private static JsonEncodedText[] Build()
    {
        var names = new JsonEncodedText[PropertyNames.Count];
        for (int i = 1; i < names.Length; i++)
        {
            names[i] = JsonEncodedText.Encode(PropertyNames.GetName((PropertyId)i));
        }

        return names;
    }
}
