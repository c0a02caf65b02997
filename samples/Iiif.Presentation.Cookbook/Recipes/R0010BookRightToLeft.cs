namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0010: a book read right to left.</summary>
public sealed class R0010BookRightToLeft : Recipe
{
    public override string Name => "0010-book-2-viewing-direction__manifest-rtl";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Cookbook + "0010-book-2-viewing-direction/manifest-rtl.json", ids: CookbookIds.Instance)
                .Label("en", "Book with Right-to-Left Viewing Direction")
                .Summary("en", PlaybillSummary)
                .ViewingDirection(ViewingDirection.RightToLeft),
                PlaybillPages)
            .Build();
}
