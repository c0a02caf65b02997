namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0326: a tag on a region that only one layer of a Choice shows, in the X-ray image's own annotations.</summary>
public sealed class R0326AnnotatingImageLayer : Recipe
{
    private const string Base = Cookbook + "0326-annotating-image-layer";
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/421e65be2ce95439b3ad6ef1f2ab87a9-";

    public override string Name => "0326-annotating-image-layer";

    public override IiifResource Build()
    {
        Image natural = IiifContent.ImageFromService(Images + "dee-natural", 2000, 1271);
        Image xray = IiifContent.Image(Images + "dee-xray/full/2000,1271/0/default.jpg", "image/jpeg", 2000, 1271);

        // Model setter: a label on a content resource, which IiifContent makes without one; and the X-ray image's
        // service, since the image is a sized request of it rather than the full one ImageFromService gives.
        natural.Label = En("Natural Light");
        xray.Label = En("X-ray");
        xray.Service.Add(new ImageService3(Images + "dee-xray", "level1"));

        return new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Choice Example with layer specific annotation")
            .Canvas(canvas => canvas
                .Size(2000, 1271)
                .PaintChoice(null, natural, xray)
                .ContentAnnotations(xray, Base + "/page/p2/1", page => page
                    .Annotation(Base + "/annotation/p0002-tag", Motivation.Tagging, tag => tag
                        .Text("A group of skulls.", "en", "text/plain")
                        .Target(IiifContent.Part(
                            IiifContent.Uri(Images + "dee-xray"),
                            new ImageApiSelector { Region = "810,900,260,370", Size = "2000,1271" })))))
            .Build();
    }
}
