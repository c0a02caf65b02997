namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0033: a choice between two images of a painting, under natural light and X-ray.</summary>
public sealed class R0033Choice : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/421e65be2ce95439b3ad6ef1f2ab87a9-";

    public override string Name => "0033-choice";

    public override IiifResource Build()
    {
        Image natural = IiifContent.ImageFromService(Images + "dee-natural", 2000, 1271);
        natural.Label = En("Natural Light");
        Image xray = IiifContent.ImageFromService(Images + "dee-xray", 2000, 1271);
        xray.Label = En("X-Ray");

        return new ManifestBuilder(Cookbook + "0033-choice/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "John Dee performing an experiment before Queen Elizabeth I.")
            .Canvas(canvas => canvas
                .Size(2000, 1271)
                .PaintChoice(null, natural, xray))
            .Build();
    }
}
