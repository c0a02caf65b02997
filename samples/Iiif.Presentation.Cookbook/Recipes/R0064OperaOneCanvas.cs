namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0064: an opera in two video files painted one after the other on one Canvas.</summary>
public sealed class R0064OperaOneCanvas : Recipe
{
    private const string Base = Cookbook + "0064-opera-one-canvas";
    private const string Videos = "https://fixtures.iiif.io/video/indiana/donizetti-elixir/";

    public override string Name => "0064-opera-one-canvas";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("it", "L'Elisir D'Amore")
            .Label("en", "The Elixir of Love")
            .Metadata("en", "Date Issued", "2019")
            .Metadata("en", "Publisher", "Indiana University Jacobs School of Music")
            .Canvas(Base + "/canvas/1", canvas => canvas
                .Size(1920, 1080)
                .Duration(7278.422)
                .PaintingPage(Base + "/canvas/1/annotation_page/1")
                .Paint(IiifContent.Video(Videos + "vae0637_accessH264_low_act_1.mp4", "video/mp4", 1920, 1080, 3971.24), Base + "/canvas/1/annotation_page/1/annotation/1", "t=0,3971.24")
                .Paint(IiifContent.Video(Videos + "vae0637_accessH264_low_act_2.mp4", "video/mp4", 1920, 1080, 3307.22), Base + "/canvas/1/annotation_page/1/annotation/2", "t=3971.24")
                .Thumbnail(new Image(Videos + "act1-thumbnail.png")))
            .Range(Base + "/range/1", opera => R0026TocOpera.Acts(opera, "3971.24,7278.422", Base))
            .Build();
}
