namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0283: a Canvas kept in its place although its image is missing.</summary>
public sealed class R0283MissingImage : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/d3bbf5397c6df6b894c5991195c912ab-";

    public override string Name => "0283-missing-image";

    public override IiifResource Build() =>
        new ManifestBuilder(Cookbook + "0283-missing-image/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Ethiopic Ms 10")
            .Canvas(c => c.Label("en", "f. 1r").Size(1768, 2504).Paint(IiifContent.ImageFromService(Images + "1-21198-zz001d8m41_774608_master", 1768, 2504)))
            .Canvas(c => c.Label("en", "f. 1v — MISSING").Size(1768, 2504).Metadata("en", "Description", "Image unavailable or does not exist"))
            .Canvas(c => c.Label("en", "f. 2r").Size(1792, 2456).Paint(IiifContent.ImageFromService(Images + "3-21198-zz001d8tm5_775004_master", 1792, 2456)))
            .Canvas(c => c.Label("en", "f. 2v").Size(1760, 2440).Paint(IiifContent.ImageFromService(Images + "4-21198-zz001d8tnp_775007_master", 1760, 2440)))
            .Build();
}
