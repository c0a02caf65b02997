namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0010: a book read right to left.</summary>
public sealed class R0010BookRightToLeft : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/";

    public override string Name => "0010-book-2-viewing-direction__manifest-rtl";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Cookbook + "0010-book-2-viewing-direction/manifest-rtl.json", ids: CookbookIds.Instance)
                .Label("en", "Book with Right-to-Left Viewing Direction")
                .Summary("en", "Playbill for \"Akiba gongen kaisen-banashi,\" \"Futatsu chōchō kuruwa nikki\" and \"Godairiki koi no fūjime\" performed at the Chikugo Theater in Osaka from the fifth month of Kaei 2 (May, 1849); main actors: Gadō Kataoka II, Ebizō Ichikawa VI, Kitō Sawamura II, Daigorō Mimasu IV and Karoku Nakamura I; on front cover: producer Mominosuke Ichikawa's crest.")
                .ViewingDirection(ViewingDirection.RightToLeft),
                ("front cover", 3497, 4823, Images + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_001"),
                ("pages 1–2", 6062, 4804, Images + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_002"),
                ("pages 3–4", 6127, 4776, Images + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_003"),
                ("pages 5–6", 6124, 4751, Images + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_004"),
                ("back cover", 3510, 4808, Images + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_005"))
            .Build();
}
