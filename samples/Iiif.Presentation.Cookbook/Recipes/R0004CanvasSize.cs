namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0004: a Canvas larger than the image painted on it.</summary>
public sealed class R0004CanvasSize : Recipe
{
    private const string Base = Cookbook + "0004-canvas-size";

    public override string Name => "0004-canvas-size";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Still image from an opera performance at Indiana University")
            .Canvas(canvas => canvas
                .Size(1920, 1080)
                .Paint(IiifContent.Image("https://fixtures.iiif.io/video/indiana/donizetti-elixir/act1-thumbnail.png", "image/png", 640, 360)))
            .Build();
}
