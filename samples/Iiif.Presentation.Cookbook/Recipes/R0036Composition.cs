namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0036: a detail image painted over a region of the main image.</summary>
public sealed class R0036Composition : Recipe
{
    private const string Base = Cookbook + "0036-composition-from-multiple-images";
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/899da506920824588764bc12b10fc800-";

    public override string Name => "0036-composition-from-multiple-images";

    public override IiifResource Build()
    {
        Image miniature = IiifContent.ImageFromService(Images + "bnf_chateauroux_miniature", 2138, 2414);
        miniature.Label = new LanguageMap("fr", "Miniature [Chilpéric Ier tue Galswinthe, se remarie et est assassiné]");

        return new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Folio from Grandes Chroniques de France, ca. 1460")
            .Canvas(canvas => canvas
                .Label("none", "f. 033v-034r [Chilpéric Ier tue Galswinthe, se remarie et est assassiné]")
                .Size(7216, 5412)
                .Paint(IiifContent.ImageFromService(Images + "bnf_chateauroux", 7216, 5412))
                .Paint(miniature, Base + "/annotation/p0002-image", "xywh=3949,994,1091,1232"))
            .Build();
    }
}
