namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0346: a comment in two languages, as a Choice of textual bodies.</summary>
public sealed class R0346MultilingualAnnotationBody : Recipe
{
    private const string Base = Cookbook + "0346-multilingual-annotation-body";

    public override string Name => "0346-multilingual-annotation-body";

    public override IiifResource Build()
    {
        var comment = new Choice();
        comment.Items.Add(IiifContent.Text("Koto with a cover being carried", "en", "text/plain"));
        comment.Items.Add(IiifContent.Text("袋に収められた琴", "ja", "text/plain"));

        return new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Koto, chess, calligraphy, and painting")
            .Label("ja", "琴棋書画図屏風")
            .Canvas(canvas => canvas
                .Size(8800, 3966)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/36ca0a3370db128ec984b33d71a1543d-100320001004", 8800, 3966))
                .Annotations(Base + "/page/p2/1", page => page
                    .Annotation(Base + "/annotation/p0001-comment", Motivation.Commenting, a => a
                        .Body(comment)
                        .Target(Base + "/canvas/p1#xywh=1650,1200,925,1250"))))
            .Build();
    }
}
