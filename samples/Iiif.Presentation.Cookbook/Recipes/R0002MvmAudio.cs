namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0002: a Manifest with one audio file on a Canvas with a duration.</summary>
public sealed class R0002MvmAudio : Recipe
{
    private const string Base = Cookbook + "0002-mvm-audio";

    public override string Name => "0002-mvm-audio";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Simplest Audio Example 1")
            .Canvas(Base + "/canvas", canvas => canvas
                .Duration(1985.024)
                .PaintingPage(Base + "/canvas/page")
                .Paint(
                    IiifContent.Sound("https://fixtures.iiif.io/audio/indiana/mahler-symphony-3/CD1/medium/128Kbps.mp4", "audio/mp4", 1985.024),
                    Base + "/canvas/page/annotation"))
            .Build();
}
