namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0485: a content state that opens a region of a Canvas of another recipe's Manifest.</summary>
public sealed class R0485ContentStateCanvasRegion : Recipe
{
    public override string Name => "0485-contentstate-canvas-region__annotation";

    public override IiifResource Build() =>
        new ContentStateBuilder(Cookbook + "0485-contentstate-canvas-region/annotation.json")
            .Region(Cookbook + "0009-book-1/canvas/p2", Cookbook + "0009-book-1/manifest.json", new CanvasRegion(1528, 3024, 344, 408))
            .Build()
            .Annotation;
}
