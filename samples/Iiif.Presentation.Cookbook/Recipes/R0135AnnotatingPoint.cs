namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0135: a tag on a point of a map, with a PointSelector.</summary>
public sealed class R0135AnnotatingPoint : Recipe
{
    private const string Base = Cookbook + "0135-annotating-point-in-canvas";

    public override string Name => "0135-annotating-point-in-canvas";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Using a point selector for annotating a location on a map.")
            .Summary("en", "A map containing an point with an annotation of the location.")
            .Canvas(Base + "/canvas.json", canvas => CanalPamphlet(canvas, Base)
                .Annotations(Base + "/page/p2/1", page => page
                    .Annotation(Base + "/annotation/p0002-tag", Motivation.Tagging, tag => tag
                        .Text("Town Creek Aqueduct", "en", "text/plain")
                        .Target(IiifContent.Part(Base + "/canvas.json", new PointSelector { X = 3385, Y = 1464 })))))
            .Build();
}
