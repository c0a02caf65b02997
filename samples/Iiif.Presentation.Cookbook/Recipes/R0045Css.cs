namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0045: comments by two authors, each styled by a class of a shared CSS stylesheet, on regions
/// highlighted by another class.</summary>
public sealed class R0045Css : Recipe
{
    private const string Base = Cookbook + "0045-css";

    public override string Name => "0045-css";

    public override IiifResource Build() =>
        KotoScreen(Base, page => page
            .Annotation(Base + "/page/p2/anno-1", Motivation.Commenting, note => Note(note, 1, "author1note", "xywh=700,1250,1850,1150",
                "<p>Three of the four pursuits of refined and noble men named in the screen's title are shown on this side of the screen: go, the koto, and tools for calligraphy. Each is in a container or wrapper. (GR)</p>"))
            .Annotation(Base + "/page/p2/anno-2", Motivation.Commenting, note => Note(note, 2, "author2note", "xywh=170,160,2200,1000",
                "<p>The detail in the natural beauty of the setting could be seen as a contrast (or balance) to the manufactured pursuits of noble men. (TK)</p>")))
            .Build();

    /// <summary>A comment in its author's class, on a region highlighted in the <c>author2highlight</c> class.</summary>
    private static AnnotationBuilder Note(AnnotationBuilder note, int number, string styleClass, string region, string html) => note
        .Stylesheet(CssStylesheet.Reference(Base + "/style.css"))
        .Body(IiifContent.Styled(IiifContent.Text(html, "en", "text/html", id: $"{Base}/body/text{number}"), styleClass, $"{Base}/body/sr{number}"))
        // The recipe's FragmentSelector has no conformsTo (a SHOULD of the W3C model, which FragmentSelector(value) writes).
        .Target(IiifContent.Part(Base + "/canvas/p1", new FragmentSelector { Value = region }, styleClass: "author2highlight"));
}
