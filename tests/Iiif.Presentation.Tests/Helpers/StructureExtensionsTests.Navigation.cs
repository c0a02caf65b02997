using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Iiif.Presentation.Tests.Helpers;

/// <summary>Thumbnail navigation, and where each entry starts (<see cref="RangeNode.Targets"/>).</summary>
public sealed partial class StructureExtensionsTests
{
    private const string Opera = "https://iiif.io/api/cookbook/recipe/0026-toc-opera/canvas/1";

    /// <summary>Describes an entry's start as "label: start-end", with "-" for an open end.</summary>
    private static IEnumerable<string> Starts(IEnumerable<RangeNode> nodes) =>
        nodes.Select(n => string.Create(
            CultureInfo.InvariantCulture,
            $"{n.Label!.First().Value[0]}: {n.Start!.Target.Time!.Value.Start}-{(object?)n.Start.Target.Time!.Value.End ?? "-"}"));

    [Test]
    public void GetTableOfContents_BehaviorRanges_PutsTheThumbnailNavRangeOutsideTheToc()
    {
        Manifest manifest = Corpus("v3/cookbook/0229-behavior-ranges.json");

        TableOfContents toc = manifest.GetTableOfContents();

        toc.Roots.Should().BeEmpty("a thumbnail-nav Range is not a table of contents entry, nor are its thumbnails");
        toc.Descendants().Should().BeEmpty();
        toc.FindRanges(manifest.Items[0]).Should().BeEmpty();
        RangeNode thumbnails = toc.ThumbnailNavigation.Should().ContainSingle().Subject;
        thumbnails.Range.Id.Should().Be("https://iiif.io/api/cookbook/recipe/0229-behavior-ranges/range/1");
        thumbnails.Label!["en"].Should().Equal("Thumbnail Navigation");
        thumbnails.Parent.Should().BeNull();
        thumbnails.Canvases.Should().Equal(manifest.Items[0]);
        thumbnails.Children.Select(n => Tail(n.Range.Id)).Should().Equal("2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        thumbnails.Children.Select(n => n.Start!.Target.Time!.Value.Start).Should().Equal(
            9, 305, 610, 915, 1220, 1525, 1830, 2135, 2440, 2745);
        thumbnails.Children[9].Start!.Target.Time!.Value.End.Should().Be(3307.22);
        thumbnails.Children[0].Range.Thumbnail.Should().ContainSingle().Which.Id.Should().Be(
            "https://fixtures.iiif.io/video/indiana/donizetti-elixir/thumbnails/thumb-nav-01.png");
        thumbnails.Start!.Range.Id.Should().Be(
            "https://iiif.io/api/cookbook/recipe/0229-behavior-ranges/range/1.1", "the no-nav Range's dead air still starts the whole");
        thumbnails.Targets.Select(t => t.Target.Time!.Value.Start).Should().HaveCount(11);
        thumbnails.Targets.Take(2).Select(t => t.Target.Time!.Value.Start).Should().Equal(0, 9);
    }

    [Test]
    public void GetTableOfContents_NestedThumbnailNav_LeavesTheTreeWithItsRangesButItsCanvasesStayCovered()
    {
        IiifRange thumbs = Behaved(R("thumbs", R("k1", C(1)), R("k2", C(3))), Behavior.ThumbnailNav);
        Manifest manifest = Synthetic(3, R("book", R("ch1", C(1)), thumbs, R("ch2", C(2))), R("again", Ref("thumbs")));

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal(
            "book: c1,c3,c2",
            "  ch1: c1 contiguous",
            "  ch2: c2 contiguous",
            "again: c1,c3");
        toc.ThumbnailNavigation.Should().ContainSingle("a thumbnail-nav Range named twice is listed once");
        Describe(toc.ThumbnailNavigation[0].Descendants()).Should().Equal(
            "thumbs: c1,c3",
            "  k1: c1 contiguous",
            "  k2: c3 contiguous");
        toc.ThumbnailNavigation[0].Parent.Should().BeNull();
        toc.FindRanges(manifest.Items[2]).Select(n => Tail(n.Range.Id)).Should().Equal("book", "again");
    }

    [Test]
    public void Start_TocOpera_GivesEachEntrysLabelAndStartSeconds()
    {
        Manifest manifest = Corpus("v3/cookbook/0026-toc-opera.json");

        TableOfContents toc = manifest.GetTableOfContents();

        Starts(toc.Descendants()).Should().Equal(
            "Gaetano Donizetti, L'Elisir D'Amore: 0-302.05",
            "Atto Primo: 0-302.05",
            "Preludio e Coro d'introduzione – Bel conforto al mietitore: 0-302.05",
            "Remainder of Atto Primo: 302.05-3971.24",
            "Atto Secondo: 3971.24--");
        toc.Descendants().Should().OnlyContain(n => n.Start!.Canvas == manifest.Items[0]);
        toc.Roots[0].Targets.Select(t => t.ToString()).Should().Equal(
            Opera + "#t=0,302.05", Opera + "#t=302.05,3971.24", Opera + "#t=3971.24");
        toc.Roots[0].Targets.Select(t => Tail(t.Range.Id)).Should().Equal("3", "4", "5");
        toc.Roots[0].Targets.Should().OnlyContain(t => t.Target.CanvasId == Opera && t.Target.Region == null);
    }

    [Test]
    public void Start_OperaOneCanvas_GivesTheClosedEndOfTheLastAct()
    {
        Manifest manifest = Corpus("v3/cookbook/0064-opera-one-canvas.json");

        Starts(manifest.GetTableOfContents().Roots[0].Children).Should().Equal(
            "Atto Primo: 0-302.05",
            "Atto Secondo: 3971.24-7278.422");
    }

