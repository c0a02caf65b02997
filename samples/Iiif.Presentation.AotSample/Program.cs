using System;
using Iiif.Presentation;

// Reads a Manifest, builds another with the builder, writes both, and reads the output back: the whole
// round trip of the core package, in an app compiled ahead of time.
const string Input = """
    {"@context": "http://iiif.io/api/presentation/3/context.json",
     "id": "https://example.org/iiif/letter/manifest", "type": "Manifest",
     "label": {"en": ["A letter"], "fr": ["Une lettre"]},
     "items": [{"id": "https://example.org/iiif/letter/canvas/1", "type": "Canvas", "height": 1000, "width": 800,
                "x-archive": {"box": 12}}]}
    """;

Manifest read = IiifJson.Deserialize<Manifest>(Input);
Console.WriteLine($"read: {read.Label} ({read.Label!.Count} languages), {read.Items.Count} canvas, extension {read.Items[0].ExtensionData["x-archive"].GetRawText()}");

Manifest built = new ManifestBuilder("https://example.org/iiif/book/manifest")
    .Label("en", "A book")
    .Canvas(canvas => canvas
        .Label("en", "p. 1")
        .Size(1200, 1800)
        .Paint(IiifContent.ImageFromService("https://example.org/iiif/image/p1", 1200, 1800)))
    .Build();
string json = IiifJson.Serialize(built, new IiifWriteOptions { Indented = false });
Console.WriteLine($"built: {json.Length} characters, {built.Items[0].Items[0].Items.Count} painting annotation");

Manifest again = IiifJson.Deserialize<Manifest>(json);
bool same = IiifJson.Serialize(again, new IiifWriteOptions { Indented = false }) == json &&
    IiifJson.Serialize(IiifJson.Deserialize<Manifest>(IiifJson.Serialize(read))) == IiifJson.Serialize(read);
Console.WriteLine(same ? "round trip: identical" : "round trip: DIFFERENT");
return same ? 0 : 1;
