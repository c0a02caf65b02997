namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0309: the first page of a collection of layout annotations.</summary>
public sealed class R0309AnnotationPage1 : Recipe
{
    internal const string Base = Cookbook + "0309-annotation-collection";

    public override string Name => "0309-annotation-collection__anno_p1";

    public override IiifResource Build() =>
        Page(1, p => p.Next = UriOnly(Base + "/anno_p2.json"),
            ("text-1-1", new CanvasRegion(88, 957, 2768, 248)),
            ("text-1-2", new CanvasRegion(80, 1181, 928, 3384)),
            ("text-1-3", new CanvasRegion(1000, 2693, 1880, 1824)),
            ("text-2", new CanvasRegion(992, 1213, 1904, 1472)));

    /// <summary>A page of tags on regions of one newspaper page, part of the collection.</summary>
    internal static AnnotationPage Page(int number, System.Action<AnnotationPage> link, params (string Tag, CanvasRegion Region)[] tags)
    {
        string id = $"{Base}/anno_p{number}.json";
        string canvas = $"{Base}/canvas/p{number}";
        var page = new AnnotationPageBuilder(id, canvas).PartOf(new AnnotationCollection(Base + "/anno_coll.json"));

        // Model setter: the recipe links its pages with bare URIs, where the spec requires an object with id and
        // type (3.0 §3.5 next and prev), which AnnotationPageBuilder.Next and Prev write.
        link(page.Resource);
        for (int i = 0; i < tags.Length; i++)
        {
            (string tag, CanvasRegion region) = tags[i];
            page.Annotation($"{id}-{i + 1}", Motivation.Tagging, a => a
                .Text(tag, format: "text/plain")
                .TargetRegion(canvas, Base + "/manifest.json", region));
        }

        return page.Build();
    }

    /// <summary>A page referred to by its URI alone, as the recipe writes <c>next</c> and <c>prev</c>.</summary>
    internal static AnnotationPage UriOnly(string id) => new(id) { Type = null, IsUriString = true };
}

/// <summary>0309: the second page.</summary>
public sealed class R0309AnnotationPage2 : Recipe
{
    public override string Name => "0309-annotation-collection__anno_p2";

    public override IiifResource Build() =>
        R0309AnnotationPage1.Page(2, p => p.Prev = R0309AnnotationPage1.UriOnly(R0309AnnotationPage1.Base + "/anno_p1.json"),
            ("text-3-1", new CanvasRegion(856, 381, 928, 4200)),
            ("text-3-2", new CanvasRegion(1784, 2461, 952, 2064)),
            ("text-3-3", new CanvasRegion(2736, 2485, 816, 2064)),
            ("text-4", new CanvasRegion(1792, 373, 1744, 2064)));
}
