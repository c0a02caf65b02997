using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Docs;

public sealed partial class ReadmeTests
{
    [Test]
    public void ImagesSample_Runs()
    {
        string output = RunInFolder(
            () =>
            {
                #region readme-images
                Manifest manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes("manifest.json"));
                Canvas canvas = manifest.Items[0];

                foreach (PaintedResource painted in canvas.GetPaintedImages())   // a Choice gives each of its items
                {
                    Console.WriteLine($"{painted.Image!.Id} default={painted.IsDefault}");
                }

                ImageService service = canvas.GetPaintedImageServices()[0];      // ImageService2 or 3 (or 1)
                Console.WriteLine(service.GetImageUrl(new CanvasRegion(0, 0, 512, 512), width: 256));
                Console.WriteLine(canvas.GetThumbnailUrl(200, 200));              // smallest at least 200 x 200

                if (CanvasTarget.TryParse("https://example.org/canvas/1#xywh=10,20,300,400", out CanvasTarget? target))
                {
                    Console.WriteLine($"{target.CanvasId} {target.Region}");      // ... xywh=10,20,300,400
                }
                #endregion
            },
            (CorpusFiles.Path("v3/cookbook/0033-choice.json"), "manifest.json"));

        const string Base = "https://iiif.io/api/image/3.0/example/reference/421e65be2ce95439b3ad6ef1f2ab87a9-dee-";
        output.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(
            Base + "natural/full/max/0/default.jpg default=True\n" +
            Base + "xray/full/max/0/default.jpg default=False\n" +
            Base + "natural/0,0,512,512/256,/0/default.jpg\n" +
            Base + "natural/full/315,200/0/default.jpg\n" +
            "https://example.org/canvas/1 xywh=10,20,300,400\n");
    }

    [Test]
    public void ThumbnailsSample_Runs()
    {
        // The sample's HttpClient, answering every info.json request from memory.
        using var http = new HttpClient(new InfoJsonHandler());
        string output = RunInFolder(
            () => Sample().GetAwaiter().GetResult(),
            (CorpusFiles.Path("v3/extensions/navplace-viewer/WOF_1762832329.json"), "map.json"));

        const string Service = "https://static.sfomuseum.org/media/176/289/322/3/tiles";
        output.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(
            Service + "/full/full/0/default.jpg (The smallest candidate at least 200 x 200.)\n" +
            "ListedSize 176x262 " + Service + "/full/176,/0/default.jpg\n" +
            "ListedSize 352x525 " + Service + "/full/352,/0/default.jpg\n" +
            "FullSize 1406x2097 " + Service + "/full/full/0/default.jpg\n" +
            Service + "/full/352,/0/default.jpg\n");

        async Task Sample()
        {
            #region readme-thumbnails
            Manifest manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes("map.json"));
            Canvas canvas = manifest.Items[0];                               // a level 0 image service, no sizes

            ThumbnailSelection thumbnail = canvas.GetThumbnail(200, 200);
            Console.WriteLine($"{thumbnail.Url} ({thumbnail.Reason})");      // the whole image: level 0 computes no sizes

            // Consult the info.json of services the document describes too little, with your own HttpClient:
            ThumbnailSelection fetched = await canvas.GetThumbnailAsync(200, 200, (url, ct) => http.GetByteArrayAsync(url, ct));
            foreach (ThumbnailCandidate candidate in fetched.Candidates)
            {
                Console.WriteLine($"{candidate.Source} {candidate.Width}x{candidate.Height} {candidate.Url}");
            }

            Console.WriteLine(fetched.Url);                                   // the smallest size at least 200 x 200
            #endregion
        }
    }

    [Test]
    public void Readme_ShowsTheThumbnailsRegion()
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        readme.Should().Contain(RegionText("readme-thumbnails", "ReadmeTests.Images.cs"), "the README's sample must be the code this test compiles and runs");
    }

    /// <summary>Answers every <c>info.json</c> request with a level 0 Image API 2 description listing two sizes.</summary>
    private sealed class InfoJsonHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string path = request.RequestUri!.GetLeftPart(UriPartial.Path);
            if (!path.EndsWith("/info.json", StringComparison.Ordinal))
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            }

            string id = path.Substring(0, path.Length - "/info.json".Length);
            string json = "{\"@context\":\"http://iiif.io/api/image/2/context.json\",\"@id\":\"" + id + "\",\"protocol\":\"http://iiif.io/api/image\"," +
                          "\"width\":1406,\"height\":2097,\"profile\":[\"http://iiif.io/api/image/2/level0.json\"]," +
                          "\"sizes\":[{\"width\":176,\"height\":262},{\"width\":352,\"height\":525}]}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }

    [Test]
    public void Readme_ShowsTheImagesRegion()
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        readme.Should().Contain(RegionText("readme-images", "ReadmeTests.Images.cs"), "the README's sample must be the code this test compiles and runs");
    }
}
