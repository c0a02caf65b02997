namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0003: a Manifest with one video on a Canvas with a size and a duration.</summary>
public sealed class R0003MvmVideo : Recipe
{
    private const string Base = Cookbook + "0003-mvm-video";

    public override string Name => "0003-mvm-video";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Video Example 3")
            .Canvas(Base + "/canvas", canvas => LunchroomManners(canvas, Base, "annotation"))
            .Build();

    /// <summary>Paints the film "Lunchroom Manners" on a Canvas of its size and duration, as <c>{recipe}/canvas/page/{annotation}</c>.</summary>
    internal static CanvasBuilder LunchroomManners(CanvasBuilder canvas, string recipe, string annotation) =>
        canvas
            .Size(480, 360)
            .Duration(572.034)
            .PaintingPage(recipe + "/canvas/page")
            .Paint(
                IiifContent.Video("https://fixtures.iiif.io/video/indiana/lunchroom_manners/high/lunchroom_manners_1024kb.mp4", "video/mp4", 480, 360, 572.034),
                recipe + "/canvas/page/" + annotation);
}
