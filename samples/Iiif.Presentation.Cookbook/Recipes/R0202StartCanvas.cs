namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0202: a book that opens at its second canvas (<c>start</c>).</summary>
public sealed class R0202StartCanvas : Recipe
{
    private const string Base = Cookbook + "0202-start-canvas";
    public override string Name => "0202-start-canvas";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
                .Label("en", "Multiple Related Images (Book, etc.)")
                .Start(Base + "/canvas/p2"),
                GallicaPages)
            .Build();
}
