namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0232: video Canvases with still images as thumbnails.</summary>
public sealed class R0232ImageThumbnailAv : Recipe
{
    private const string Base = Cookbook + "0232-image-thumbnail-canvas";
    private const string Videos = "https://fixtures.iiif.io/video/indiana/donizetti-elixir/";

    public override string Name => "0232-image-thumbnail-canvas__manifest-av";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest-av.json")
            .Label("en", "Video recording of Donizetti's _The Elixir of Love_")
            .Canvas(Base + "/canvas/donizetti/1", canvas => Act(canvas, 1, 3971.243))
            .Canvas(Base + "/canvas/donizetti/2", canvas => Act(canvas, 2, 3307.224))
            .Build();

    private static void Act(CanvasBuilder canvas, int act, double duration) => canvas
        .Label("en", $"The Elixir of Love, Act {act}")
        .Duration(duration)
        .Size(640, 360)
        .Thumbnail(IiifContent.Image($"{Videos}act{act}-thumbnail.png", "image/png", 640, 360))
        .PaintingPage($"{Base}/donizetti/{act}/1")
        .Paint(IiifContent.Video($"{Videos}vae0637_accessH264_low_act_{act}.mp4", "video/mp4", 640, 360, duration), $"{Base}/donizetti/{act}/1-video");
}
