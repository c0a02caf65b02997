namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0009: a simple book, paged.</summary>
public sealed class R0009Book1 : Recipe
{
    public override string Name => "0009-book-1";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Cookbook + "0009-book-1/manifest.json", ids: CookbookIds.Instance)
                .Label("en", "Simple Manifest - Book")
                .Behavior(Behavior.Paged),
                GallicaPages)
            .Build();
}
