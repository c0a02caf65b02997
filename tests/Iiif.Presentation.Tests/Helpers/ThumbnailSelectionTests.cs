using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.AspNetCore;
using Iiif.Presentation.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Iiif.Presentation.Tests.Helpers;

/// <summary>Thumbnails by compliance level, with an ImageApiSelector, and with an info.json fetcher (issue 19).</summary>
[TestFixture]
public sealed class ThumbnailSelectionTests
{
    private const string Reference = "https://iiif.io/api/image/3.0/example/reference/";

    private static T Read<T>(string relativePath)
        where T : IiifResource =>
        IiifJson.Deserialize<T>(File.ReadAllText(CorpusFiles.Path(relativePath)));

    [TestCase("level0", 0)]
    [TestCase("level2", 2)]
    [TestCase("LEVEL1", 1)]
    [TestCase("http://iiif.io/api/image/2/level0.json", 0)]
    [TestCase("https://iiif.io/api/image/2/level1.json", 1)]
    [TestCase("http://iiif.io/api/image/2/level2", 2)]
    [TestCase("http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level0", 0)]
    [TestCase("http://library.stanford.edu/iiif/image-api/compliance.html#level1", 1)]
    [TestCase("http://iiif.io/api/image/1/level2.json", 2)]
    [TestCase("level3", null)]
    [TestCase("https://example.org/profiles/level1", null)]
    [TestCase("http://iiif.io/api/search/1/level0", null)]
    [TestCase("mylevel0", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void ComplianceLevel_ReadsEachVersionsProfile(string? profile, int? level) =>
        new ImageService3("https://example.org/iiif/i") { Profile = profile }.ComplianceLevel.Should().Be(level);

    [Test]
    public void Level0_WithoutSizes_AsksForTheWholeImage_NotAComputedSize()
    {
        // A level 0 Image API 2 service with neither sizes nor tiles: only "full" is promised.
        Canvas canvas = Read<Manifest>("v3/extensions/navplace-viewer/WOF_1762832329.json").Items[0];
        const string Service = "https://static.sfomuseum.org/media/176/289/322/3/tiles";

        ThumbnailSelection thumbnail = canvas.GetThumbnail(200, 200);

        thumbnail.Url.Should().Be(Service + "/full/full/0/default.jpg");
        thumbnail.Candidates.Should().ContainSingle();
        thumbnail.Chosen!.Source.Should().Be(ThumbnailSource.FullSize);
        (thumbnail.Chosen.Width, thumbnail.Chosen.Height).Should().Be((1406, 2097));
        thumbnail.Chosen.Service!.ComplianceLevel.Should().Be(0);
        thumbnail.Reason.Should().Be("The smallest candidate at least 200 x 200.");
        thumbnail.Notes.Should().Equal($"The Canvas {canvas.Id} has no thumbnail.", "The Image https://collection.sfomuseum.org/images/1762893223/ has no thumbnail.");
        canvas.GetThumbnailUrl(200, 200).Should().Be(thumbnail.Url);
    }

    [Test]
    public void Level0_WithSizes_ChoosesAListedSize()
    {
        Canvas canvas = Read<Manifest>("v3/cookbook/0232-image-thumbnail-canvas__manifest-image.json").Items[0];
        const string Service = "https://fixtures.iiif.io/other/level0/Glen/photos/gottingen";

        ThumbnailSelection thumbnail = canvas.GetThumbnail(200, 200);

        thumbnail.Url.Should().Be(Service + "/full/504,378/0/default.jpg");
        thumbnail.Candidates.Select(c => (c.Source, c.Width, c.Height)).Should().Equal(
            (ThumbnailSource.Thumbnail, 252, 189),
            (ThumbnailSource.ListedSize, 126, 95),
            (ThumbnailSource.ListedSize, 252, 189),
            (ThumbnailSource.ListedSize, 504, 378),
            (ThumbnailSource.FullSize, (int?)null, (int?)null));
        thumbnail.Candidates.Should().NotContain(c => c.Source == ThumbnailSource.ComputedSize);
        canvas.GetThumbnail(100, 90).Url.Should().Be(Service + "/full/126,95/0/default.jpg");
    }

    [Test]
    public void Level0_WithTiles_OffersTheTileThatHoldsTheWholeImage()
    {
        var image = new Image("https://example.org/a.jpg") { Width = 6000, Height = 4000 };
        var service = new ImageService3("https://example.org/iiif/a") { Profile = "level0", Width = 6000, Height = 4000 };
        var tile = new ImageTile { Width = 512 };
        foreach (int factor in new[] { 1, 2, 4, 8, 16 })
        {
            tile.ScaleFactors.Add(factor);
        }

        service.Tiles.Add(tile);
        image.Service.Add(service);

        ThumbnailSelection thumbnail = image.GetThumbnail(200, 200);

        thumbnail.Url.Should().Be("https://example.org/iiif/a/full/375,250/0/default.jpg");
        thumbnail.Candidates.Select(c => c.Url).Should().Equal(
            "https://example.org/iiif/a/full/375,250/0/default.jpg",
            "https://example.org/iiif/a/full/max/0/default.jpg");
        image.GetThumbnail(400, 400).Chosen!.Source.Should().Be(ThumbnailSource.FullSize, "no tile reaches 400 x 400 but the whole image");
    }

    [Test]
    public void Level0_TilesOfAnImageApi2Service_AreAskedWidthOnly()
    {
        var image = new Image("https://example.org/b.jpg") { Width = 1000, Height = 3000 };
        var service = new ImageService2("https://example.org/iiif/b") { Profile = "http://iiif.io/api/image/2/level0.json" };
        var tile = new ImageTile { Width = 256, Height = 512 };
        tile.ScaleFactors.Add(1);
        tile.ScaleFactors.Add(3);
        tile.ScaleFactors.Add(6);
        service.Tiles.Add(tile);
        image.Service.Add(service);

        // 1000 x 3000 at scale 6 is 167 x 500, inside one 256 x 512 tile; at scale 3 it is not.
        image.GetThumbnail(100, 100).Url.Should().Be("https://example.org/iiif/b/full/167,/0/default.jpg");
    }

    [Test]
    public void ImageApiSelector_Region_IsAppliedToTheThumbnailAndTheImageUrl()
    {
        Canvas canvas = Read<Manifest>("v3/cookbook/0299-region.json").Items[0];
        const string Service = Reference + "4ce82cef49fb16798f4c2440307c3d6f-newspaper-p2";

        ThumbnailSelection thumbnail = canvas.GetThumbnail(200, 200);

        // The region is 1768 x 2080: the smallest size covering 200 x 200 is 200 x 235.
        thumbnail.Url.Should().Be(Service + "/1768,2423,1768,2080/200,235/0/default.jpg");
        (thumbnail.Chosen!.Width, thumbnail.Chosen.Height).Should().Be((200, 235));
        thumbnail.Chosen.ShowsSelection.Should().BeTrue();

        PaintedResource painted = canvas.GetPaintedImages().Should().ContainSingle().Subject;
        painted.ImageApiSelector!.Region.Should().Be("1768,2423,1768,2080");
        painted.GetImageUrl().Should().Be(Service + "/1768,2423,1768,2080/max/0/default.jpg");
        painted.GetImageUrl(width: 500).Should().Be(Service + "/1768,2423,1768,2080/500,/0/default.jpg");
    }

    [Test]
    public void ImageApiSelector_Rotation_TurnsTheThumbnail()
    {
        Canvas canvas = Read<Manifest>("v3/cookbook/0040-image-rotation-service__manifest-service.json").Items[0];
        const string Service = Reference + "85a96c630f077e6ac6cb984f1b752bbf-0-21198-zz00022840-1-page1";

        ThumbnailSelection thumbnail = canvas.GetThumbnail(300, 200);

        // The 1523 x 2105 image is asked at 217 x 300, which turned a quarter is 300 x 217: it covers 300 x 200.
        thumbnail.Url.Should().Be(Service + "/full/217,300/90/default.jpg");
        (thumbnail.Chosen!.Width, thumbnail.Chosen.Height).Should().Be((300, 217));
        canvas.GetPaintedImages()[0].GetImageUrl().Should().Be(Service + "/full/max/90/default.jpg");
    }

    [Test]
    public void ImageApiSelector_RegionOfALevel0Service_FallsBackToTheWholeImage_AndSaysSo()
    {
        var image = new Image("https://example.org/c.jpg") { Width = 2000, Height = 1000 };
        image.Service.Add(new ImageService3("https://example.org/iiif/c") { Profile = "level0", Width = 2000, Height = 1000 });
        Canvas canvas = PaintedCanvas("c", new SpecificResource(image, new ImageApiSelector { Region = "0,0,1000,1000" }), 1000, 1000);

        ThumbnailSelection thumbnail = canvas.GetThumbnail(100, 100);

        thumbnail.Url.Should().Be("https://example.org/c.jpg");
        thumbnail.Chosen!.Source.Should().Be(ThumbnailSource.Image);
        thumbnail.Chosen.ShowsSelection.Should().BeFalse();
        thumbnail.Reason.Should().Contain("the whole image");
        thumbnail.Notes.Should().Contain("The image service https://example.org/iiif/c is level 0: it need not serve the region 0,0,1000,1000.");
    }

    [Test]
    public async Task Fetcher_InMemory_ReadsInfoJson_OncePerService()
    {
        Manifest manifest = Read<Manifest>("v3/extensions/navplace-viewer/WOF_1762832329.json");
        const string Service = "https://static.sfomuseum.org/media/176/289/322/3/tiles";
        var requests = new List<string>();
        ImageInformationFetcher fetcher = (url, _) =>
        {
            requests.Add(url);
            return Task.FromResult(Encoding.UTF8.GetBytes(Info2(Service, 1406, 2097, "[{\"width\":140,\"height\":209},{\"width\":351,\"height\":524}]")));
        };

        ThumbnailSelection thumbnail = await manifest.Items[0].GetThumbnailAsync(200, 200, fetcher);

        requests.Should().Equal(Service + "/info.json");
        thumbnail.Url.Should().Be(Service + "/full/351,/0/default.jpg");
        thumbnail.Chosen!.FromImageInformation.Should().BeTrue();
        thumbnail.Chosen.Source.Should().Be(ThumbnailSource.ListedSize);
        thumbnail.Notes.Should().Contain(Service + "/info.json was read: level 0, 1406 x 2097, 2 sizes, 0 tile sets.");

        // The document is not changed: its service still lists no sizes.
        manifest.Items[0].GetPaintedImageServices()[0].SizesList.Should().BeNull();
    }

    [Test]
    public async Task Fetcher_NotNeeded_IsNotCalled()
    {
        Canvas canvas = Read<Manifest>("v3/cookbook/0299-region.json").Items[0];
        var calls = 0;

        ThumbnailSelection thumbnail = await canvas.GetThumbnailAsync(200, 200, (_, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(Array.Empty<byte>());
        });

        // A level 1 service whose size the image gives needs nothing more.
        calls.Should().Be(0);
        thumbnail.Url.Should().Be(canvas.GetThumbnailUrl(200, 200));
    }

    [Test]
    public async Task Fetcher_Failures_AreNotedAndTheDocumentIsUsed()
    {
        Canvas canvas = Read<Manifest>("v3/extensions/navplace-viewer/WOF_1762832329.json").Items[0];
        const string Info = "https://static.sfomuseum.org/media/176/289/322/3/tiles/info.json";
        string expected = canvas.GetThumbnailUrl(200, 200)!;

        ThumbnailSelection missing = await canvas.GetThumbnailAsync(200, 200, (_, _) => Task.FromResult<byte[]>(null!));
        ThumbnailSelection thrown = await canvas.GetThumbnailAsync(200, 200, (_, _) => throw new HttpRequestException("503 Service Unavailable"));
        ThumbnailSelection broken = await canvas.GetThumbnailAsync(200, 200, (_, _) => Task.FromResult(Encoding.UTF8.GetBytes("{\"width\": 10,")));

        missing.Url.Should().Be(expected);
        missing.Notes.Should().Contain(Info + " is not available.");
        thrown.Url.Should().Be(expected);
        thrown.Notes.Should().Contain(Info + " could not be fetched: HttpRequestException: 503 Service Unavailable");
        broken.Url.Should().Be(expected);
        broken.Notes.Should().ContainSingle(n => n.StartsWith(Info + " could not be read: ", StringComparison.Ordinal))
            .Which.Should().Contain("$", "the error names where in the JSON it is");
    }

    [Test]
    public async Task Fetcher_Cancelled_Throws()
    {
        Canvas canvas = Read<Manifest>("v3/extensions/navplace-viewer/WOF_1762832329.json").Items[0];
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Func<Task> act = () => canvas.GetThumbnailAsync(200, 200, (_, token) => Task.FromCanceled<byte[]>(token), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task Fetcher_OverHttp_ReadsInfoJsonFromALoopbackServer()
    {
        var served = new ConcurrentQueue<string>();
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            _ => { },
            app => app.MapGet("/iiif/{name}/info.json", (string name, HttpContext context) =>
            {
                served.Enqueue(context.Request.Path);
                string id = $"{context.Request.Scheme}://{context.Request.Host}/iiif/{name}";
                return name == "gone"
                    ? Results.NotFound()
                    : Results.Text(Info3(id, 6000, 4000, "[{\"width\":512,\"scaleFactors\":[1,2,4,8,16]}]"), "application/ld+json");
            }));
        string root = server.Address.ToString().TrimEnd('/');

        // Two Canvases whose image services give only id, type and profile (as most documents do).
        var manifest = new Manifest("https://example.org/manifest");
        foreach (string name in new[] { "one", "gone" })
        {
            var image = new Image($"https://example.org/{name}.jpg");
            image.Service.Add(new ImageService3($"{root}/iiif/{name}") { Profile = "level0" });
            manifest.Items.Add(PaintedCanvas(name, image, 6000, 4000));
        }

        using var http = new HttpClient();
        ImageInformationFetcher fetcher = async (url, token) =>
        {
            using HttpResponseMessage response = await http.GetAsync(url, token);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsByteArrayAsync(token);
        };

        ThumbnailSelection one = await manifest.Items[0].GetThumbnailAsync(200, 200, fetcher);
        ThumbnailSelection gone = await manifest.Items[1].GetThumbnailAsync(200, 200, fetcher);

        one.Url.Should().Be($"{root}/iiif/one/full/375,250/0/default.jpg");
        one.Chosen!.Source.Should().Be(ThumbnailSource.Tile);
        one.Chosen.FromImageInformation.Should().BeTrue();
        gone.Url.Should().Be($"{root}/iiif/gone/full/max/0/default.jpg", "without its info.json a level 0 service is asked for the whole image");
        gone.Notes.Should().ContainSingle(n => n.StartsWith($"{root}/iiif/gone/info.json could not be fetched: HttpRequestException: ", StringComparison.Ordinal))
            .Which.Should().Contain("404");
        served.Should().Equal("/iiif/one/info.json", "/iiif/gone/info.json");
        server.Errors.Entries.Should().BeEmpty();
    }

    /// <summary>A Canvas with one painting annotation of a body.</summary>
    private static Canvas PaintedCanvas(string name, IiifResource body, int width, int height)
    {
        var canvas = new Canvas($"https://example.org/canvas/{name}") { Width = width, Height = height };
        var page = new AnnotationPage($"https://example.org/page/{name}");
        var annotation = new Annotation($"https://example.org/anno/{name}") { Motivation = { Motivation.Painting } };
        annotation.Body.Add(body);
        annotation.Target.Add(new Canvas(canvas.Id!));
        page.Items.Add(annotation);
        canvas.Items.Add(page);
        return canvas;
    }

    private static string Info2(string id, int width, int height, string sizes) =>
        $$"""{"@context":"http://iiif.io/api/image/2/context.json","@id":"{{id}}","protocol":"http://iiif.io/api/image","width":{{width}},"height":{{height}},"profile":["http://iiif.io/api/image/2/level0.json"],"sizes":{{sizes}}}""";

    private static string Info3(string id, int width, int height, string tiles) =>
        $$"""{"@context":"http://iiif.io/api/image/3/context.json","id":"{{id}}","type":"ImageService3","protocol":"http://iiif.io/api/image","width":{{width}},"height":{{height}},"profile":"level0","tiles":{{tiles}}}""";
}
