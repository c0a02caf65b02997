using System.Collections.Generic;

namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>An article of the 0025 newspaper issue: the zones of the pages it is printed in, in reading order.</summary>
/// <param name="Id">The article's id, which names its Range and its AnnotationCollection.</param>
/// <param name="Title">Its title, in German.</param>
/// <param name="Zones">Each zone's page number and rectangle.</param>
public sealed record NewspaperArticle(string Id, string Title, params (int Page, CanvasRegion Region)[] Zones)
{
    /// <summary>The news of the day: two columns on page 2, two on page 5.</summary>
    public static NewspaperArticle Tagesneuigkeiten { get; } = new(
        "5ee30fe6-cc3d-431a-9acf-2a715b770306", "Tagesneuigkeiten",
        (2, new CanvasRegion(553, 1157, 470, 1103)),
        (2, new CanvasRegion(1018, 95, 461, 245)),
        (5, new CanvasRegion(569, 104, 478, 2153)),
        (5, new CanvasRegion(1044, 104, 466, 2147)));

    /// <summary>The tournament: three columns on page 3.</summary>
    public static NewspaperArticle DasTurnier { get; } = new(
        "e7b8a637-6864-4d1c-b2a3-a3f2e5fe3abc", "Das Turnier",
        (3, new CanvasRegion(113, 1489, 488, 808)),
        (3, new CanvasRegion(583, 130, 495, 2169)),
        (3, new CanvasRegion(1073, 117, 497, 2173)));

    /// <summary>Gets the URI of the article's AnnotationCollection, without <c>.json</c>.</summary>
    public string Annotations => R0025NewspaperArticleIndex.Base + "/annotations/" + Id;

    /// <summary>Gets the URI of the page of transcriptions of a zone (1-based).</summary>
    public string ZonePage(int zone) => $"{Annotations}/zone{zone}.json";
}

/// <summary>0025: a newspaper issue whose articles, each spread over zones of several pages, are Ranges.</summary>
public sealed class R0025NewspaperArticleIndex : Recipe
{
    internal const string Base = Cookbook + "0025-newspaper-article-index";
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/c0f1e980f00f66ef47caaf52cead8119-p";

    public override string Name => "0025-newspaper-article-index";

    public override IiifResource Build()
    {
        var manifest = new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("de", "Bozner Zeitung - 1903-08-18");
        for (int page = 1; page <= 5; page++)
        {
            string label = $"Seite {page}.";
            Image scan = IiifContent.ImageFromService(Images + page, 1634, 2402);
            manifest.Canvas(canvas => canvas.Label("de", label).Size(1634, 2402).Paint(scan));
        }

        return manifest
            .Range(Base + "/range/articles", articles => articles
                .Label("none", "Articles")
                .Range(Base + "/range/" + NewspaperArticle.Tagesneuigkeiten.Id, r => Zones(r, NewspaperArticle.Tagesneuigkeiten))
                .Range(Base + "/range/" + NewspaperArticle.DasTurnier.Id, r => Zones(r, NewspaperArticle.DasTurnier)))
            .Build();
    }

    // The recipe gives each zone's Canvas as an object with id and type, where RangeBuilder.Canvas(id, selector)
    // writes the spec examples' URI string; both are valid, so the item is made in the recipe's form.
    private static void Zones(RangeBuilder range, NewspaperArticle article)
    {
        range.Label("de", article.Title);
        foreach ((int page, CanvasRegion region) in article.Zones)
        {
            // Model setter: the recipe's selectors leave out conformsTo, which FragmentSelector(value) writes.
            var zone = new FragmentSelector { Value = region.ToString() };
            range.Item(IiifContent.Part(new Canvas($"{Base}/canvas/p{page}"), zone));
        }
    }
}

/// <summary>0025: an article's AnnotationCollection, published apart from its pages, which are recipes of their own.</summary>
public abstract class R0025ArticleAnnotations(NewspaperArticle article) : Recipe
{
    public override string Name => $"0025-newspaper-article-index__annotations__{article.Id}";

