using System;
using System.Linq;

namespace Iiif.Presentation.Tests.Building;

/// <summary>The builder's promises: ids minted deterministically or given, the same bytes for the same
/// calls, single-call mistakes refused at the call, whole-document mistakes listed by Build().</summary>
[TestFixture]
public sealed class BuilderTests
{
    private static ManifestBuilder Book() =>
        new ManifestBuilder("https://example.org/iiif/book1/manifest")
            .Label("en", "Book 1")
            .Canvas(c => c.Size(1000, 1500).Paint(IiifContent.Image("https://example.org/images/p1.jpg", "image/jpeg", 1000, 1500)))
            .Canvas(c => c.Size(1000, 1500).Paint(IiifContent.Image("https://example.org/images/p2.jpg", "image/jpeg", 1000, 1500)));

    [Test]
    public void Build_WithoutIds_MintsThemFromTheBaseUri()
    {
        Manifest manifest = Book().Build();

        manifest.Items.Select(c => c.Id).Should().Equal("https://example.org/iiif/book1/canvas/1", "https://example.org/iiif/book1/canvas/2");
        manifest.Items[1].Items[0].Id.Should().Be("https://example.org/iiif/book1/canvas/2/page/1");
        manifest.Items[1].Items[0].Items[0].Id.Should().Be("https://example.org/iiif/book1/canvas/2/page/1/annotation/1");
    }

    [Test]
    public void Build_SameCalls_GiveTheSameBytes()
    {
        IiifJson.Serialize(Book().Build()).Should().Be(IiifJson.Serialize(Book().Build()));
    }

    [Test]
    public void Build_WritesTheShapesOfTheSpecExamples()
    {
        string json = IiifJson.Serialize(Book().Build(), new IiifWriteOptions { Indented = false });

        json.Should().StartWith("{\"@context\":\"http://iiif.io/api/presentation/3/context.json\"");
        json.Should().Contain("\"motivation\":\"painting\",\"body\":{\"id\":\"https://example.org/images/p1.jpg\"");
        json.Should().Contain("\"target\":\"https://example.org/iiif/book1/canvas/1\"");
    }

    [Test]
    public void Build_WithAnIdStrategy_UsesIt()
    {
        Manifest manifest = new ManifestBuilder("https://example.org/m", ids: new PrefixIds())
            .Label("Book")
            .Canvas(c => c.Size(10, 10))
            .Build();

        manifest.Items[0].Id.Should().Be("urn:test:Canvas:1");
        manifest.Label!["none"].Should().Equal("Book");
    }

    [Test]
    public void Build_WithProblems_ListsThemAll()
    {
        var builder = new ManifestBuilder("https://example.org/m")
            .Canvas(c => c.Label("en", "no size"))
            .Start("https://example.org/elsewhere");

        IiifBuildException error = FluentActions.Invoking(builder.Build).Should().Throw<IiifBuildException>().Which;

        error.Problems.Should().BeEquivalentTo(
            "label: a Manifest needs a label",
            "items[0]: a Canvas needs a size (width and height), a duration, or both",
            "start: https://example.org/elsewhere is not one of the Manifest's canvases");
    }

    [Test]
    public void Build_RangeOfAnotherCanvas_IsListed()
    {
        var builder = Book().Range(null, r => r.Label("en", "Chapter").Canvas("https://example.org/iiif/book1/canvas/9"));

        FluentActions.Invoking(builder.Build).Should().Throw<IiifBuildException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Contain("canvas/9 is not one of the Manifest's canvases");
    }

    [Test]
    public void Link_WithAProfile_WritesIt()
    {
        ContentResource link = IiifContent.Link("https://example.org/record.xml", "Dataset", format: "text/xml", profile: "http://www.loc.gov/mods/v3");

        IiifJson.Serialize(link, new IiifWriteOptions { Indented = false }).Should().Contain("\"profile\":\"http://www.loc.gov/mods/v3\"");
    }

    [Test]
    public void RangeItem_SpecificResourceOfACanvasObject_IsKeptAsGiven()
    {
        SpecificResource part = IiifContent.Part(new Canvas("https://example.org/iiif/book1/canvas/2"), new FragmentSelector("xywh=0,0,10,10"));

        Manifest manifest = Book().Range("https://example.org/iiif/book1/range/1", r => r.Label("en", "Plate").Item(part)).Build();

        manifest.Structures[0].Items.Should().ContainSingle().Which.Should().BeSameAs(part);
        string json = IiifJson.Serialize(manifest, new IiifWriteOptions { Indented = false });
        json.Should().Contain("\"source\":{\"id\":\"https://example.org/iiif/book1/canvas/2\",\"type\":\"Canvas\"}");
    }

    [Test]
    public void RangeItem_OfAnotherCanvas_IsListed()
    {
        var builder = Book().Range(null, r => r.Label("en", "Plate")
            .Item(IiifContent.Part(new Canvas("https://example.org/iiif/book1/canvas/9"), new FragmentSelector("xywh=0,0,10,10"))));

        FluentActions.Invoking(builder.Build).Should().Throw<IiifBuildException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Contain("canvas/9 is not one of the Manifest's canvases");
    }

