namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0118: a metadata value with several values in each of two languages.</summary>
public sealed class R0118Multivalue : Recipe
{
    private const string Base = Cookbook + "0118-multivalue";

    public override string Name => "0118-multivalue";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("fr", "Arrangement en gris et noir no 1")
            .Metadata(
                En("Alternative titles"),
                new LanguageMap
                {
                    { "en", "Whistler's Mother" }, { "en", "Arrangement in Grey and Black No. 1" },
                    { "fr", "Portrait de la mère de l'artiste" }, { "fr", "La Mère de Whistler" },
                })
            .Summary("en", "A painting in oil on canvas created by the American-born painter James McNeill Whistler, in 1871.")
            .Canvas(Base + "/canvas/1", canvas => canvas
                .Size(1114, 991)
                .Paint(new Image("https://upload.wikimedia.org/wikipedia/commons/thumb/1/1b/Whistlers_Mother_high_res.jpg/1114px-Whistlers_Mother_high_res.jpg") { Format = "image/jpeg" }))
            .Build();
}
