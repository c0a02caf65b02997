namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0261: a tag on a polygon of an image, with an SvgSelector.</summary>
public sealed class R0261NonRectangularCommenting : Recipe
{
    private const string Base = Cookbook + "0261-non-rectangular-commenting";

    private const string Fountain =
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><g><path d='M270.000000,1900.000000 L1530.000000,1900.000000 " +
        "L1530.000000,1610.000000 L1315.000000,1300.000000 L1200.000000,986.000000 L904.000000,661.000000 L600.000000,986.000000 L500.000000,1300.000000 " +
        "L270,1630 L270.000000,1900.000000' /></g></svg>";

    public override string Name => "0261-non-rectangular-commenting";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", GottingenLabel)
            .Canvas(canvas => Gottingen(canvas)
                .Annotations(Base + "/page/p2/1", page => page
                    .Annotation(Base + "/annotation/p0002-svg", Motivation.Tagging, tag => tag
                        .Text("Gänseliesel-Brunnen", "de", "text/plain")
                        .Target(IiifContent.Part(Base + "/canvas/p1", new SvgSelector(Fountain))))))
            .Build();
}
