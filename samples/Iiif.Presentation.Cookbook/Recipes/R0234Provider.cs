namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0234: the institution that provides the object, with its homepage, logo and authority record.</summary>
public sealed class R0234Provider : Recipe
{
    private const string Base = Cookbook + "0234-provider";

    public override string Name => "0234-provider";

    public override IiifResource Build()
    {
        var logoService = new ImageService3("https://iiif.library.ucla.edu/iiif/2/UCLA-Library-Logo-double-line-2", "level2") { Width = 1200, Height = 502 };
        logoService.Sizes.Add(new ImageSize(300, 126));
        logoService.Sizes.Add(new ImageSize(600, 251));
        logoService.Sizes.Add(new ImageSize(1200, 502));
        var logo = new Image("https://iiif.library.ucla.edu/iiif/2/UCLA-Library-Logo-double-line-2/full/max/0/default.png");
        logo.Service.Add(logoService);

        ContentResource homepage = IiifContent.Link("https://digital.library.ucla.edu/", "Text", En("UCLA Library Digital Collections"), "text/html");
        homepage.Language.Add("en");
        ContentResource authority = IiifContent.Link(
            "https://id.loc.gov/authorities/names/n79055331.madsxml.xml", "Dataset", En("US Library of Congress data about the UCLA Library"), "application/xml", "http://www.loc.gov/mads/v2");

        var library = new Agent("https://id.loc.gov/authorities/n79055331") { Label = En("UCLA Library") };
        library.Homepage.Add(homepage);
        library.Logo.Add(logo);
        library.SeeAlso.Add(authority);

        return new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Playbill Cover")
            .Summary("en", "Cover of playbill for \"Akiba gongen kaisen-banashi,\" \"Futatsu chōchō kuruwa nikki\" and \"Godairiki koi no fūjime\" performed at the Chikugo Theater in Osaka from the fifth month of Kaei 2 (May, 1849); main actors: Gadō Kataoka II, Ebizō Ichikawa VI, Kitō Sawamura II, Daigorō Mimasu IV, and Karoku Nakamura I; on front cover: producer Mominosuke Ichikawa's crest.")
            .Provider(library)
            .Canvas(Base + "/canvas/p0", canvas => canvas
                .Label("en", "front cover with color bar")
                .Size(4520, 5312)
                .PaintingPage(Base + "/page/p0/1")
                .Paint(
                    IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_001_full", 4520, 5312),
                    Base + "/annotation/p0000-image"))
            .Build();
    }
}
