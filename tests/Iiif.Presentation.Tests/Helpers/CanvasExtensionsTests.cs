using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed class CanvasExtensionsTests
{
    private static Manifest Read(string relativePath) =>
        IiifJson.Deserialize<Manifest>(File.ReadAllText(CorpusFiles.Path(relativePath)));

    [Test]
    public void GetPaintedImages_Cookbook0001_ReturnsTheOneImage()
    {
        Canvas canvas = Read("v3/cookbook/0001-mvm-image.json").Items[0];

        canvas.GetPaintingAnnotations().Should().ContainSingle()
            .Which.Id.Should().Be("https://iiif.io/api/cookbook/recipe/0001-mvm-image/annotation/p0001-image");
        PaintedResource painted = canvas.GetPaintedImages().Should().ContainSingle().Subject;
        painted.Image!.Id.Should().Be("https://iiif.io/api/presentation/2.1/example/fixtures/resources/page1-full.png");
        painted.IsDefault.Should().BeTrue();
        painted.Choice.Should().BeNull();
        painted.Target!.CanvasId.Should().Be("https://iiif.io/api/cookbook/recipe/0001-mvm-image/canvas/p1");
        painted.Target.Region.Should().BeNull();
        canvas.GetPaintedImageServices().Should().BeEmpty();
    }

    [Test]
    public void GetPaintedImages_Cookbook0033Choice_ReturnsBothItemsFirstIsDefault()
    {
        Canvas canvas = Read("v3/cookbook/0033-choice.json").Items[0];

        var images = canvas.GetPaintedImages();

        images.Select(p => p.Image!.Id).Should().Equal(
            "https://iiif.io/api/image/3.0/example/reference/421e65be2ce95439b3ad6ef1f2ab87a9-dee-natural/full/max/0/default.jpg",
            "https://iiif.io/api/image/3.0/example/reference/421e65be2ce95439b3ad6ef1f2ab87a9-dee-xray/full/max/0/default.jpg");
        images.Select(p => p.IsDefault).Should().Equal(true, false);
        images.Should().OnlyContain(p => p.Choice != null && p.Choice == images[0].Choice);
        canvas.GetPaintedImageServices().Should().ContainSingle().Which.Should().BeOfType<ImageService3>()
            .Which.Id.Should().Be("https://iiif.io/api/image/3.0/example/reference/421e65be2ce95439b3ad6ef1f2ab87a9-dee-natural");
    }

    [Test]
    public void GetPaintedResources_Cookbook0064_VideosWithTimeTargets()
    {
        Canvas canvas = Read("v3/cookbook/0064-opera-one-canvas.json").Items[0];

        var painted = canvas.GetPaintedResources();

        painted.Should().HaveCount(2).And.OnlyContain(p => p.Resource is Video && p.Image == null);
        painted.Select(p => p.Target!.Time).Should().Equal(new TimeInterval(0, 3971.24), new TimeInterval(3971.24));
        canvas.GetPaintedImages().Should().BeEmpty();
    }

    [Test]
    public void GetPaintingAnnotations_SkipsOtherMotivationsAndAnnotationsPages()
    {
        Canvas canvas = Read("v3/cookbook/0021-tagging.json").Items[0];

        canvas.GetPaintingAnnotations().Should().ContainSingle();
        canvas.Annotations.SelectMany(p => p.Items).Should().NotBeEmpty();
    }

    [Test]
    public void GetPaintedResources_EmptyCanvas_ReturnsEmpty()
    {
        new Canvas("https://example.org/c").GetPaintedResources().Should().BeEmpty();
    }
}
