namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0009: a simple book, paged.</summary>
public sealed class R0009Book1 : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/";

    public override string Name => "0009-book-1";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Cookbook + "0009-book-1/manifest.json", ids: CookbookIds.Instance)
                .Label("en", "Simple Manifest - Book")
                .Behavior(Behavior.Paged),
                ("Blank page", 3204, 4613, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f18"),
                ("Frontispiece", 3186, 4612, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f19"),
                ("Title page", 3204, 4613, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f20"),
                ("Blank page", 3174, 4578, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f21"),
                ("Bookplate", 3198, 4632, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f22"))
            .Build();
}
