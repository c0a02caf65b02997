namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0024: a table of contents of nested ranges.</summary>
public sealed class R0024BookToc : Recipe
{
    private const string Base = Cookbook + "0024-book-4-toc";
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/d3bbf5397c6df6b894c5991195c912ab-";

    public override string Name => "0024-book-4-toc";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
                .Label("en", "Ethiopic Ms 10"),
            ("f. 1r", 1768, 2504, Images + "1-21198-zz001d8m41_774608_master"),
            ("f. 1v", 1792, 2512, Images + "2-21198-zz001d8m5j_774612_master"),
            ("f. 2r", 1792, 2456, Images + "3-21198-zz001d8tm5_775004_master"),
            ("f. 2v", 1760, 2440, Images + "4-21198-zz001d8tnp_775007_master"),
            ("f. 3r", 1776, 2416, Images + "5-21198-zz001d8v6f_775077_master"),
            ("f. 3v", 1776, 2416, Images + "6-21198-zz001d8v7z_775085_master"))
            .Range(Base + "/range/r0", toc => toc
                .Label("en", "Table of Contents")
                .Range(Base + "/range/r1", r => r
                    .Label("gez", "Tabiba Tabiban [ጠቢበ ጠቢባን]")
                    .Canvas(Base + "/canvas/p1")
                    .Canvas(Base + "/canvas/p2"))
                .Range(Base + "/range/r2", r => r
                    .Label("gez", "Arede'et [አርድዕት]")
                    .Range(Base + "/range/r2/1", day => day
                        .Label("en", "Monday")
                        .Canvas(Base + "/canvas/p3")
                        .Canvas(Base + "/canvas/p4"))
                    .Range(Base + "/range/r2/2", day => day
                        .Label("en", "Tuesday")
                        .Canvas(Base + "/canvas/p5")
                        .Canvas(Base + "/canvas/p6"))))
            .Build();
}
