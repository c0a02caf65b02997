namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0031: two volumes bound as one book, each volume a range of the table of contents.</summary>
public sealed class R0031BoundMultivolume : Recipe
{
    private const string Base = Cookbook + "0031-bound-multivolume";
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/15f769d62ca9a3a2deca390efed75d73-";
    // As the recipe writes it: "ä" as "a" and a combining diaeresis (U+0308); the volumes' labels use one character.
    private const string Title = "Gottesdienstliche Ceremonien, Oder H. Kirchen-Gebra\u0308uche Und Religions-Pflichten Der Christen";

    public override string Name => "0031-bound-multivolume";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
                .Label("de", Title),
            ("Front cover", 5428, 7230, Images + "1_frontcover"),
            ("Inside front cover", 5428, 7230, Images + "2_insidefrontcover"),
            ("Vol. 1 title page", 5428, 7230, Images + "3_titlepage1"),
            ("Vol. 1 title page (verso)", 5428, 7230, Images + "4_titlepage1_verso"),
            ("Vol. 2 title page", 5428, 7230, Images + "5_titlepage2"),
            ("Vol. 2 title page (verso)", 5428, 7230, Images + "6_titlepage2_verso"))
            .Range(Base + "/range/r0", book => book
                .Label("de", Title)
                .Range(Base + "/range/r1", front => front
                    .Label("en", "Front Matter")
                    .Canvas(Base + "/canvas/p1")
                    .Canvas(Base + "/canvas/p2"))
                .Range(Base + "/range/r2", volume => volume
                    .Label("de", "Erste Ausgabe. Begreift die Ceremonien der Lutheraner von der Augspurgischen Confession, der Reformirten, der Holländischen u. a. Kirchen")
                    .Canvas(Base + "/canvas/p3")
                    .Canvas(Base + "/canvas/p4"))
                .Range(Base + "/range/r3", volume => volume
                    .Label("de", "Zweyte Ausgabe. Begreift die Ceremonien der Engl. hohen Kirche : Der Quacker, der Anabaptisten, der Adamiten, der Flagellanten, der Frey-Maurer, der Rhinsbürger...")
                    .Canvas(Base + "/canvas/p5")
                    .Canvas(Base + "/canvas/p6")))
            .Build();
}
