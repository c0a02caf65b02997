using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed class ImageExtensionsTests
{
    private const string Gottingen =
        "https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-gottingen";

    private static T Read<T>(string relativePath)
        where T : IiifResource =>
        IiifJson.Deserialize<T>(File.ReadAllText(CorpusFiles.Path(relativePath)));

    [Test]
    public void GetImageServices_Cookbook0005_ReturnsImageService3()
    {
        Canvas canvas = Read<Manifest>("v3/cookbook/0005-image-service.json").Items[0];

        ImageService service = canvas.GetPaintedImageServices().Should().ContainSingle().Subject;

        service.Should().BeOfType<ImageService3>().Which.Id.Should().Be(Gottingen);
        canvas.GetPaintedImages()[0].Image!.GetImageServices().Should().Equal(service);
    }

    [Test]
    public void GetImageUrl_V3_UsesMax()
    {
        var service = new ImageService3(Gottingen);

        service.GetImageUrl().Should().Be(Gottingen + "/full/max/0/default.jpg");
        service.GetImageUrl("square", "full", 90, "gray", "png").Should().Be(Gottingen + "/square/max/90/gray.png");
        service.GetImageUrl(new CanvasRegion(10, 20, 300.4, 400.5), 150)
            .Should().Be(Gottingen + "/10,20,300,401/150,/0/default.jpg");
        service.GetImageUrl(new CanvasRegion(10, 20, 30.5, 40, MediaFragmentUnit.Percent), height: 100)
            .Should().Be(Gottingen + "/pct:10,20,30.5,40/,100/0/default.jpg");
    }

    [Test]
    public void GetImageUrl_V2_UsesFull()
    {
        var service = new ImageService2("https://example.org/iiif/img/");

        service.GetImageUrl().Should().Be("https://example.org/iiif/img/full/full/0/default.jpg");
        service.GetImageUrl(new CanvasRegion(0, 0, 10, 10), 5, 5)
            .Should().Be("https://example.org/iiif/img/0,0,10,10/5,5/0/default.jpg");
        service.GetImageUrl(rotation: 22.5).Should().Be("https://example.org/iiif/img/full/full/22.5/default.jpg");
    }

    [Test]
    public void GetImageUrl_V1_UsesNativeQuality()
    {
        new ImageService1("https://example.org/i").GetImageUrl()
            .Should().Be("https://example.org/i/full/full/0/native.jpg");
    }

    [Test]
    public void GetThumbnailUrl_Cookbook0005_ComputedFromServiceAndImageSize()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0005-image-service.json");

        // 4032 x 3024 scaled to cover 200 x 200: 267 x 200.
        manifest.Items[0].GetThumbnailUrl(200, 200).Should().Be(Gottingen + "/full/267,200/0/default.jpg");
        manifest.GetThumbnailUrl(200, 200).Should().Be(Gottingen + "/full/267,200/0/default.jpg");
    }

    [Test]
    public void GetThumbnailUrl_Cookbook0117_ThumbnailServiceBeatsTheFullSizeThumbnail()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0117-add-image-thumbnail.json");

        // The thumbnail is 3497 x 4823; its service can give 200 x 276, the smallest that covers 200 x 200.
        manifest.GetThumbnailUrl(200, 200).Should().Be(
            "https://iiif.io/api/image/3.0/example/reference/4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_001/full/200,276/0/default.jpg");
        // Larger than the image: the largest candidate, the thumbnail itself.
        manifest.GetThumbnailUrl(5000, 5000).Should().Be(
            "https://iiif.io/api/image/3.0/example/reference/4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_001/full/max/0/default.jpg");
    }

    [Test]
    public void GetThumbnailUrl_WellcomeImageService2Sizes_PicksSmallestListedSizeThatCovers()
    {
        var collection = Read<Collection>("v3/iiif-commons-parser/wellcome-collection.json");
        IiifResource first = collection.Items[0];

        first.Thumbnail[0].GetImageServices().Should().ContainSingle().Which.Should().BeOfType<ImageService2>();
        first.GetThumbnailUrl(200, 200).Should().Be(
            "https://iiif.wellcomecollection.org/thumbs/b29011577_0003.jp2/full/314,/0/default.jpg");
        first.GetThumbnailUrl(50, 50).Should().Be(
            "https://iiif.wellcomecollection.org/thumbs/b29011577_0003.jp2/full/79,100/0/default.jpg");
        first.GetThumbnailUrl(2000, 2000).Should().Be(
            "https://iiif.wellcomecollection.org/thumbs/b29011577_0003.jp2/full/805,/0/default.jpg");
    }

    [Test]
    public void GetThumbnailUrl_OceanLinersLegacyAtIdService_UsesV2SizeSyntax()
    {
        Canvas canvas = Read<Manifest>("v3/iiif-commons-parser/ocean-liners.json").Items[0];

        ImageService service = canvas.GetPaintedImageServices().Should().ContainSingle().Subject;
        service.Should().BeOfType<ImageService2>().Which.UsesAtId.Should().BeTrue();
        canvas.GetThumbnailUrl(200, 200).Should().Be(
            "https://framemark.vam.ac.uk/collections/2013GU2911/full/200,/0/default.jpg");
    }

    [Test]
    public void GetThumbnailUrl_PrincetonImageService2WithV3Keys_UsesV2SizeSyntax()
    {
        Canvas canvas = Read<Manifest>(
            "v3/iiif-commons-parser/2-to-3-converted/manifests/princeton-manifest.json").Items[0];

        canvas.GetPaintedImageServices().Should().ContainSingle().Which.Should().BeOfType<ImageService2>();
        canvas.GetThumbnailUrl(100, 300).Should().Be(
            "http://libimages.princeton.edu/loris2/bluemountain/astore%2Fperiodicals/bmtnaae/issues/1918/12_01/delivery/bmtnaae_1918-12_01_0001.jp2/full/214,/0/default.jpg");
    }

    [Test]
    public void GetThumbnailUrl_ServiceLimits_StayWithinMaxWidthAndMaxArea()
    {
        var image = new Image("https://example.org/i.jpg") { Width = 4000, Height = 2000 };
        var service = new ImageService3("https://example.org/iiif/i") { Width = 4000, Height = 2000, MaxWidth = 300 };
        image.Service.Add(service);

        image.GetThumbnailUrl(1000, 1000).Should().Be("https://example.org/iiif/i/full/300,150/0/default.jpg");
        service.MaxWidth = null;
        service.MaxArea = 20_000;
        image.GetThumbnailUrl(1000, 1000).Should().Be("https://example.org/iiif/i/full/200,100/0/default.jpg");
    }

    [Test]
    public void GetThumbnailUrl_NoThumbnailNoService_ReturnsImageIdOrNull()
    {
        Canvas canvas = Read<Manifest>("v3/cookbook/0001-mvm-image.json").Items[0];

        canvas.GetThumbnailUrl(100, 100).Should().Be(
            "https://iiif.io/api/presentation/2.1/example/fixtures/resources/page1-full.png");
        new Canvas("https://example.org/c").GetThumbnailUrl(100, 100).Should().BeNull();
    }
}
