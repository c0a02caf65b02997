namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0001: a Manifest with one image on one Canvas.</summary>
public sealed class R0001MvmImage : Recipe
{
    private const string Base = Cookbook + "0001-mvm-image";

    public override string Name => "0001-mvm-image";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Single Image Example")
            .Canvas(canvas => canvas
                .Size(1200, 1800)
                .Paint(IiifContent.Image("https://iiif.io/api/presentation/2.1/example/fixtures/resources/page1-full.png", "image/png", 1200, 1800)))
            .Build();
}
