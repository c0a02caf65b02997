using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed partial class StructureExtensionsTests
{
    private static Manifest Corpus(string relativePath) =>
        IiifJson.Deserialize<Manifest>(File.ReadAllBytes(CorpusFiles.Path(relativePath)));

    /// <summary>Describes a tree as lines "indent id-tail: canvas-tails [contiguous]", to compare whole trees at once.</summary>
    private static IEnumerable<string> Describe(IEnumerable<RangeNode> nodes) =>
        nodes.Select(n => $"{new string(' ', 2 * n.Depth)}{Tail(n.Range.Id)}: {string.Join(",", n.Canvases.Select(c => Tail(c.Id)))}" +
            (n.IsContiguous ? " contiguous" : string.Empty));

    private static string Tail(string? id) => id is null ? "(no id)" : id.Substring(id.LastIndexOf('/') + 1);

    private static Manifest Synthetic(int canvases, params IiifRange[] structures)
    {
        var manifest = new Manifest("https://example.org/m");
        for (int i = 1; i <= canvases; i++)
        {
            manifest.Items.Add(new Canvas($"https://example.org/c{i}"));
        }

        foreach (IiifRange range in structures)
        {
            manifest.Structures.Add(range);
        }

        return manifest;
    }

    private static IiifRange R(string name, params IiifResource[] items)
    {
        var range = new IiifRange($"https://example.org/{name}");
        foreach (IiifResource item in items)
        {
            range.Items.Add(item);
        }

        return range;
    }

    private static Canvas C(int n) => new($"https://example.org/c{n}");

    private static IiifRange Ref(string name) => new($"https://example.org/{name}");

    [Test]
    public void GetTableOfContents_Book4Toc_GivesTheNestedChapters()
    {
        Manifest manifest = Corpus("v3/cookbook/0024-book-4-toc.json");

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal(
            "r0: p1,p2,p3,p4,p5,p6 contiguous",
            "  r1: p1,p2 contiguous",
            "  r2: p3,p4,p5,p6 contiguous",
            "    1: p3,p4 contiguous",
            "    2: p5,p6 contiguous");
        toc.Sequences.Should().BeEmpty();
        toc.Roots.Should().ContainSingle().Which.Label!["en"].Should().Equal("Table of Contents");
        toc.Roots[0].Children[1].Label!["gez"].Should().Equal("Arede'et [አርድዕት]");
    }

    [Test]
    public void GetTableOfContents_Book4Toc_CanvasesAreTheManifestsOwn()
    {
        Manifest manifest = Corpus("v3/cookbook/0024-book-4-toc.json");

        RangeNode monday = manifest.GetTableOfContents().Roots[0].Children[1].Children[0];

        monday.Canvases.Should().HaveCount(2);
        monday.Canvases[0].Should().BeSameAs(manifest.Items[2]);
        monday.Canvases[0].Items.Should().NotBeEmpty("the Manifest's full Canvas, not the Range's reference");
        monday.FirstCanvas.Should().BeSameAs(manifest.Items[2]);
        monday.Parent!.FirstCanvas.Should().BeSameAs(manifest.Items[2]);
    }

    [Test]
    public void FindRanges_Book4TocCanvas_GivesTheDeepestRangeAndItsPath()
    {
        Manifest manifest = Corpus("v3/cookbook/0024-book-4-toc.json");
        TableOfContents toc = manifest.GetTableOfContents();

        IReadOnlyList<RangeNode> found = toc.FindRanges(manifest.Items[3]);

        found.Should().ContainSingle();
        found[0].GetPath().Select(n => n.Label!.First().Value[0]).Should().Equal(
            "Table of Contents", "Arede'et [አርድዕት]", "Monday");
        toc.FindRanges("https://iiif.io/api/cookbook/recipe/0024-book-4-toc/canvas/p1")
            .Select(n => Tail(n.Range.Id)).Should().Equal("r1");
        toc.FindRanges("https://example.org/not-here").Should().BeEmpty();
    }

    [Test]
    public void GetTableOfContents_TocOpera_ResolvesTimeFragmentsToTheOneCanvas()
    {
        Manifest manifest = Corpus("v3/cookbook/0026-toc-opera.json");

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal(
            "1: 1 contiguous",
            "  2: 1 contiguous",
            "    3: 1 contiguous",
            "    4: 1 contiguous",
            "  5: 1 contiguous");
        toc.Descendants().Should().OnlyContain(n => n.FirstCanvas == manifest.Items[0]);
        toc.FindRanges("https://iiif.io/api/cookbook/recipe/0026-toc-opera/canvas/1#t=400")
            .Select(n => Tail(n.Range.Id)).Should().Equal("3", "4", "5");
    }

    [Test]
    public void GetTableOfContents_NewspaperArticleIndex_ResolvesSpecificResources()
    {
        Manifest manifest = Corpus("v3/cookbook/0025-newspaper-article-index.json");

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal(
            "articles: p2,p5,p3",
            "  5ee30fe6-cc3d-431a-9acf-2a715b770306: p2,p5",
            "  e7b8a637-6864-4d1c-b2a3-a3f2e5fe3abc: p3 contiguous");
        toc.FindRanges(manifest.Items[4]).Should().ContainSingle().Which.Label!["de"].Should().Equal("Tagesneuigkeiten");
        toc.FindRanges(manifest.Items[0]).Should().BeEmpty("the front page holds no article");
    }

    [Test]
    public void GetTableOfContents_AlternativePageOrder_PutsSequencesOutsideTheToc()
    {
        Manifest manifest = Corpus("v3/cookbook/0027-alternative-page-order.json");

        TableOfContents toc = manifest.GetTableOfContents();

        toc.Roots.Should().BeEmpty();
        Describe(toc.Sequences).Should().Equal("r1: p1,p2,p3,p4 contiguous", "r2: p2,p3,p4,p1");
    }

    [Test]
    public void GetTableOfContents_NoNavRange_ItsChildRangesTakeItsPlace()
    {
        Manifest manifest = Synthetic(
            4,
            R("top", Behaved(R("blank", C(1), R("a", C(2))), Behavior.NoNav), R("b", C(3))),
            Behaved(R("hidden-top", R("c", C(4))), Behavior.NoNav));

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal(
            "top: c1,c2,c3 contiguous",
            "  a: c2 contiguous",
            "  b: c3 contiguous",
            "c: c4 contiguous");
        toc.Roots[0].Children[0].Parent.Should().BeSameAs(toc.Roots[0]);
        toc.FindRanges(manifest.Items[0]).Select(n => Tail(n.Range.Id)).Should().Equal("top");
    }

    [Test]
    public void GetTableOfContents_SequenceThatIsNotOnTop_StaysInTheToc()
    {
        Manifest manifest = Synthetic(2, R("top", Behaved(R("inner", C(2), C(1)), Behavior.Sequence)));

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal("top: c2,c1", "  inner: c2,c1");
        toc.Sequences.Should().BeEmpty();
    }

    [Test]
    public void GetTableOfContents_ReferenceById_ResolvesToTheRangeInStructures()
    {
        IiifRange chapter = R("chapter", C(2), C(3));
        Manifest manifest = Synthetic(3, R("toc", C(1), Ref("chapter")), Behaved(R("holder", chapter), Behavior.NoNav));

        TableOfContents toc = manifest.GetTableOfContents();

        RangeNode reference = toc.Roots[0].Children.Should().ContainSingle().Subject;
        reference.Range.Should().BeSameAs(chapter);
        Describe(toc.Roots).Should().Equal("toc: c1,c2,c3 contiguous", "chapter: c2,c3 contiguous");
    }

    [Test]
    public void GetTableOfContents_RangesListedFlat_AppearOnlyUnderTheirParent()
    {
        Manifest manifest = Synthetic(
            3,
            R("ch1", C(1)),
            R("ch2", C(2), C(3)),
            R("book", Ref("ch1"), Ref("ch2")),
            R("orphan", Ref("book"), C(3)));

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal(
            "orphan: c1,c2,c3 contiguous",
            "  book: c1,c2,c3 contiguous",
            "    ch1: c1 contiguous",
            "    ch2: c2,c3 contiguous");
    }

    [Test]
    public void GetTableOfContents_MissingReferences_GiveEmptyEntriesAndNoCanvas()
    {
        Manifest manifest = Synthetic(2, R("toc", Ref("nowhere"), C(1), new Canvas("https://example.org/c99"), C(2)));

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal("toc: c1,c2 contiguous", "  nowhere: ");
        toc.Roots[0].Children[0].FirstCanvas.Should().BeNull();
        toc.Roots[0].Children[0].IsContiguous.Should().BeFalse();
    }

    [Test]
    public void GetTableOfContents_CyclesByReference_StopAtTheRepeatedRange()
    {
        Manifest manifest = Synthetic(2, R("a", Ref("b"), C(1)), R("b", Ref("a"), C(2)));

        TableOfContents toc = manifest.GetTableOfContents();

        Describe(toc.Descendants()).Should().Equal(
            "a: c2,c1",
            "  b: c2 contiguous",
            "b: c1,c2 contiguous",
            "  a: c1 contiguous");
    }

    [Test]
    public void GetTableOfContents_RangeInsideItself_DoesNotHang()
    {
        IiifRange loop = R("loop", C(1));
        loop.Items.Add(loop);
        Manifest manifest = Synthetic(1, loop);

        Describe(manifest.GetTableOfContents().Descendants()).Should().Equal("loop: c1 contiguous");
    }

    [Test]
    public void GetTableOfContents_ReferencesThatFanOut_StopsAtTheEntryLimit()
    {
        // Each level names the next one twice: 2^40 paths if nothing stopped the walk.
        var ranges = Enumerable.Range(0, 40).Select(i => R($"l{i}", C(1), Ref($"l{i + 1}"), Ref($"l{i + 1}"))).ToArray();
        Manifest manifest = Synthetic(1, ranges);
        var watch = Stopwatch.StartNew();

        int count = manifest.GetTableOfContents().Descendants().Count();

        count.Should().BeInRange(1, 100_000);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Test]
    public void GetTableOfContents_LongChainOfReferences_DoesNotOverflowTheStack()
    {
        var ranges = Enumerable.Range(0, 5_000).Select(i => R($"l{i}", C(1), Ref($"l{i + 1}"))).ToArray();
        Manifest manifest = Synthetic(1, ranges[0]);
        manifest.Structures.Add(Behaved(R("all", ranges.Skip(1).ToArray()), Behavior.NoNav));

        TableOfContents toc = manifest.GetTableOfContents();

        toc.Roots[0].Descendants().Max(n => n.Depth).Should().BeLessThan(1_000);
    }

    [TestCase(new[] { 1, 2, 3 }, true)]
    [TestCase(new[] { 2, 3 }, true)]
    [TestCase(new[] { 1, 3 }, false)]
    [TestCase(new[] { 2, 1 }, false)]
    [TestCase(new[] { 2, 2, 3 }, true)]
    [TestCase(new int[0], false)]
    public void IsContiguous_CanvasesInARange_FollowTheManifestOrder(int[] canvases, bool expected)
    {
        Manifest manifest = Synthetic(3, R("r", canvases.Select(n => (IiifResource)C(n)).ToArray()));

        manifest.GetTableOfContents().Roots[0].IsContiguous.Should().Be(expected);
    }

    [Test]
    public void GetTableOfContents_ReadsTheModelWithoutChangingIt()
    {
        const string json = """
            {"id":"https://example.org/m","type":"Manifest","items":[{"id":"https://example.org/c1","type":"Canvas"}],
             "structures":[{"id":"https://example.org/r","type":"Range","items":[{"id":"https://example.org/c1","type":"Canvas"},{"id":"https://example.org/x","type":"Range"},
               {"type":"SpecificResource","source":{"id":"https://example.org/c1","type":"Canvas"}}]}]}
            """;
        Manifest manifest = IiifJson.Deserialize<Manifest>(json);
        string before = IiifJson.Serialize(manifest);

        TableOfContents toc = manifest.GetTableOfContents();

        toc.Roots[0].Targets.Select(t => t.ToString()).Should().Equal("https://example.org/c1", "https://example.org/c1");

        IiifJson.Serialize(manifest).Should().Be(before);
    }

    [Test]
    public void GetTableOfContents_EveryCorpusManifest_GivesATreeOfItsOwnCanvases()
    {
        var problems = new List<string>();
        int withStructures = 0;
        foreach (CorpusFile file in CorpusFiles.Files("v3"))
        {
            IiifResource resource;
            try
            {
                resource = IiifJson.Parse(File.ReadAllBytes(file.FullPath));
            }
            catch (IiifJsonException)
            {
                continue; // reading is tested elsewhere
            }

            if (resource is not Manifest manifest)
            {
                continue;
            }

            try
            {
                TableOfContents toc = manifest.GetTableOfContents();
                manifest.GetSpreads();
                withStructures += toc.Roots.Count + toc.Sequences.Count > 0 ? 1 : 0;
                var own = new HashSet<Canvas>(manifest.Items);
                RangeNode[] nodes = toc.Descendants().Concat(toc.Sequences).Concat(toc.ThumbnailNavigation).ToArray();
                if (nodes.SelectMany(n => n.Canvases).FirstOrDefault(c => !own.Contains(c)) is { } stray)
                {
                    problems.Add($"{file.RelativePath}: canvas {stray.Id} is not one of the Manifest's items");
                }

                if (nodes.SelectMany(n => n.Targets).FirstOrDefault(t => !own.Contains(t.Canvas) || t.Target.CanvasId != t.Canvas.Id) is { } target)
                {
                    problems.Add($"{file.RelativePath}: target {target} is not on one of the Manifest's items");
                }

                foreach (RangeNode node in nodes)
                {
                    node.GetSpreads();
                }

                foreach (Canvas canvas in manifest.Items)
                {
                    manifest.FindSpread(canvas);
                }
            }
            catch (Exception e)
            {
                problems.Add($"{file.RelativePath}: {e.GetType().Name}: {e.Message}");
            }
        }

        problems.Should().BeEmpty();
        withStructures.Should().BeGreaterThan(10, "the corpus has many Manifests with structures");
    }

    [Test]
    public void GetTableOfContents_NoStructures_IsEmpty()
    {
        TableOfContents toc = new Manifest("https://example.org/m").GetTableOfContents();

        toc.Roots.Should().BeEmpty();
        toc.Sequences.Should().BeEmpty();
        toc.Descendants().Should().BeEmpty();
    }

    private static IiifRange Behaved(IiifRange range, Behavior behavior)
    {
        range.Behavior.Add(behavior);
        return range;
    }
}

internal static class RangeNodeTestExtensions
{
    public static IEnumerable<RangeNode> Descendants(this RangeNode node) =>
        new[] { node }.Concat(node.Children.SelectMany(c => c.Descendants()));
}
