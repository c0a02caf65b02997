namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0266: a comment about a whole Canvas.</summary>
public sealed class R0266FullCanvasAnnotation : Recipe
{
    private const string Base = Cookbook + "0266-full-canvas-annotation";

    public override string Name => "0266-full-canvas-annotation";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Picture of Göttingen taken during the 2019 IIIF Conference")
            .Canvas(Base + "/canvas-1", canvas => canvas
                .Size(4032, 3024)
                .PaintingPage(Base + "/canvas-1/annopage-1")
                .Paint(
                    IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-gottingen", 4032, 3024),
                    Base + "/canvas-1/annopage-1/anno-1")
                .Annotations(Base + "/canvas-1/annopage-2", page => page
                    .Annotation(Base + Base + "/canvas-1/annopage-2/anno-1", Motivation.Commenting, comment => comment
                        .Text("Göttinger Marktplatz mit Gänseliesel Brunnen", "de", "text/plain"))))
            .Build();
}
