namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0202: a book that opens at its second canvas (<c>start</c>).</summary>
public sealed class R0202StartCanvas : Recipe
{
    private const string Base = Cookbook + "0202-start-canvas";
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/";

    public override string Name => "0202-start-canvas";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
                .Label("en", "Multiple Related Images (Book, etc.)")
                .Start(Base + "/canvas/p2"),
                ("Blank page", 3204, 4613, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f18"),
                ("Frontispiece", 3186, 4612, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f19"),
                ("Title page", 3204, 4613, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f20"),
                ("Blank page", 3174, 4578, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f21"),
                ("Bookplate", 3198, 4632, Images + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f22"))
            .Build();
}
