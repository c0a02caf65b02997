namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0599: the content state a drag-and-drop link carries: a whole Manifest to open.</summary>
public sealed class R0599DragAndDrop : Recipe
{
    public override string Name => "0599-drag-and-drop";

    public override IiifResource Build() =>
        new ContentStateBuilder(Cookbook + "0599-drag-and-drop/dnd-manifest.json")
            .Manifest(Cookbook + "0006-text-language/manifest.json")
            .Build()
            .Annotation;
}
