namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0046: a PDF of the book as an alternative representation (<c>rendering</c>).</summary>
public sealed class R0046Rendering : Recipe
{
    public override string Name => "0046-rendering";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Cookbook + "0046-rendering/manifest.json", ids: CookbookIds.Instance)
                .Label("en", "Alternative Representations Through Rendering")
                .Summary("en", PlaybillSummary)
                .ViewingDirection(ViewingDirection.RightToLeft)
                .Rendering(IiifContent.Link("https://fixtures.iiif.io/other/UCLA/kabuki_ezukushi_rtl.pdf", "Text", En("PDF version"), "application/pdf")),
                PlaybillPages)
            .Build();
}
