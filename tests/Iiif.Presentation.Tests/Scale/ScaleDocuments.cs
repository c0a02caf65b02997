using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Iiif.Presentation.Tests.Scale;

/// <summary>
/// Writes Manifests of any number of canvases, in Presentation 3.0 and in 2.1, straight to bytes: the
/// shape of a digitised book (a label, a size and one painted image with an image service per canvas,
/// and a table of contents of one Range per hundred canvases). Generated in the test, never committed.
/// </summary>
public static class ScaleDocuments
{
    private const string Base = "https://example.org/iiif/scale";
    private const string Images = "https://images.example.org/iiif";

    /// <summary>Returns a 3.0 Manifest of <paramref name="canvases"/> canvases.</summary>
    public static byte[] Presentation3(int canvases)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("@context", "http://iiif.io/api/presentation/3/context.json");
            w.WriteString("id", $"{Base}/manifest");
            w.WriteString("type", "Manifest");
            Label(w, "en", $"A book of {canvases} pages");
            w.WriteStartArray("items");
            for (int i = 1; i <= canvases; i++)
            {
                string canvas = $"{Base}/canvas/{i}";
                string image = $"{Images}/{i:D6}";
                w.WriteStartObject();
                w.WriteString("id", canvas);
                w.WriteString("type", "Canvas");
                Label(w, "none", $"p. {i.ToString(CultureInfo.InvariantCulture)}");
                w.WriteNumber("height", 4000);
                w.WriteNumber("width", 3000);
                w.WriteStartArray("items");
                w.WriteStartObject();
                w.WriteString("id", $"{canvas}/page");
                w.WriteString("type", "AnnotationPage");
                w.WriteStartArray("items");
                w.WriteStartObject();
                w.WriteString("id", $"{canvas}/page/image");
                w.WriteString("type", "Annotation");
                w.WriteString("motivation", "painting");
                w.WriteStartObject("body");
                w.WriteString("id", $"{image}/full/max/0/default.jpg");
                w.WriteString("type", "Image");
                w.WriteString("format", "image/jpeg");
                w.WriteNumber("height", 4000);
                w.WriteNumber("width", 3000);
                w.WriteStartArray("service");
                w.WriteStartObject();
                w.WriteString("id", image);
                w.WriteString("type", "ImageService3");
                w.WriteString("profile", "level1");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteString("target", canvas);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("structures");
            for (int first = 1; first <= canvases; first += 100)
            {
                w.WriteStartObject();
                w.WriteString("id", $"{Base}/range/{first}");
                w.WriteString("type", "Range");
                Label(w, "en", $"From page {first}");
                w.WriteStartArray("items");
                for (int i = first; i < first + 100 && i <= canvases; i++)
                {
                    w.WriteStartObject();
                    w.WriteString("id", $"{Base}/canvas/{i}");
                    w.WriteString("type", "Canvas");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Returns the same book as a 2.1 Manifest.</summary>
    public static byte[] Presentation2(int canvases)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("@context", "http://iiif.io/api/presentation/2/context.json");
            w.WriteString("@id", $"{Base}/manifest");
            w.WriteString("@type", "sc:Manifest");
            w.WriteString("label", $"A book of {canvases} pages");
            w.WriteStartArray("sequences");
            w.WriteStartObject();
            w.WriteString("@type", "sc:Sequence");
            w.WriteStartArray("canvases");
            for (int i = 1; i <= canvases; i++)
            {
                string canvas = $"{Base}/canvas/{i}";
                string image = $"{Images}/{i:D6}";
                w.WriteStartObject();
                w.WriteString("@id", canvas);
                w.WriteString("@type", "sc:Canvas");
                w.WriteString("label", $"p. {i.ToString(CultureInfo.InvariantCulture)}");
                w.WriteNumber("height", 4000);
                w.WriteNumber("width", 3000);
                w.WriteStartArray("images");
                w.WriteStartObject();
                w.WriteString("@type", "oa:Annotation");
                w.WriteString("motivation", "sc:painting");
                w.WriteStartObject("resource");
                w.WriteString("@id", $"{image}/full/full/0/default.jpg");
                w.WriteString("@type", "dctypes:Image");
                w.WriteString("format", "image/jpeg");
                w.WriteNumber("height", 4000);
                w.WriteNumber("width", 3000);
                w.WriteStartObject("service");
                w.WriteString("@context", "http://iiif.io/api/image/2/context.json");
                w.WriteString("@id", image);
                w.WriteString("profile", "http://iiif.io/api/image/2/level1.json");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteString("on", canvas);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void Label(Utf8JsonWriter w, string language, string text)
    {
        w.WriteStartObject("label");
        w.WriteStartArray(language);
        w.WriteStringValue(text);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
