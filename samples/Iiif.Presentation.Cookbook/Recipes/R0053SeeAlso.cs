namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0053: structured metadata about the object, linked with <c>seeAlso</c>.</summary>
public sealed class R0053SeeAlso : Recipe
{
    public override string Name => "0053-seeAlso";

    public override IiifResource Build()
    {
        ContentResource mods = IiifContent.Link("https://fixtures.iiif.io/other/UCLA/ezukushi_mods.xml", "Dataset", En("MODS metadata"), "text/xml", "http://www.loc.gov/mods/v3");
        return Pages(
            new ManifestBuilder(Cookbook + "0053-seeAlso/manifest.json", ids: CookbookIds.Instance)
                .Label("en", "Linking to Structured Metadata")
                .Summary("en", PlaybillSummary)
                .ViewingDirection(ViewingDirection.RightToLeft)
                .SeeAlso(mods),
                PlaybillPages)
            .Build();
    }
}
