namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0022: a region of one Canvas that links to another Canvas of the same Manifest.</summary>
public sealed class R0022LinkingWithAHotspot : Recipe
{
    private const string Base = Cookbook + "0022-linking-with-a-hotspot";
    private const string Reference = "https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-";

    public override string Name => "0022-linking-with-a-hotspot";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", GottingenLabel)
            .Canvas(canvas => Gottingen(canvas)
                .Annotations(Base + "/page/p1/2", page => page
                    .Annotation(Base + "/annotation/p0002-link", Motivation.Linking, link => link
                        .Text("A link to a close up of Gänseliesel-Brunnen fountain.", "de", "text/plain")
                        .Body(new SpecificResource(CloseUp()))
                        .Target(Base + "/canvas/p1#xywh=265,661,1260,1239"))))
            .Canvas(canvas => canvas
                .Size(3024, 4032)
                .Paint(IiifContent.ImageFromService(Reference + "fountain/", 3024, 4032)))
            .Build();

    /// <summary>The Canvas the hotspot links to, with the Manifest it is part of.</summary>
    private static Canvas CloseUp()
    {
        var canvas = new Canvas(Base + "/canvas/p2");
        canvas.PartOf.Add(new Manifest(Base + "/manifest.json"));
        return canvas;
    }
}
