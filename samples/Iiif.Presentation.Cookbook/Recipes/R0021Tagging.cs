namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0021: a tag on a region of an image.</summary>
public sealed class R0021Tagging : Recipe
{
    private const string Base = Cookbook + "0021-tagging";

    public override string Name => "0021-tagging";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", GottingenLabel)
            .Canvas(canvas => Gottingen(canvas)
                .Annotations(Base + "/page/p2/1", page => page
                    .Annotation(Base + "/annotation/p0002-tag", Motivation.Tagging, tag => tag
                        .Text("Gänseliesel-Brunnen", "de", "text/plain")
                        .Target(Base + "/canvas/p1#xywh=265,661,1260,1239"))))
            .Build();
}
