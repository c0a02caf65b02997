namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0309: a newspaper of two pages whose Canvases list pages of a collection of layout annotations.</summary>
public sealed class R0309AnnotationCollection : Recipe
{
    internal const string Base = Cookbook + "0309-annotation-collection";

    /// <summary>The tags of the first page's regions.</summary>
    internal static readonly (string Tag, CanvasRegion Region)[] Page1Tags =
    [
        ("text-1-1", new CanvasRegion(88, 957, 2768, 248)),
        ("text-1-2", new CanvasRegion(80, 1181, 928, 3384)),
        ("text-1-3", new CanvasRegion(1000, 2693, 1880, 1824)),
        ("text-2", new CanvasRegion(992, 1213, 1904, 1472)),
    ];

    /// <summary>The tags of the second page's regions.</summary>
    internal static readonly (string Tag, CanvasRegion Region)[] Page2Tags =
    [
        ("text-3-1", new CanvasRegion(856, 381, 928, 4200)),
        ("text-3-2", new CanvasRegion(1784, 2461, 952, 2064)),
        ("text-3-3", new CanvasRegion(2736, 2485, 816, 2064)),
        ("text-4", new CanvasRegion(1792, 373, 1744, 2064)),
    ];

    public override string Name => "0309-annotation-collection";

    public override IiifResource Build()
    {
        Manifest manifest = new ManifestBuilder(Base + "/manifest.json")
            .Label("de", "Berliner Tageblatt - 1925-02-16")
            .Rights("http://creativecommons.org/publicdomain/mark/1.0/")
            .RequiredStatement(
                En("Attribution"),
                En("<p><a href='https://www.europeana.eu/portal/record/9200355/BibliographicResource_3000096302605.html'>Berliner Tageblatt</a> - Staatsbibliothek zu Berlin - Preußischer Kulturbesitz. Public Domain Mark - http://creativecommons.org/publicdomain/mark/1.0/</p>"))
            .Canvas(Base + "/canvas/p1", canvas => NewspaperPage(canvas, 1))
            .Canvas(Base + "/canvas/p2", canvas => NewspaperPage(canvas, 2))
            .Build();

        // Model setters: each Canvas's page names the collection it is part of, embedded as the collection
        // document gives it, and links its neighbour by a bare URI; the recipe's one @context is an array.
        AnnotationPage first = manifest.Items[0].Annotations[0];
        AnnotationPage second = manifest.Items[1].Annotations[0];
        first.PartOf.Add(Collection(embedded: true));
        first.Next = UriOnly(second.Id!);
        second.PartOf.Add(Collection(embedded: true));
        second.Prev = UriOnly(first.Id!);
        manifest.Context.SetSingleValue(false);
        return manifest;
    }

    /// <summary>The collection of both pages of tags, its <c>total</c> counted by the builder.</summary>
    internal static AnnotationCollection Collection(bool embedded)
    {
        AnnotationCollection collection = new AnnotationCollectionBuilder(Base + "/anno_coll.json")
            .Label("en", "Newspaper layout markup")
            .Page(Base + "/anno_p1.json", Base + "/canvas/p1", page => Tag(page, 1, Page1Tags))
            .Page(Base + "/anno_p2.json", Base + "/canvas/p2", page => Tag(page, 2, Page2Tags))
            .Build();

        // Model setters: the recipe gives first and last as bare URIs, where the spec requires an object with id
        // and type (3.0 §3.5 first, last; P3-JSON-03, which CookbookValidationTests names), as the builder writes
        // them; embedded in a page's partOf, the collection has no @context of its own.
        collection.First = UriOnly(collection.First!.Id!);
        collection.Last = UriOnly(collection.Last!.Id!);
        if (embedded)
        {
            collection.Context.Clear();
        }

        return collection;
    }

    /// <summary>A page of tags on regions of one newspaper page, part of the collection.</summary>
    internal static AnnotationPage Page(int number, System.Action<AnnotationPage> link, (string Tag, CanvasRegion Region)[] tags)
    {
        string id = $"{Base}/anno_p{number}.json";
        var page = new AnnotationPageBuilder(id, $"{Base}/canvas/p{number}").PartOf(new AnnotationCollection(Base + "/anno_coll.json"));

        // Model setter: the recipe links its pages with bare URIs, where the spec requires an object with id and
        // type (3.0 §3.5 next and prev), which AnnotationPageBuilder.Next and Prev write.
        link(page.Resource);
        return Tag(page, number, tags).Build();
    }

    /// <summary>A page referred to by its URI alone, as the recipe writes <c>next</c> and <c>prev</c>.</summary>
    internal static AnnotationPage UriOnly(string id) => new(id) { Type = null, IsUriString = true };

    private static AnnotationPageBuilder Tag(AnnotationPageBuilder page, int number, (string Tag, CanvasRegion Region)[] tags)
    {
        string canvas = $"{Base}/canvas/p{number}";
        for (int i = 0; i < tags.Length; i++)
        {
            (string tag, CanvasRegion region) = tags[i];
            page.Annotation($"{page.Resource.Id}-{i + 1}", Motivation.Tagging, a => a
                .Text(tag, format: "text/plain")
                .TargetRegion(canvas, Base + "/manifest.json", region));
        }

        return page;
    }

    private static CanvasBuilder NewspaperPage(CanvasBuilder canvas, int number)
    {
        Image scan = ScanWithoutSize($"https://iiif.io/api/image/3.0/example/reference/4ce82cef49fb16798f4c2440307c3d6f-newspaper-p{number}");
        return canvas
            .Label("none", $"p. {number}")
            .Size(3602, 5000)
            .PaintingPage($"{Base}/annotation_page_painting/ap{number}")
            .Paint(scan, $"{Base}/annotation/p{number}")
            .AnnotationsReference($"{Base}/anno_p{number}.json");
    }
}

/// <summary>0309: the collection of layout annotations, a document of its own.</summary>
public sealed class R0309AnnotationCollectionDocument : Recipe
{
    public override string Name => "0309-annotation-collection__anno_coll";

    public override IiifResource Build() => R0309AnnotationCollection.Collection(embedded: false);
}

/// <summary>0309: the first page of the collection of layout annotations.</summary>
public sealed class R0309AnnotationPage1 : Recipe
{
    public override string Name => "0309-annotation-collection__anno_p1";

    public override IiifResource Build() =>
        R0309AnnotationCollection.Page(1, p => p.Next = R0309AnnotationCollection.UriOnly(R0309AnnotationCollection.Base + "/anno_p2.json"), R0309AnnotationCollection.Page1Tags);
}

/// <summary>0309: the second page.</summary>
public sealed class R0309AnnotationPage2 : Recipe
{
    public override string Name => "0309-annotation-collection__anno_p2";

    public override IiifResource Build() =>
        R0309AnnotationCollection.Page(2, p => p.Prev = R0309AnnotationCollection.UriOnly(R0309AnnotationCollection.Base + "/anno_p1.json"), R0309AnnotationCollection.Page2Tags);
}
