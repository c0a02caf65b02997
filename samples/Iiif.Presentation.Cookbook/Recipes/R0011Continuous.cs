namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0011: a scroll shown continuously.</summary>
public sealed class R0011Continuous : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/";

    public override string Name => "0011-book-3-behavior__manifest-continuous";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Cookbook + "0011-book-3-behavior/manifest-continuous.json", ids: new CookbookIds("s"))
                .Label("gez", "Ms. 21 Māzemurā Dāwit, Asmat [መዝሙረ ዳዊት]")
                .Behavior(Behavior.Continuous),
                ("Section 1 [Recto]", 11368, 1592, Images + "8c169124171e6b2253b698a22a938f07-21198-zz001hbmd9_1300412_master"),
                ("Section 2 [Recto]", 11608, 1536, Images + "8c169124171e6b2253b698a22a938f07-21198-zz001hbmft_1300418_master"),
                ("Section 3 [Recto]", 10576, 1504, Images + "8c169124171e6b2253b698a22a938f07-21198-zz001hbmgb_1300426_master"),
                ("Section 4 [Recto]", 2488, 1464, Images + "8c169124171e6b2253b698a22a938f07-21198-zz001hbmhv_1300436_master"))
            .Build();
}
