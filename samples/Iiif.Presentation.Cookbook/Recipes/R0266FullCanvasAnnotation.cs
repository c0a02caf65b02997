namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0266: a comment about a whole Canvas.</summary>
public sealed class R0266FullCanvasAnnotation : Recipe
{
    private const string Base = Cookbook + "0266-full-canvas-annotation";

    public override string Name => "0266-full-canvas-annotation";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", GottingenLabel)
            .Canvas(Base + "/canvas-1", canvas => Gottingen(canvas, Base)
                .Annotations(Base + "/canvas-1/annopage-2", page => page
                    .Annotation(Base + Base + "/canvas-1/annopage-2/anno-1", Motivation.Commenting, comment => comment
                        .Text("Göttinger Marktplatz mit Gänseliesel Brunnen", "de", "text/plain"))))
            .Build();
}
