namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0013: a still image shown before a video is played (<c>placeholderCanvas</c>).</summary>
public sealed class R0013PlaceholderCanvas : Recipe
{
    private const string Base = Cookbook + "0013-placeholderCanvas";

    public override string Name => "0013-placeholderCanvas";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Video recording of Donizetti's _The Elixer of Love_")
            .Canvas(Base + "/canvas/donizetti", canvas => canvas
                .Duration(7278.466)
                .Size(640, 360)
                .PlaceholderCanvas(Base + "/canvas/donizetti/placeholder", placeholder => placeholder
                    .Size(640, 360)
                    .PaintingPage(Base + "/canvas/donizetti/placeholder/1")
                    .Paint(
                        IiifContent.Image("https://fixtures.iiif.io/video/indiana/donizetti-elixir/act1-thumbnail.png", "image/png", 640, 360),
                        Base + "/canvas/donizetti/placeholder/1-image"))
                .PaintingPage(Base + "/donizetti/1")
                .Paint(
                    IiifContent.Video("https://fixtures.iiif.io/video/indiana/donizetti-elixir/vae0637_accessH264_low.mp4", "video/mp4", 640, 360, 7278.466),
                    Base + "/donizetti/1-video"))
            .Build();
}
