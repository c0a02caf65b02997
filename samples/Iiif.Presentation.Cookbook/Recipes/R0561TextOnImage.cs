namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0561: text painted over a region of an image.</summary>
public sealed class R0561TextOnImage : Recipe
{
    private const string Base = Cookbook + "0561-text-on-image";

    public override string Name => "0561-text-on-image";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Visible Text Annotation")
            .Canvas(Base + "/canvas", canvas => canvas
                .Size(70399, 31722)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/36ca0a3370db128ec984b33d71a1543d-100320001004", 70399, 31722))
                .Paint(
                    IiifContent.Text("<p style='font-size:1000px; background-color: rgba(16, 16, 16, 0.5); padding:300px'>The koto is to the right, carried in a cloth wrapping.</p>", "en", "text/html"),
                    Base + "/annotation/p0001-text",
                    "xywh=5500,12200,8000,5000"))
            .Build();
}
