using System.Text.Json;

namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0103: a comment on a few seconds of a poetry reading (a <c>#t=</c> fragment of a Canvas with a duration).</summary>
public sealed class R0103PoetryReadingAnnotations : Recipe
{
    private const string Canvas = Cookbook + "0103-poetry-reading-annotations/canvas/1";

    public override string Name => "0103-poetry-reading-annotations";

    public override IiifResource Build() =>
        new ManifestBuilder(Cookbook + "0103-poetry-reading-annotations/manifest.json")
            .Label("en", "Mediation and Lived Experience - Daphne Marlatt Performs With Her Younger Self")
            .Canvas(Canvas, canvas => canvas
                .Duration(707.81)
                .PaintingPage(Canvas + "/item_page/1")
                .Paint(
                    IiifContent.Sound("https://fixtures.iiif.io/audio/ubc/Performing-the-Archive-Leaf-leafs-by-Daphne-Marlatt.mp3", "audio/mpeg", 707.81),
                    Canvas + "/painting/1")
                .Annotations(Canvas + "/page1", page => page
                    .Label("en", "Environmental Noise")
                    .Annotation(Canvas + "/page1/anno2", Motivation.Commenting, comment => comment
                        .Body(Noise())
                        .Target(Canvas + "#t=702.0,705.0")
                        // Model setter: the recipe writes this annotation's motivation and body as arrays of one, where
                        // the builder writes the single values of the spec's examples.
                        .Configure(a =>
                        {
                            a.Motivation.SetSingleValue(false);
                            a.Body.SetSingleValue(false);
                        }))))
            .Build();

    /// <summary>The comment, which the recipe gives a <c>motivation</c> of its own.</summary>
    private static TextualBody Noise()
    {
        TextualBody body = IiifContent.Text("Soft laughter, rustling", format: "text/plain");

        // Model setter: motivation is no property of a body (the W3C model gives a body a purpose), so the
        // builder has no call for it; it is kept, in its place, as a property the model does not know.
        using JsonDocument commenting = JsonDocument.Parse("\"commenting\"");
        body.ExtensionData.Add("motivation", commenting.RootElement.Clone());
        return body;
    }
}
