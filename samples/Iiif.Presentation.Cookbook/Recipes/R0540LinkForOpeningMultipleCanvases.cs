namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0540: a content state that opens two Canvases of two Manifests side by side.</summary>
public sealed class R0540LinkForOpeningMultipleCanvasesAnnotation : Recipe
{
    private const string Base = Cookbook + "0540-link-for-opening-multiple-canvases";

    public override string Name => "0540-link-for-opening-multiple-canvases__annotation";

    public override IiifResource Build() =>
        new ContentStateBuilder(Base + "/annotation.json")
            .Canvas(Base + "/canvas/2", Base + "/manifest-2.json")
            .Canvas(Base + "/canvas/p2", Base + "/manifest.json")
            .Build()
            .Annotation;
}

/// <summary>0540: the first Manifest the content state opens, two monuments of Rome.</summary>
public sealed class R0540LinkForOpeningMultipleCanvases : Recipe
{
    internal const string Base = Cookbook + "0540-link-for-opening-multiple-canvases";

    public override string Name => "0540-link-for-opening-multiple-canvases";

    // The recipe's Manifest ids repeat their file name (manifest.json/manifest.json); its other ids are minted
    // from the recipe's folder.
    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json/manifest.json", Base, CookbookIds.Instance)
            .Label("en", "Two monuments in Rome")
            .Canvas(canvas => canvas
                .Label("en", "The Temple of Vesta Rome")
                .Size(2048, 1464)
                .Paint(IiifContent.Image("https://fixtures.iiif.io/images/Yale/ycba/The_Temple_of_Vesta_Rome.jpg", "image/jpeg", 2048, 1464)))
            .Canvas(canvas => canvas
                .Label("en", "The Colosseum")
                .Size(2048, 1302)
                .Paint(IiifContent.Image("https://fixtures.iiif.io/images/Yale/ycba/The_Colosseum_Rome2.jpg", "image/jpeg", 2048, 1302)))
            .Build();
}

/// <summary>0540: the second Manifest the content state opens, with one view of the Colosseum.</summary>
public sealed class R0540LinkForOpeningMultipleCanvasesManifest2 : Recipe
{
    private const string Base = R0540LinkForOpeningMultipleCanvases.Base;

    public override string Name => "0540-link-for-opening-multiple-canvases__manifest-2";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest-2.json/manifest-2.json")
            .Label("en", "The Colosseum")
            .Canvas(Base + "/canvas/2", canvas => canvas
                .Label("en", "The Colosseum")
                .Size(2048, 1529)
                .PaintingPage(Base + "/anno-page/2")
                .Paint(
                    IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/71b9228e087f15c75b628214cd9f647d-The_Colosseum", 2048, 1529),
                    Base + "/anno/2"))
            .Build();
}
