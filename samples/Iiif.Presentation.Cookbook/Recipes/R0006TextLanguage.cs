namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0006: labels, metadata, summary and required statement in several languages.</summary>
public sealed class R0006TextLanguage : Recipe
{
    private const string Base = Cookbook + "0006-text-language";

    public override string Name => "0006-text-language";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Whistler's Mother")
            .Label("fr", "La Mère de Whistler")
            .Metadata(new LanguageMap { { "en", "Creator" }, { "fr", "Auteur" } }, new LanguageMap("none", "Whistler, James Abbott McNeill"))
            .Metadata(
                new LanguageMap { { "en", "Subject" }, { "fr", "Sujet" } },
                new LanguageMap { { "en", "McNeill Anna Matilda, mother of Whistler (1804-1881)" }, { "fr", "McNeill Anna Matilda, mère de Whistler (1804-1881)" } })
            .Summary("en", "Arrangement in Grey and Black No. 1, also called Portrait of the Artist's Mother.")
            .Summary("fr", "Arrangement en gris et noir n°1, also called Portrait de la mère de l'artiste.")
            .RequiredStatement(new LanguageMap { { "en", "Held By" }, { "fr", "Détenu par" } }, new LanguageMap("none", "Musée d'Orsay, Paris, France"))
            .Canvas(canvas => canvas
                .Size(1114, 991)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/329817fc8a251a01c393f517d8a17d87-Whistlers_Mother", 1114, 991)))
            .Build();
}
