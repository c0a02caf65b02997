namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0035: a book with a foldout, shown unfolded on a Canvas of its own that is not paged.</summary>
public sealed class R0035Foldouts : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/0a469c27256eda739d43124cc448a3ba-";

    public override string Name => "0035-foldouts";

    public override IiifResource Build()
    {
        var manifest = new ManifestBuilder(Cookbook + "0035-foldouts/manifest.json", ids: new CookbookIds(prefix: string.Empty))
            .Label("en", "Outlines of geology being the substance of a course of lectures delivered in the Theatre of the Royal Institution in the year 1816")
            .Behavior(Behavior.Paged);
        (string Label, int Width, int Height, string Image)[] pages =
        [
            ("Front cover", 2533, 4429, "1_frontcover"),
            ("Inside front cover", 2490, 4315, "2_insidefrontcover"),
            ("Foldout, folded", 2197, 4278, "3_foldout-folded"),
            ("Foldout, unfolded", 3688, 1968, "4_foldout"),
            ("Foldout, folded (recto)", 2197, 4278, "3_foldout-rotated"),
            ("Title page", 2490, 4315, "5_titlepage"),
            ("Back of title page", 2490, 4315, "6_titlepage-recto"),
            ("Inside back cover", 2490, 4315, "8_insidebackcover"),
            ("Back cover", 2490, 4315, "9_backcover"),
        ];
        foreach ((string label, int width, int height, string image) in pages)
        {
            manifest.Canvas(canvas =>
            {
                canvas.Label("en", label).Size(width, height).Paint(IiifContent.ImageFromService(Images + image, width, height));
                if (image == "4_foldout")
                {
                    canvas.Behavior(Behavior.NonPaged);
                }
            });
        }

        return manifest.Build();
    }
}
