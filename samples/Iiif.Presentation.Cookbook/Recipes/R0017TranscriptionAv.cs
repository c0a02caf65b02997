namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0017: the transcript of a video, linked from its Canvas as a rendering.</summary>
public sealed class R0017TranscriptionAv : Recipe
{
    private const string Base = Cookbook + "0017-transcription-av";

    public override string Name => "0017-transcription-av";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Volleyball for Boys")
            .Canvas(Base + "/canvas", canvas => canvas
                .Size(1920, 1080)
                .Duration(662.037)
                .PaintingPage(Base + "/canvas/page")
                .Paint(
                    IiifContent.Video("https://fixtures.iiif.io/video/indiana/volleyball/high/volleyball-for-boys.mp4", "video/mp4", 1920, 1080, 662.037),
                    Base + "/canvas/page/annotation")
                .Rendering(IiifContent.Link("https://fixtures.iiif.io/video/indiana/volleyball/volleyball.txt", "Text", En("Transcript"), "text/plain")))
            .Build();
}
