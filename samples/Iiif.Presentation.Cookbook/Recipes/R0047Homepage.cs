namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0047: the object's web page (<c>homepage</c>).</summary>
public sealed class R0047Homepage : Recipe
{
    private const string Base = Cookbook + "0047-homepage";

    public override string Name => "0047-homepage";

    public override IiifResource Build()
    {
        ContentResource page = IiifContent.Link("https://www.getty.edu/art/collection/object/103RQQ", "Text", En("Home page at the Getty Museum Collection"), "text/html");
        page.Language.Add("en");
        Image image = IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/28473c77da3deebe4375c3a50572d9d3-laocoon", 2315, 3000);
        image.Id = "https://iiif.io/api/image/3.0/example/reference/28473c77da3deebe4375c3a50572d9d3-laocoon/full/!500,500/0/default.jpg";

        return new ManifestBuilder(Base + "/manifest.json")
            .Label("none", "Laocöon")
            .Homepage(page)
            .Canvas(Base + "/canvas/1", canvas => canvas
                .Label("none", "Front")
                .Size(2315, 3000)
                .Paint(image))
            .Build();
    }
}
