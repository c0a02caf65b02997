namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0299: a region of an image painted onto a Canvas (a SpecificResource with an ImageApiSelector).</summary>
public sealed class R0299Region : Recipe
{
    private const string Base = Cookbook + "0299-region";

    public override string Name => "0299-region";

    public override IiifResource Build()
    {
        SpecificResource article = IiifContent.Part(
            IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/4ce82cef49fb16798f4c2440307c3d6f-newspaper-p2", 3536, 4999),
            new ImageApiSelector { Region = "1768,2423,1768,2080" },
            Base + "/body/b1");

        return new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Berliner Tageblatt article, 'Ein neuer Sicherungsplan?'")
            .Canvas(canvas => canvas
                .Size(1768, 2080)
                .Paint(article))
            .Build();
    }
}