    [Test]
    public void RangeItem_NeitherCanvasNorSpecificResource_IsRefusedAtTheCall()
    {
        FluentActions.Invoking(() => Book().Range(null, r => r.Item(new Manifest("https://example.org/other"))))
            .Should().Throw<ArgumentException>().WithParameterName("item");
    }

    [Test]
    public void Build_CanvasAnnotationAboutAnotherCanvas_IsListed()
    {
        // 3.0 §3.4 annotations (the validator's P3-ANNO-03), as cookbook 0464 breaks it.
        var builder = new ManifestBuilder("https://example.org/m").Label("Map")
            .Canvas("https://example.org/m/canvas/1", c => c.Size(10, 10)
                .Annotations(null, page => page
                    .Annotation(null, Motivation.Commenting, a => a.Text("Here").Target("https://example.org/m/canvas/1#xywh=0,0,5,5"))
                    .Annotation(null, Motivation.Commenting, a => a.Text("There").Target("https://example.org/m/canvas/2#xywh=0,0,5,5"))));

        FluentActions.Invoking(builder.Build).Should().Throw<IiifBuildException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Be(
                "items[0].annotations[0].items[1]: targets the Canvas https://example.org/m/canvas/2, not the Canvas that lists it nor a part of it");
    }

    [Test]
    public void Build_TimedMediaOnACanvasWithoutDuration_IsListed()
    {
        var builder = new ManifestBuilder("https://example.org/m").Label("Song")
            .Canvas(c => c.Size(10, 10).Paint(IiifContent.Sound("https://example.org/a.mp3", "audio/mpeg", 60)));

        FluentActions.Invoking(builder.Build).Should().Throw<IiifBuildException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Contain("has a duration but the Canvas has none");
    }

    [TestCase(0, 10)]
    [TestCase(10, -1)]
    public void Size_NotPositive_IsRefusedAtTheCall(int width, int height)
    {
        var builder = new ManifestBuilder("https://example.org/m");

        FluentActions.Invoking(() => builder.Canvas(c => c.Size(width, height))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Duration_NotPositive_IsRefusedAtTheCall()
    {
        FluentActions.Invoking(() => new ManifestBuilder("https://example.org/m").Canvas(c => c.Duration(double.NaN)))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Behavior_NotAllowedOnTheType_IsRefusedAtTheCall()
    {
        FluentActions.Invoking(() => new ManifestBuilder("https://example.org/m").Behavior(Behavior.FacingPages))
            .Should().Throw<ArgumentException>().WithMessage("*Manifest may not have the behavior \"facing-pages\"*");
    }

    [Test]
    public void Behavior_DisjointWithOneAlreadySet_IsRefusedAtTheCall()
    {
        FluentActions.Invoking(() => new ManifestBuilder("https://example.org/m").Behavior(Behavior.Paged, Behavior.Continuous))
            .Should().Throw<ArgumentException>().WithMessage("*\"continuous\" and \"paged\" exclude each other*");
    }

    [Test]
    public void Rights_NotCreativeCommonsOrRightsStatements_IsRefusedAtTheCall()
    {
        FluentActions.Invoking(() => new ManifestBuilder("https://example.org/m").Rights("https://example.org/terms"))
            .Should().Throw<ArgumentException>().WithMessage("*Creative Commons licence*RightsStatements.org statement*");
    }

    [Test]
    public void ImageFromInfoJson_Version2And3_GivesTheFullImageWithItsService()
    {
        Image v3 = IiifContent.ImageFromInfoJson("""{"id": "https://example.org/iiif/x", "type": "ImageService3", "profile": "level2", "width": 400, "height": 300}""");
        Image v2 = IiifContent.ImageFromInfoJson("""{"@id": "https://example.org/iiif2/x", "profile": ["http://iiif.io/api/image/2/level2.json"], "width": 400, "height": 300}""");

        v3.Id.Should().Be("https://example.org/iiif/x/full/max/0/default.jpg");
        v3.Service.Single().Should().BeOfType<ImageService3>().Which.Profile.Should().Be("level2");
        v2.Id.Should().Be("https://example.org/iiif2/x/full/full/0/default.jpg");
        v2.Service.Single().Should().BeOfType<ImageService2>();
        FluentActions.Invoking(() => IiifContent.ImageFromInfoJson("{\"id\": 1}")).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Collection_ItemsNeedLabels()
    {
        var builder = new CollectionBuilder("https://example.org/c").Label("All").Item(new Manifest("https://example.org/m"));

        FluentActions.Invoking(builder.Build).Should().Throw<IiifBuildException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Contain("items[0]");
        FluentActions.Invoking(() => builder.Item(new Canvas("https://example.org/c1"))).Should().Throw<ArgumentException>();
    }

    private sealed class PrefixIds : IdStrategy
    {
        public override string Mint(IdRequest request) => $"urn:test:{request.Kind}:{request.Index}";
    }
}
