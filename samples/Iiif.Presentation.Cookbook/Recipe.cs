using System;
using System.Collections.Generic;
using System.Linq;

namespace Iiif.Presentation.Cookbook;

/// <summary>One document of the IIIF Cookbook, rebuilt with the builder.</summary>
public abstract class Recipe
{
    /// <summary>The recipe folder's URL, the base of its ids.</summary>
    protected const string Cookbook = "https://iiif.io/api/cookbook/recipe/";

    /// <summary>Gets the corpus file name without <c>.json</c>, such as <c>0001-mvm-image</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Builds the document.</summary>
    public abstract IiifResource Build();

    /// <summary>Gets every recipe of this assembly, by name.</summary>
    public static IReadOnlyList<Recipe> All { get; } = typeof(Recipe).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Recipe)) && !t.IsAbstract)
        .Select(t => (Recipe)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Adds one Canvas a page, each labelled in English and painted with its image service's full image.</summary>
    protected static ManifestBuilder Pages(ManifestBuilder manifest, params (string Label, int Width, int Height, string Service)[] pages)
    {
        foreach ((string label, int width, int height, string service) in pages)
        {
            manifest.Canvas(canvas => canvas
                .Label("en", label)
                .Size(width, height)
                .Paint(IiifContent.ImageFromService(service, width, height)));
        }

        return manifest;
    }

    private const string Reference = "https://iiif.io/api/image/3.0/example/reference/";

    /// <summary>The five pages of the UCLA playbill several recipes show.</summary>
    protected static readonly (string Label, int Width, int Height, string Service)[] PlaybillPages =
    [
        ("front cover", 3497, 4823, Reference + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_001"),
        ("pages 1–2", 6062, 4804, Reference + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_002"),
        ("pages 3–4", 6127, 4776, Reference + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_003"),
        ("pages 5–6", 6124, 4751, Reference + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_004"),
        ("back cover", 3510, 4808, Reference + "4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_005"),
    ];

    /// <summary>The five pages of the Gallica book several recipes show.</summary>
    protected static readonly (string Label, int Width, int Height, string Service)[] GallicaPages =
    [
        ("Blank page", 3204, 4613, Reference + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f18"),
        ("Frontispiece", 3186, 4612, Reference + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f19"),
        ("Title page", 3204, 4613, Reference + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f20"),
        ("Blank page", 3174, 4578, Reference + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f21"),
        ("Bookplate", 3198, 4632, Reference + "59d09e6773341f28ea166e9f3c1e674f-gallica_ark_12148_bpt6k1526005v_f22"),
    ];

    /// <summary>The summary of the UCLA playbill.</summary>
    protected const string PlaybillSummary =
        "Playbill for \"Akiba gongen kaisen-banashi,\" \"Futatsu chōchō kuruwa nikki\" and \"Godairiki koi no fūjime\" performed at the Chikugo Theater in Osaka from the fifth month of Kaei 2 (May, 1849); main actors: Gadō Kataoka II, Ebizō Ichikawa VI, Kitō Sawamura II, Daigorō Mimasu IV and Karoku Nakamura I; on front cover: producer Mominosuke Ichikawa's crest.";

    /// <summary>The label of the cookbook's photo of Göttingen.</summary>
    protected const string GottingenLabel = "Picture of Göttingen taken during the 2019 IIIF Conference";

    /// <summary>Paints the cookbook's photo of Göttingen on a Canvas of its size; with <paramref name="recipe"/>,
    /// under the <c>canvas-1/annopage-1/anno-1</c> ids several recipes use.</summary>
    protected static CanvasBuilder Gottingen(CanvasBuilder canvas, string? recipe = null)
    {
        Image photo = IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-gottingen", 4032, 3024);
        canvas.Size(4032, 3024);
        return recipe is null
            ? canvas.Paint(photo)
            : canvas.PaintingPage(recipe + "/canvas-1/annopage-1").Paint(photo, recipe + "/canvas-1/annopage-1/anno-1");
    }

    /// <summary>The photo of Göttingen on <c>canvas-1</c>, whose annotations are published as
    /// <c>annotationpage.json</c> and referred to.</summary>
    protected static Manifest GottingenWithAnnotationPage(string recipe) =>
        new ManifestBuilder(recipe + "/manifest.json")
            .Label("en", GottingenLabel)
            .Canvas(recipe + "/canvas-1", canvas => Gottingen(canvas, recipe).AnnotationsReference(recipe + "/annotationpage.json"))
            .Build();

    /// <summary>The full image of an image service (<c>level1</c>) without its size, as the newspaper recipes give
    /// their scans; only the Canvas states the size.</summary>
    /// <remarks>Model setters: <see cref="IiifContent.ImageFromService(string, int, int, string)"/> states the size,
    /// as Presentation 3.0 §3.3 width and height recommend for an image.</remarks>
    protected static Image ScanWithoutSize(string serviceId)
    {
        Image scan = IiifContent.ImageFromService(serviceId, 1, 1);
        scan.Width = null;
        scan.Height = null;
        return scan;
    }

    /// <summary>Paints the map of the Chesapeake and Ohio Canal pamphlet on a Canvas of its size, under the
    /// <c>canvas.json</c>, <c>contentPage.json</c> and <c>content.json</c> ids of the recipes that annotate it.</summary>
    protected static CanvasBuilder CanalPamphlet(CanvasBuilder canvas, string recipe) =>
        canvas
            .Label("en", "Chesapeake and Ohio Canal Pamphlet")
            .Size(5212, 7072)
            .PaintingPage(recipe + "/contentPage.json")
            .Paint(
                IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/43153e2ec7531f14dd1c9b2fc401678a-88695674", 5212, 7072),
                recipe + "/content.json");

    /// <summary>The screen "Koto, chess, calligraphy, and painting" on one Canvas (ids minted as the cookbook does),
    /// with the page of annotations <c>{recipe}/page/p2/1</c> that <paramref name="annotate"/> fills.</summary>
    protected static ManifestBuilder KotoScreen(string recipe, Action<AnnotationPageBuilder> annotate) =>
        new ManifestBuilder(recipe + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Koto, chess, calligraphy, and painting")
            .Label("ja", "琴棋書画図屏風")
            .Canvas(canvas => canvas
                .Size(8800, 3966)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/36ca0a3370db128ec984b33d71a1543d-100320001004", 8800, 3966))
                .Annotations(recipe + "/page/p2/1", annotate));

    /// <summary>A language map with one value, for labels given inline.</summary>
    protected static LanguageMap En(params string[] values) => new("en", values);
}
