namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0005: an image with a IIIF Image API service.</summary>
public sealed class R0005ImageService : Recipe
{
    private const string Base = Cookbook + "0005-image-service";

    public override string Name => "0005-image-service";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", GottingenLabel)
            .Canvas(canvas => canvas
                .Label("en", "Canvas with a single IIIF image")
                .Size(4032, 3024)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-gottingen", 4032, 3024)))
            .Build();
}
