using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed class PagingExtensionsTests
{
    private static Manifest Corpus(string relativePath) =>
        IiifJson.Deserialize<Manifest>(File.ReadAllBytes(CorpusFiles.Path(relativePath)));

    /// <summary>Describes spreads as "a|b" strings of canvas id tails, in the order given.</summary>
    private static IEnumerable<string> Describe(IEnumerable<IReadOnlyList<Canvas>> spreads) =>
        spreads.Select(s => string.Join("|", s.Select(c => c.Id!.Substring(c.Id!.LastIndexOf('/') + 1))));

    private static Manifest Synthetic(Behavior? layout, ViewingDirection? direction, params string[] canvases)
    {
        // "3f" is canvas 3 with facing-pages, "4n" canvas 4 with non-paged.
        var manifest = new Manifest("https://example.org/m") { ViewingDirection = direction };
        if (layout is { } behavior)
        {
            manifest.Behavior.Add(behavior);
        }

        foreach (string name in canvases)
        {
            var canvas = new Canvas($"https://example.org/{name}");
            if (name.EndsWith('f'))
            {
                canvas.Behavior.Add(Behavior.FacingPages);
            }
            else if (name.EndsWith('n'))
            {
                canvas.Behavior.Add(Behavior.NonPaged);
            }

            manifest.Items.Add(canvas);
        }

        return manifest;
    }

    [Test]
    public void GetSpreads_PagedBook_ShowsTheFirstPageAloneThenPairs()
    {
        IReadOnlyList<CanvasSpread> spreads = Corpus("v3/cookbook/0009-book-1.json").GetSpreads();

        Describe(spreads.Select(s => s.Canvases)).Should().Equal("p1", "p2|p3", "p4|p5");
        Describe(spreads.Select(s => s.DisplayOrder)).Should().Equal("p1", "p2|p3", "p4|p5");
    }

    [Test]
    public void GetSpreads_PagedBookWithFoldout_SkipsTheNonPagedCanvas()
    {
        IReadOnlyList<CanvasSpread> spreads = Corpus("v3/cookbook/0035-foldouts.json").GetSpreads();

        Describe(spreads.Select(s => s.Canvases)).Should().Equal("1", "2|3", "5|6", "7|8", "9");
    }

    [TestCase("v3/cookbook/0011-book-3-behavior__manifest-individuals.json", "v1", "v2", "v3", "v4")]
    [TestCase("v3/cookbook/0011-book-3-behavior__manifest-continuous.json", "s1", "s2", "s3", "s4")]
    [TestCase("v3/cookbook/0010-book-2-viewing-direction__manifest-rtl.json", "p1", "p2", "p3", "p4", "p5")]
    [TestCase("v3/cookbook/0010-book-2-viewing-direction__manifest-ttb.json", "v1", "v2", "v3", "v4")]
    public void GetSpreads_NotPaged_ShowsOneCanvasAtATime(string path, params string[] expected)
    {
        Manifest manifest = Corpus(path);

        IReadOnlyList<CanvasSpread> spreads = manifest.GetSpreads();

        Describe(spreads.Select(s => s.Canvases)).Should().Equal(expected);
        Describe(spreads.Select(s => s.DisplayOrder)).Should().Equal(expected);
        spreads.Select(s => s.Canvases[0]).Should().Equal(manifest.Items);
    }

    [Test]
    public void GetSpreads_PagedRightToLeft_PutsTheFirstPageOfEachOpeningOnTheRight()
    {
        Manifest manifest = Corpus("v3/clover-iiif/manifest/behavior/paged-rtl.json");

        IReadOnlyList<CanvasSpread> spreads = manifest.GetSpreads();

        int count = manifest.Items.Count;
        spreads.Should().HaveCount(1 + (count / 2));
        spreads[0].DisplayOrder.Should().Equal(manifest.Items[0]);
        spreads[1].Canvases.Should().Equal(manifest.Items[1], manifest.Items[2]);
        spreads[1].DisplayOrder.Should().Equal(manifest.Items[2], manifest.Items[1]);
        spreads.SelectMany(s => s.Canvases).Should().Equal(manifest.Items);
    }

    [Test]
    public void GetSpreads_FacingPages_AreShownAloneAndBreakTheWaitingPair()
    {
        Manifest manifest = Synthetic(Behavior.Paged, null, "1", "2", "3f", "4", "5", "6");

        Describe(manifest.GetSpreads().Select(s => s.Canvases)).Should().Equal("1", "2", "3f", "4|5", "6");
    }

    [Test]
    public void GetSpreads_FirstCanvasFacingPages_IsTheFirstSpread()
    {
        Manifest manifest = Synthetic(Behavior.Paged, null, "1f", "2", "3", "4");

        Describe(manifest.GetSpreads().Select(s => s.Canvases)).Should().Equal("1f", "2|3", "4");
    }

    [Test]
    public void GetSpreads_NonPagedFirst_TheNextCanvasIsTheFirstPage()
    {
        Manifest manifest = Synthetic(Behavior.Paged, null, "1n", "2", "3", "4");

        Describe(manifest.GetSpreads().Select(s => s.Canvases)).Should().Equal("2", "3|4");
    }

    [Test]
    public void GetSpreads_NonPagedWithoutPaged_IsIgnored()
    {
        Manifest manifest = Synthetic(Behavior.Individuals, null, "1", "2n", "3f");

        Describe(manifest.GetSpreads().Select(s => s.Canvases)).Should().Equal("1", "2n", "3f");
    }

    [TestCase("left-to-right", "2|3")]
    [TestCase("right-to-left", "3|2")]
    [TestCase("top-to-bottom", "2|3")]
    [TestCase("bottom-to-top", "3|2")]
    [TestCase("diagonal", "2|3")]
    public void GetSpreads_ViewingDirection_OrdersTheDisplay(string direction, string expected)
    {
        Manifest manifest = Synthetic(Behavior.Paged, new ViewingDirection(direction), "1", "2", "3");

        IReadOnlyList<CanvasSpread> spreads = manifest.GetSpreads();

        Describe(spreads.Select(s => s.DisplayOrder)).Should().Equal("1", expected);
        Describe(spreads.Select(s => s.Canvases)).Should().Equal("1", "2|3");
    }

    [Test]
    public void GetSpreads_ReadsTheModelWithoutChangingIt()
    {
        const string json = """
            {"id":"https://example.org/m","type":"Manifest","items":[{"id":"https://example.org/c1","type":"Canvas"}]}
            """;
        Manifest manifest = IiifJson.Deserialize<Manifest>(json);
        string before = IiifJson.Serialize(manifest);

        manifest.GetSpreads();

        IiifJson.Serialize(manifest).Should().Be(before);
    }

    [Test]
    public void GetSpreads_NoCanvases_IsEmpty() =>
        new Manifest("https://example.org/m") { Behavior = { Behavior.Paged } }.GetSpreads().Should().BeEmpty();

    private static IiifRange Range(string name, Behavior? layout, ViewingDirection? direction, params IiifResource[] items)
    {
        var range = new IiifRange($"https://example.org/{name}") { ViewingDirection = direction };
        if (layout is { } behavior)
        {
            range.Behavior.Add(behavior);
        }

        foreach (IiifResource item in items)
        {
            range.Items.Add(item);
        }

        return range;
    }

    private static IiifRange Sequence(params string[] canvases)
    {
        IiifRange range = Range("order", null, null, canvases.Select(c => (IiifResource)new Canvas($"https://example.org/{c}")).ToArray());
        range.Behavior.Add(Behavior.Sequence);
        return range;
    }

    [Test]
    public void GetSpreadsOfRange_AlternativePageOrder_FollowsTheRangesOrder()
    {
        Manifest manifest = Corpus("v3/cookbook/0027-alternative-page-order.json");
        TableOfContents toc = manifest.GetTableOfContents();

        IReadOnlyList<CanvasSpread> spreads = toc.Sequences[1].GetSpreads();

        toc.Sequences[1].Label!["en"].Should().Equal("Author-intended sequence");
        Describe(spreads.Select(s => s.Canvases)).Should().Equal("p2", "p3", "p4", "p1");
        spreads[3].Canvases[0].Should().BeSameAs(manifest.Items[0]);
    }

    [Test]
    public void GetSpreadsOfRange_SequenceInAPagedManifest_PairsThePagesInTheRangesOrder()
    {
        Manifest manifest = Synthetic(Behavior.Paged, null, "1", "2", "3", "4", "5n", "6f");
        manifest.Structures.Add(Sequence("4", "1", "5n", "2", "6f", "3"));

        RangeNode order = manifest.GetTableOfContents().Sequences[0];

        Describe(order.GetSpreads().Select(s => s.Canvases)).Should().Equal("4", "1|2", "6f", "3");
        Describe(manifest.GetSpreads().Select(s => s.Canvases)).Should().Equal("1", "2|3", "4", "6f");
    }

    [Test]
    public void GetSpreadsOfRange_RangesOwnBehaviorAndDirection_OverrideTheManifests()
    {
        Manifest manifest = Synthetic(Behavior.Individuals, ViewingDirection.LeftToRight, "1", "2", "3");
        manifest.Structures.Add(Range("paged-rtl", Behavior.Paged, ViewingDirection.RightToLeft, new Canvas("https://example.org/1"),
            new Canvas("https://example.org/2"), new Canvas("https://example.org/3")));
        manifest.Structures.Add(Range("plain", null, null, new Canvas("https://example.org/1"), new Canvas("https://example.org/2")));

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Roots[0].GetSpreads().Select(s => s.DisplayOrder)).Should().Equal("1", "3|2");
        Describe(toc.Roots[1].GetSpreads().Select(s => s.Canvases)).Should().Equal("1", "2");
    }

    [Test]
    public void GetSpreadsOfRange_IndividualsRangeInAPagedManifest_ShowsOneCanvasAtATime()
    {
        Manifest manifest = Synthetic(Behavior.Paged, ViewingDirection.RightToLeft, "1", "2", "3");
        manifest.Structures.Add(Range("r", Behavior.Individuals, null, new Canvas("https://example.org/1"),
            new Canvas("https://example.org/2"), new Canvas("https://example.org/3")));
        manifest.Structures.Add(Range("inherits", null, null, new Canvas("https://example.org/1"),
            new Canvas("https://example.org/2"), new Canvas("https://example.org/3")));

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Roots[0].GetSpreads().Select(s => s.Canvases)).Should().Equal("1", "2", "3");
        Describe(toc.Roots[1].GetSpreads().Select(s => s.DisplayOrder)).Should().Equal("1", "3|2");
    }

    [Test]
    public void GetSpreadsOfRange_ChildRange_InheritsTheClosestRangesLayout()
    {
        Manifest manifest = Synthetic(null, null, "1", "2", "3", "4");
        IiifRange noNav = Range("blank", Behavior.Individuals, null, Range("inner", null, null,
            new Canvas("https://example.org/3"), new Canvas("https://example.org/4"), new Canvas("https://example.org/1")));
        noNav.Behavior.Add(Behavior.NoNav);
        manifest.Structures.Add(Range("book", Behavior.Paged, ViewingDirection.BottomToTop,
            Range("chapter", null, null, new Canvas("https://example.org/2"), new Canvas("https://example.org/3"), new Canvas("https://example.org/4")),
            noNav));

        TableOfContents toc = manifest.GetTableOfContents();

        RangeNode chapter = toc.Roots[0].Children[0];
        RangeNode inner = toc.Roots[0].Children[1];
        Describe(chapter.GetSpreads().Select(s => s.DisplayOrder)).Should().Equal("2", "4|3");
        // The no-nav Range between them says individuals, and is closer than the book's paged.
        Describe(inner.GetSpreads().Select(s => s.Canvases)).Should().Equal("3", "4", "1");
        Describe(toc.Roots[0].GetSpreads().Select(s => s.Canvases)).Should().Equal("2", "3|4", "1");
    }

    [TestCase("p1", "p1")]
    [TestCase("p2", "p2|p3")]
    [TestCase("p3", "p2|p3")]
    [TestCase("p5", "p4|p5")]
    public void FindSpread_PagedBook_GivesTheOpeningOfThePage(string page, string expected)
    {
        Manifest manifest = Corpus("v3/cookbook/0009-book-1.json");
        Canvas canvas = manifest.Items.Single(c => c.Id!.EndsWith("/" + page, System.StringComparison.Ordinal));

        CanvasSpread? spread = manifest.FindSpread(canvas);

        Describe([spread!.Canvases]).Should().Equal(expected);
        spread.Canvases.Should().Contain(canvas);
    }

    [Test]
    public void FindSpread_ReferenceById_FindsTheManifestsCanvas()
    {
        Manifest manifest = Corpus("v3/cookbook/0009-book-1.json");

        CanvasSpread? spread = manifest.FindSpread(new Canvas("https://iiif.io/api/cookbook/recipe/0009-book-1/canvas/p4#xywh=0,0,10,10"));

        spread!.Canvases.Should().Equal(manifest.Items[3], manifest.Items[4]);
    }

    [Test]
    public void FindSpread_NonPagedFoldoutOrUnknownCanvas_IsNull()
    {
        Manifest manifest = Corpus("v3/cookbook/0035-foldouts.json");

        manifest.FindSpread(manifest.Items[3]).Should().BeNull("canvas 4 is non-paged, in no spread");
        manifest.FindSpread(new Canvas("https://example.org/elsewhere")).Should().BeNull();
        manifest.FindSpread(new Canvas()).Should().BeNull();
        Describe([manifest.FindSpread(manifest.Items[4])!.Canvases]).Should().Equal("5|6");
    }

    [Test]
    public void FindSpread_NotPaged_IsTheCanvasAlone()
    {
        Manifest manifest = Corpus("v3/cookbook/0011-book-3-behavior__manifest-individuals.json");

        manifest.FindSpread(manifest.Items[1])!.Canvases.Should().Equal(manifest.Items[1]);
    }

    [Test]
    public void FindSpreadInRange_AlternativeOrder_PairsThePageDifferently()
    {
        Manifest manifest = Synthetic(Behavior.Paged, null, "1", "2", "3", "4");
        manifest.Structures.Add(Sequence("1", "3", "2"));
        RangeNode order = manifest.GetTableOfContents().Sequences[0];

        Describe([order.FindSpread(manifest.Items[2])!.Canvases]).Should().Equal("3|2");
        Describe([manifest.FindSpread(manifest.Items[2])!.Canvases]).Should().Equal("2|3");
        order.FindSpread(manifest.Items[3]).Should().BeNull("the Range does not list canvas 4");
    }

    [Test]
    public void FindSpread_ReadsTheModelWithoutChangingIt()
    {
        const string json = """
            {"id":"https://example.org/m","type":"Manifest","items":[{"id":"https://example.org/c1","type":"Canvas"}]}
            """;
        Manifest manifest = IiifJson.Deserialize<Manifest>(json);
        string before = IiifJson.Serialize(manifest);

        manifest.FindSpread(new Canvas("https://example.org/c1"));

        IiifJson.Serialize(manifest).Should().Be(before);
    }
}
