namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0057: the 3.0 one of a Manifest published in both versions.</summary>
public sealed class R0057PublishingV3 : Recipe
{
    public override string Name => "0057-publishing-v2-and-v3__manifest-v3";

    public override IiifResource Build() =>
        new ManifestBuilder(Cookbook + "0057-publishing-v2-and-v3/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "IIIF Presentation Version 3 Minimum Viable Manifest")
            .Canvas(canvas => canvas
                .Size(1200, 1800)
                .Paint(IiifContent.Image("https://iiif.io/api/presentation/2.1/example/fixtures/resources/page1-full.png", "image/png", 1200, 1800)))
            .Build();
}