    public override IiifResource Build()
    {
        // The recipe writes the collection with first and last only: its pages are named by reference, so no
        // total is written, which only the pages know.
        var collection = new AnnotationCollectionBuilder(article.Annotations + ".json").Label("de", article.Title);
        for (int zone = 1; zone <= article.Zones.Length; zone++)
        {
            collection.PageReference(article.ZonePage(zone));
        }

        return collection.Build();
    }
}

/// <summary>0025: the AnnotationCollection of "Tagesneuigkeiten".</summary>
public sealed class R0025TagesneuigkeitenAnnotations() : R0025ArticleAnnotations(NewspaperArticle.Tagesneuigkeiten);

/// <summary>0025: the AnnotationCollection of "Das Turnier".</summary>
public sealed class R0025DasTurnierAnnotations() : R0025ArticleAnnotations(NewspaperArticle.DasTurnier);

/// <summary>0025: one zone of an article, the words read in it, one supplementing annotation each.</summary>
/// <remarks>The words and their rectangles are the recipe's input (<see cref="OcrInput"/>); the rest is written
/// here. Each page is linked to its collection and, forward only as the recipe does, to the next zone.</remarks>
public abstract class R0025ArticleZone(NewspaperArticle article, int zone) : Recipe
{
    public override string Name => $"0025-newspaper-article-index__annotations__{article.Id}__zone{zone}";

    public override IiifResource Build()
    {
        string id = article.ZonePage(zone);
        string annotations = $"{article.Annotations}/zone{zone}/annotation/";

        // The recipe's transcriptions target the Canvases under recipe/newspaper/, not those of its Manifest.
        string canvas = $"{Cookbook}newspaper/canvas/p{article.Zones[zone - 1].Page}";
        var page = new AnnotationPageBuilder(id, canvas).PartOf(new AnnotationCollection(article.Annotations + ".json"));
        if (zone < article.Zones.Length)
        {
            page.Next(article.ZonePage(zone + 1));
        }

        IReadOnlyList<OcrText> words = OcrInput.Read(Name);
        for (int i = 0; i < words.Count; i++)
        {
            OcrText word = words[i];
            page.Annotation(annotations + i, Motivation.Supplementing, a => a
                .Text(word.Text, format: "text/plain")
                .Target(new CanvasTarget(canvas, word.Region).ToString()));
        }

        return page.Build();
    }
}

/// <summary>0025: "Tagesneuigkeiten", zone 1.</summary>
public sealed class R0025TagesneuigkeitenZone1() : R0025ArticleZone(NewspaperArticle.Tagesneuigkeiten, 1);

/// <summary>0025: "Tagesneuigkeiten", zone 2.</summary>
public sealed class R0025TagesneuigkeitenZone2() : R0025ArticleZone(NewspaperArticle.Tagesneuigkeiten, 2);

/// <summary>0025: "Tagesneuigkeiten", zone 3.</summary>
public sealed class R0025TagesneuigkeitenZone3() : R0025ArticleZone(NewspaperArticle.Tagesneuigkeiten, 3);

/// <summary>0025: "Tagesneuigkeiten", zone 4.</summary>
public sealed class R0025TagesneuigkeitenZone4() : R0025ArticleZone(NewspaperArticle.Tagesneuigkeiten, 4);

/// <summary>0025: "Das Turnier", zone 1.</summary>
public sealed class R0025DasTurnierZone1() : R0025ArticleZone(NewspaperArticle.DasTurnier, 1);

/// <summary>0025: "Das Turnier", zone 2.</summary>
public sealed class R0025DasTurnierZone2() : R0025ArticleZone(NewspaperArticle.DasTurnier, 2);

/// <summary>0025: "Das Turnier", zone 3.</summary>
public sealed class R0025DasTurnierZone3() : R0025ArticleZone(NewspaperArticle.DasTurnier, 3);
