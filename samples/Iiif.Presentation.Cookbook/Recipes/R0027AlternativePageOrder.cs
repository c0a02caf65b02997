namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0027: two orders of the same pages, as <c>sequence</c> Ranges.</summary>
public sealed class R0027AlternativePageOrder : Recipe
{
    private const string Base = Cookbook + "0027-alternative-page-order";
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/3ec31f43ce55cfcc076804c88c06aa43-CF-";

    public override string Name => "0027-alternative-page-order";

    public override IiifResource Build()
    {
        var library = new Agent("https://www.bibliotecabertoliana.it/") { Label = En("Biblioteca Civica Bertoliana") };
        library.Homepage.Add(IiifContent.Link("https://www.bibliotecabertoliana.it/", "Text", En("Biblioteca Civica Bertoliana Homepage"), "text/html"));
        library.Logo.Add(IiifContent.Image("https://www.bibliotecabertoliana.it/img/logo-bertoliana.png", "image/png", 89, 346));

        return Pages(
                new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
                    .Label("en", "Alternative Page Sequences")
                    .Provider(library),
                ("171r (387)", 2156, 3184, Images + "f0186r_aVISNK_387"),
                ("171v (384)", 2156, 3184, Images + "f0186v_aVISNK_384"),
                ("172r (385)", 2156, 3184, Images + "f0187r_aVISNK_385"),
                ("172v [386]", 2156, 3184, Images + "f0187v_aVISNK_386"))
            .Range(Base + "/range/r1", range => Order(range, "Physical sequence", 1, 2, 3, 4))
            .Range(Base + "/range/r2", range => Order(range, "Author-intended sequence", 2, 3, 4, 1))
            .Build();
    }

    private static void Order(RangeBuilder range, string label, params int[] pages)
    {
        range.Behavior(Behavior.Sequence).Label("en", label);
        foreach (int page in pages)
        {
            range.Canvas($"{Base}/canvas/p{page}");
        }
    }
}
