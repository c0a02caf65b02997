namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0540: a content state that opens two Canvases of two Manifests side by side.</summary>
public sealed class R0540LinkForOpeningMultipleCanvasesAnnotation : Recipe
{
    private const string Base = Cookbook + "0540-link-for-opening-multiple-canvases";

    public override string Name => "0540-link-for-opening-multiple-canvases__annotation";

    public override IiifResource Build() =>
        new ContentStateBuilder(Base + "/annotation.json")
            .Canvas(Base + "/canvas/2", Base + "/manifest-2.json")
            .Canvas(Base + "/canvas/p2", Base + "/manifest.json")
            .Build()
            .Annotation;
}
