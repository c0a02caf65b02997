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

        return KotoScreen(Base, page => page
            .Annotation(Base + "/annotation/p0001-comment", Motivation.Commenting, a => a
                .Body(comment)
                .Target(Base + "/canvas/p1#xywh=1650,1200,925,1250")))
            .Build();
    }
}
