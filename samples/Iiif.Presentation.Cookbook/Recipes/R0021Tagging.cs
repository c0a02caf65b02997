namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0021: a tag on a region of an image.</summary>
public sealed class R0021Tagging : Recipe
{
    private const string Base = Cookbook + "0021-tagging";

    public override string Name => "0021-tagging";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Picture of Göttingen taken during the 2019 IIIF Conference")
            .Canvas(canvas => canvas
                .Size(4032, 3024)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-gottingen", 4032, 3024))
                .Annotations(Base + "/page/p2/1", page => page
                    .Annotation(Base + "/annotation/p0002-tag", Motivation.Tagging, tag => tag
                        .Text("Gänseliesel-Brunnen", "de", "text/plain")
                        .Target(Base + "/canvas/p1#xywh=265,661,1260,1239"))))
            .Build();
}
