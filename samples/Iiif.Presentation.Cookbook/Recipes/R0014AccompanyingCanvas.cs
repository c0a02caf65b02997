namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0014: the score shown while a recording plays (<c>accompanyingCanvas</c>).</summary>
public sealed class R0014AccompanyingCanvas : Recipe
{
    private const string Base = Cookbook + "0014-accompanyingcanvas";

    public override string Name => "0014-accompanyingcanvas";

    public override IiifResource Build()
    {
        Image score = IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/4b45bba3ea612ee46f5371ce84dbcd89-mahler-0", 772, 998);
        score.Id = "https://iiif.io/api/image/3.0/example/reference/4b45bba3ea612ee46f5371ce84dbcd89-mahler-0/full/,998/0/default.jpg";

        return new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Partial audio recording of Gustav Mahler's _Symphony No. 3_")
            .Canvas(Base + "/canvas/p1", canvas => canvas
                .Label("en", "Gustav Mahler, Symphony No. 3, CD 1")
                .Duration(1985.024)
                .AccompanyingCanvas(Base + "/canvas/accompanying", accompanying => accompanying
                    .Label("en", "First page of score for Gustav Mahler, Symphony No. 3")
                    .Size(772, 998)
                    .PaintingPage(Base + "/canvas/accompanying/annotation/page")
                    .Paint(score, Base + "/canvas/accompanying/annotation/image"))
                .PaintingPage(Base + "/canvas/page/p1")
                .Paint(
                    IiifContent.Sound("https://fixtures.iiif.io/audio/indiana/mahler-symphony-3/CD1/medium/128Kbps.mp4", "video/mp4", 1985.024),
                    Base + "/canvas/page/annotation/segment1-audio"))
            .Build();
    }
}
