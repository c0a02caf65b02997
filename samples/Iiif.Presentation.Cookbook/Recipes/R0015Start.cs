namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0015: a video that starts at a point in time (<c>start</c> with a PointSelector).</summary>
public sealed class R0015Start : Recipe
{
    private const string Base = Cookbook + "0015-start";

    public override string Name => "0015-start";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Video of a 30-minute digital clock")
            .Start(Base + "/canvas/segment1", new PointSelector { T = 120.5 }, Base + "/canvas-start/segment1")
            .Rights("http://creativecommons.org/licenses/by/3.0/")
            .RequiredStatement(
                En("Attribution"),
                En("<span>The video was created by <a href='https://www.youtube.com/watch?v=Lsq0FiXjGHg'>DrLex1</a> and was released using a <a href='https://creativecommons.org/licenses/by/3.0/'>Creative Commons Attribution license</a></span>"))
            .Canvas(Base + "/canvas/segment1", canvas => canvas
                .Duration(1801.055)
                .PaintingPage(Base + "/annotation/segment1/page")
                .Paint(
                    new Video("https://fixtures.iiif.io/video/indiana/30-minute-clock/medium/30-minute-clock.mp4") { Format = "video/mp4", Duration = 1801.055 },
                    Base + "/annotation/segment1-video"))
            .Build();
}
