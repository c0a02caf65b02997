namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0007: HTML in a summary, a metadata value and a required statement.</summary>
public sealed class R0007StringFormats : Recipe
{
    private const string Base = Cookbook + "0007-string-formats";

    public override string Name => "0007-string-formats";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", GottingenLabel)
            .Summary("en", "<p>Picture taken by the <a href=\"https://github.com/glenrobson\">IIIF Technical Coordinator</a></p>")
            .Metadata(En("Author"), new LanguageMap("none", "<span><a href='https://github.com/glenrobson'>Glen Robson</a></span>"))
            .Rights("http://creativecommons.org/licenses/by-sa/3.0/")
            .RequiredStatement(
                En("Attribution"),
                En("<span>Glen Robson, IIIF Technical Coordinator. <a href=\"https://creativecommons.org/licenses/by-sa/3.0\">CC BY-SA 3.0</a> <img src=\"https://licensebuttons.net/l/by-sa/3.0/88x31.png\"/></span>"))
            .Canvas(canvas => Gottingen(canvas))
            .Build();
}
