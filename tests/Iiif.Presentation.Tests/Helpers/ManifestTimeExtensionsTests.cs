using System;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed class ManifestTimeExtensionsTests
{
    private const string Opera = "https://iiif.io/api/cookbook/recipe/0065-opera-multiple-canvases/canvas/";

    private static T Read<T>(string relativePath)
        where T : IiifResource =>
        IiifJson.Deserialize<T>(File.ReadAllBytes(CorpusFiles.Path(relativePath)));

    [TestCase("v3/cookbook/0002-mvm-audio.json", 1985.024)]
    [TestCase("v3/cookbook/0003-mvm-video.json", 572.034)]
    [TestCase("v3/cookbook/0064-opera-one-canvas.json", 7278.422)]
    [TestCase("v3/cookbook/0065-opera-multiple-canvases.json", 3971.24 + 3307.22)]
    public void GetDuration_AvRecipes_IsTheSumOfTheCanvasDurations(string file, double expected)
    {
        Read<Manifest>(file).GetDuration().Should().Be(expected);
    }

    [Test]
    public void GetDuration_ImagesOnly_IsNull()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0001-mvm-image.json");

        manifest.GetDuration().Should().BeNull();
        manifest.GetTimeline().Should().BeEmpty();
        manifest.TryGetCanvasAt(0, out Canvas? canvas, out _).Should().BeFalse();
        canvas.Should().BeNull();
    }

    [Test]
    public void GetTimeline_TwoCanvasOpera_PlacesThemOneAfterTheOther()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0065-opera-multiple-canvases.json");

        var timeline = manifest.GetTimeline();

        timeline.Select(t => (t.Canvas.Id, t.Index, t.Start, t.Duration)).Should().Equal(
            (Opera + "1", 0, 0.0, 3971.24),
            (Opera + "2", 1, 3971.24, 3307.22));
        timeline[1].End.Should().Be(3971.24 + 3307.22);
        manifest.GetStartTime(manifest.Items[1]).Should().Be(3971.24);
        manifest.GetStartTime(new Canvas { Id = Opera + "2" }).Should().Be(3971.24);
        manifest.GetStartTime(new Canvas { Id = Opera + "3" }).Should().BeNull();
    }

    [TestCase(0.0, "1", 0.0)]
    [TestCase(100.5, "1", 100.5)]
    [TestCase(3971.24, "2", 0.0)]                 // a boundary belongs to the Canvas that starts there
    [TestCase(4000.0, "2", 4000.0 - 3971.24)]
    [TestCase(3971.24 + 3307.22, "2", 3307.22)]   // the very end belongs to the last Canvas
    public void TryGetCanvasAt_TwoCanvasOpera_FindsCanvasAndOffset(double time, string canvasNumber, double offset)
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0065-opera-multiple-canvases.json");

        manifest.TryGetCanvasAt(time, out Canvas? canvas, out double within).Should().BeTrue();

        canvas!.Id.Should().Be(Opera + canvasNumber);
        within.Should().BeApproximately(offset, 1e-9);
    }

    [TestCase(-0.001)]
    [TestCase(7278.47)]
    [TestCase(double.NaN)]
    public void TryGetCanvasAt_OutsideTheTimeline_ReturnsFalse(double time)
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0065-opera-multiple-canvases.json");

        manifest.TryGetCanvasAt(time, out Canvas? canvas, out double offset).Should().BeFalse();
        canvas.Should().BeNull();
        offset.Should().Be(0);
    }

    [Test]
    public void GetTimeline_CanvasesWithoutDuration_TakeNoTime()
    {
        var manifest = new Manifest
        {
            Items =
            {
                new Canvas { Id = "a", Duration = 10 },
                new Canvas { Id = "image", Width = 10, Height = 10 },
                new Canvas { Id = "zero", Duration = 0 },
                new Canvas { Id = "b", Duration = 5.5 },
            },
        };

        manifest.GetTimeline().Select(t => (t.Canvas.Id, t.Index, t.Start)).Should().Equal(("a", 0, 0.0), ("b", 3, 10.0));
        manifest.GetDuration().Should().Be(15.5);
        manifest.TryGetCanvasAt(12, out Canvas? canvas, out double offset).Should().BeTrue();
        canvas!.Id.Should().Be("b");
        offset.Should().Be(2);
        new Manifest().GetDuration().Should().BeNull();
    }

    [Test]
    public void TryGetNavDate_CollectionItems_ReadsTheManifestReferences()
    {
        Collection collection = Read<Collection>("v3/cookbook/0230-navdate__navdate-collection.json");

        collection.Items.Select(i => i.TryGetNavDate(out DateTimeOffset date) ? date : (DateTimeOffset?)null)
            .Should().Equal(
                new DateTimeOffset(1986, 1, 1, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(1987, 1, 1, 0, 0, 0, TimeSpan.Zero));
        collection.TryGetNavDate(out _).Should().BeFalse();
        ((IiifResource)collection).TryGetNavDate(out _).Should().BeFalse();
    }

    [TestCase("v3/cookbook/0230-navdate__navdate_map_1-manifest.json", 1987)]
    [TestCase("v3/cookbook/0230-navdate__navdate_map_2-manifest.json", 1986)]
    public void TryGetNavDate_NavDateRecipeManifests_AreUtcNewYear(string file, int year)
    {
        IiifResource manifest = IiifJson.Parse(File.ReadAllBytes(CorpusFiles.Path(file)));

        manifest.TryGetNavDate(out DateTimeOffset date).Should().BeTrue();
        date.Should().Be(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero));
        ((Manifest)manifest).Items[0].TryGetNavDate(out _).Should().BeFalse();
    }

    [Test]
    public void TryGetNavDate_OtherResources_ReturnFalse()
    {
        var range = new IiifRange();
        range.SetNavDate(new DateTimeOffset(1900, 5, 6, 7, 8, 9, TimeSpan.Zero));

        ((IiifResource)range).TryGetNavDate(out DateTimeOffset date).Should().BeTrue();
        date.Year.Should().Be(1900);
        ((IiifResource)new AnnotationPage()).TryGetNavDate(out _).Should().BeFalse();
        ((IiifResource?)null).TryGetNavDate(out _).Should().BeFalse();
    }
}
