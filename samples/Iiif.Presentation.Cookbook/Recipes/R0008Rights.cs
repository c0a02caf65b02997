namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0008: rights and a required statement with HTML.</summary>
public sealed class R0008Rights : Recipe
{
    private const string Base = Cookbook + "0008-rights";

    public override string Name => "0008-rights";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", GottingenLabel)
            .Summary("en", "<p>Picture taken by the <a href=\"https://github.com/glenrobson\">IIIF Technical Coordinator</a></p>")
            .Rights("http://creativecommons.org/licenses/by-sa/3.0/")
            .RequiredStatement(
                En("Attribution"),
                En("<span>Glen Robson, IIIF Technical Coordinator. <a href=\"https://creativecommons.org/licenses/by-sa/3.0\">CC BY-SA 3.0</a> <a href=\"https://creativecommons.org/licenses/by-sa/3.0\" title=\"CC BY-SA 3.0\"><img src=\"https://licensebuttons.net/l/by-sa/3.0/88x31.png\"/></a></span>"))
            .Canvas(canvas => Gottingen(canvas))
            .Build();
}
