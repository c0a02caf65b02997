namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0489: an image, a video and texts painted on one Canvas at different places and times.</summary>
public sealed class R0489MultimediaCanvas : Recipe
{
    private const string Base = Cookbook + "0489-multimedia-canvas";

    public override string Name => "0489-multimedia-canvas";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Multimedia Canvas")
            .Canvas(Base + "/canvas", canvas => canvas
                .Size(70399, 31722)
                .Duration(180)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/36ca0a3370db128ec984b33d71a1543d-100320001004", 70399, 31722), null, "t=11,42")
                .Paint(
                    IiifContent.Video("https://fixtures.iiif.io/video/indiana/30-minute-clock/medium/30-minute-clock.mp4", "video/mp4", 640, 360, 1801.055),
                    Base + "/annotation/p0002-video", "xywh=1000,500,5000,6000&t=11,42")
                .Paint(Html("<p style='font-size:2000px'>Press Play</p>"), Base + "/annotation/p0004-text", "xywh=30200,10200,15000,5000&t=0,1")
                .Paint(
                    Html("<p style='font-size:1500px'>In 10 seconds, this text will be replaced by a clock and an image. You will have 30 seconds (shown on the clock) in which to take notes on the image you see. After 30 seconds, the image will be replaced by the start screen. You will not be responsible for the part of the image covered by the clock.</p>"),
                    Base + "/annotation/p0005-text", "xywh=20220,5000,30000,5000&t=1,11")
                .Paint(Html("<p style='font-size:2000px'>Close your browser</p>"), Base + "/annotation/p0006-text", "xywh=27000,10200,25000,5000&t=42,180"))
            .Build();

    private static TextualBody Html(string html) => IiifContent.Text(html, "en", "text/html");
}