    [Test]
    public void Start_OperaMultipleCanvases_ResolvesTheSecondActToTheSecondCanvas()
    {
        Manifest manifest = Corpus("v3/cookbook/0065-opera-multiple-canvases.json");

        TableOfContents toc = manifest.GetTableOfContents();

        Starts(toc.Descendants()).Should().Equal(
            "Gaetano Donizetti, L'Elisir D'Amore: 0-302.05",
            "Atto Primo: 0-302.05",
            "Preludio e Coro d'introduzione – Bel conforto al mietitore: 0-302.05",
            "Remainder of Atto Primo: 302.05-3971.24",
            "Atto Secondo: 0-3307.22");
        RangeNode second = toc.Roots[0].Children[1];
        second.Start!.Canvas.Should().BeSameAs(manifest.Items[1]);
        second.Start.Canvas.Items.Should().NotBeEmpty("the Manifest's full Canvas, not the Range's reference");
        toc.Roots[0].Targets.Select(t => t.Canvas).Should().Equal(manifest.Items[0], manifest.Items[0], manifest.Items[1]);
    }

    [Test]
    public void Start_BlAvManifest_IncludesTheNoNavLeadInAndSkipsAnUnknownCanvas()
    {
        Manifest manifest = Corpus("v3/iiif-helpers/presentation-3/bl-av-manifest.json");

        RangeNode top = manifest.GetTableOfContents().Roots.Should().ContainSingle().Subject;

        Starts(top.Children).Should().Equal(
            "The turmut hoeing (02:29): 0-148.76",
            "She stole my heart away (02:08): 148.8-276.64",
            "Dumble dum dollicky (Richard of Taunton Dean) (03:01): 276.64-458",
            "Mrs Fanny Rumble talks about herself (01:44): 458-562.4",
            "What shall I wear to the wedding, John? (03:25): 562.4-767.24",
            "Country courtship (05:50): 767.24-1117.28",
            "Herbert Prince (05:00): 1117.28-1119.76",
            "Fanny Rumble / Albert Collins / Fred Perrier (25:17): 0-28.04");

        // Herbert Prince starts with its no-nav lead-in, before its first named child.
        RangeNode prince = top.Children[6];
        prince.Start!.Range.Id.Should().Be("https://api.bl.uk/metadata/iiif/ark:/81055/vdc_100082592360.0x000013/nn1");
        Starts(prince.Children).Should().Equal(
            "Introductory talk: 'The young sailor cut down in his prime' (01:25): 1119.76-1204.96",
            "The young sailor cut down in his prime (02:49): 1209.4-1377.96");
        top.Children[7].Start!.Canvas.Should().BeSameAs(manifest.Items[1]);
        top.Children[7].Children[0].Start!.Target.Time!.Value.Start.Should().Be(406.76000000000005);

        // 28 references, the last of which names no Canvas of the Manifest ("…/iiif/#t=378.72,1520.04").
        top.Targets.Should().HaveCount(27);
        top.Targets[^1].ToString().Should().Be("https://api.bl.uk/metadata/iiif/ark:/81055/vdc_100082592360.0x000006#t=266.08,378.72");
    }

    [Test]
    public void Targets_NewspaperArticleIndex_KeepsEachSelectorsRegion()
    {
        Manifest manifest = Corpus("v3/cookbook/0025-newspaper-article-index.json");

        RangeNode article = manifest.GetTableOfContents().Roots[0].Children[0];

        article.Label!["de"].Should().Equal("Tagesneuigkeiten");
        article.Targets.Select(t => $"{Tail(t.Canvas.Id)} {t.Target.Region}").Should().Equal(
            "p2 xywh=553,1157,470,1103", "p2 xywh=1018,95,461,245", "p5 xywh=569,104,478,2153", "p5 xywh=1044,104,466,2147");
        article.Start!.Canvas.Should().BeSameAs(manifest.Items[1]);
        article.Start.Target.Time.Should().BeNull();
        CanvasRegion region = article.Start.Target.Region!.Value;
        new[] { region.X, region.Y, region.W, region.H }.Should().Equal(553, 1157, 470, 1103);
        region.Unit.Should().Be(MediaFragmentUnit.Pixel);
        article.Canvases.Should().Equal(manifest.Items[1], manifest.Items[4]);
    }

    [Test]
    public void Targets_MalformedFragmentOrUnknownCanvas_AreLeftOutButTheCanvasStillCounts()
    {
        Manifest manifest = Synthetic(
            2,
            R("r", new Canvas("https://example.org/c99#t=5"), new Canvas("https://example.org/c1#t=abc"), new Canvas("https://example.org/c2#t=5,10")),
            R("empty", new Canvas("https://example.org/c99")));

        TableOfContents toc = manifest.GetTableOfContents();

        RangeNode range = toc.Roots[0];
        range.Canvases.Should().Equal(manifest.Items[0], manifest.Items[1]);
        range.Targets.Select(t => t.ToString()).Should().Equal("https://example.org/c2#t=5,10");
        range.Start!.Canvas.Should().BeSameAs(manifest.Items[1]);
        toc.Roots[1].Start.Should().BeNull();
        toc.Roots[1].Targets.Should().BeEmpty();
    }

    [Test]
    public void Targets_WholeCanvas_HasNoRegionAndNoTime()
    {
        RangeNode range = Synthetic(2, R("r", C(2), C(1))).GetTableOfContents().Roots[0];

        range.Targets.Select(t => t.ToString()).Should().Equal("https://example.org/c2", "https://example.org/c1");
        range.Start!.Target.Region.Should().BeNull();
        range.Start.Target.Time.Should().BeNull();
    }
}
