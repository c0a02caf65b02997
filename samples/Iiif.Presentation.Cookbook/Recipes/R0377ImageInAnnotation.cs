namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0377: a comment with an image and a text as its two bodies.</summary>
public sealed class R0377ImageInAnnotation : Recipe
{
    private const string Base = Cookbook + "0377-image-in-annotation";

    public override string Name => "0377-image-in-annotation";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", GottingenLabel)
            .Canvas(Base + "/canvas-1", canvas => Gottingen(canvas, Base)
                .Annotations(Base + "/canvas-1/annopage-2", page => page
                    .Annotation(Base + "/canvas-1/annopage-2/anno-1", Motivation.Commenting, a => a
                        .Body(new Image("https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-fountain/full/300,/0/default.jpg") { Format = "image/jpeg" })
                        .Text("Night picture of the Gänseliesel fountain in Göttingen taken during the 2019 IIIF Conference", "en")
                        .Target(Base + "/canvas-1#xywh=138,550,1477,1710"))))
            .Build();
}
