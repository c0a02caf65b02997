namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0040: an image stored on its side, turned upright on its Canvas by a CSS class of the painting
/// annotation's stylesheet.</summary>
public sealed class R0040ImageRotationServiceCss : Recipe
{
    internal const string Base = Cookbook + "0040-image-rotation-service";

    public override string Name => "0040-image-rotation-service__manifest-css";

    public override IiifResource Build() =>
        Manuscript("/manifest-css.json", IiifContent.Styled(Page(), "rotated", Base + "/body/sr1"), painting => painting
            .Stylesheet(CssStylesheet.Embedded(".rotated { transform-origin: 761px 1344px; transform: rotate(90deg) translateY(-582px); }")));

    /// <summary>The page, as the image service stores it: on its side.</summary>
    internal static Image Page() =>
        IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/85a96c630f077e6ac6cb984f1b752bbf-0-21198-zz00022840-1-page1", 1523, 2105);

    /// <summary>The manuscript's one Canvas, in landscape, painted with <paramref name="body"/>.</summary>
    internal static Manifest Manuscript(string file, IiifResource body, System.Action<AnnotationBuilder> painting) =>
        new ManifestBuilder(Base + file)
            .Label("ca", "[Conoximent de las orines] Ihesus, Ihesus. En nom de Deu et dela beneyeta sa mare e de tots los angels i archangels e de tots los sants e santes de paradis yo micer Johannes comense aquest libre de reseptes en l’ayn Mi 466.")
            .Canvas(Base + "/canvas/p1", canvas => canvas
                .Label("en", "inside cover; 1r")
                .Size(2105, 1523)
                .PaintingPage(Base + "/p1/1")
                .Paint(body, Base + "/annotation/v0001-image", null, painting))
            .Build();
}

/// <summary>0040: the same page turned upright by the image service, with an ImageApiSelector's rotation.</summary>
public sealed class R0040ImageRotationServiceService : Recipe
{
    public override string Name => "0040-image-rotation-service__manifest-service";

    public override IiifResource Build() =>
        R0040ImageRotationServiceCss.Manuscript(
            "/manifest-service.json",
            IiifContent.Part(R0040ImageRotationServiceCss.Page(), new ImageApiSelector { Rotation = "90" }, R0040ImageRotationServiceCss.Base + "/body/v0001-image"),
            static _ => { });
}
