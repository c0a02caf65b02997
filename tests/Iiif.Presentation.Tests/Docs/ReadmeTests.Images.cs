using System;
using System.IO;
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
    public void Readme_ShowsTheImagesRegion()
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        readme.Should().Contain(RegionText("readme-images", "ReadmeTests.Images.cs"), "the README's sample must be the code this test compiles and runs");
    }
}
