namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0219: a video with its captions in a WebVTT file, supplementing its Canvas.</summary>
public sealed class R0219UsingCaptionFile : Recipe
{
    private const string Base = Cookbook + "0219-using-caption-file";

    public override string Name => "0219-using-caption-file";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Lunchroom Manners")
            .Canvas(Base + "/canvas", canvas => R0003MvmVideo.LunchroomManners(canvas, Base, "annotation1")
                .Annotations(Base + "/canvas/page2", page => page
                    .Annotation(Base + "/canvas/page2/a1", Motivation.Supplementing, a => a
                        .Body(R0074MultipleLanguageCaptions.Captions(
                            "https://fixtures.iiif.io/video/indiana/lunchroom_manners/lunchroom_manners.vtt", "en", "Captions in WebVTT format")))))
            .Build();
}
