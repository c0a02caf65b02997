namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0229: a Range of time spans of a video, each with a thumbnail, for navigating by thumbnails.</summary>
public sealed class R0229BehaviorRanges : Recipe
{
    private const string Base = Cookbook + "0229-behavior-ranges";
    private const string Thumbnails = "https://fixtures.iiif.io/video/indiana/donizetti-elixir/thumbnails/";

    public override string Name => "0229-behavior-ranges";

    public override IiifResource Build()
    {
        Manifest manifest = new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Video navigation with thumbnails in a Range")
            .Canvas(Base + "/canvas/1", canvas => canvas
                .Size(1920, 1080)
                .Duration(3307.22)
                .PaintingPage(Base + "/canvas/1/annotation_page/1")
                .Paint(
                    IiifContent.Video("https://fixtures.iiif.io/video/indiana/donizetti-elixir/vae0637_accessH264_low_act_2.mp4", "video/mp4", 1920, 1080, 3307.22),
                    Base + "/canvas/1/annotation_page/1/annotation/2"))
            .Range(Base + "/range/1", navigation =>
            {
                navigation.Label("en", "Thumbnail Navigation")
                    .Behavior(Behavior.ThumbnailNav)
                    .Range(Base + "/range/1.1", opening => opening.Behavior(Behavior.NoNav).Canvas(Base + "/canvas/1#t=0,9"));
                int[] starts = [9, 305, 610, 915, 1220, 1525, 1830, 2135, 2440, 2745];
                for (int i = 0; i < starts.Length; i++)
                {
                    bool last = i == starts.Length - 1;
                    string end = last ? "3307.22" : starts[i + 1].ToString(System.Globalization.CultureInfo.InvariantCulture);
                    string label = last ? $"{starts[i]}s – end" : $"{starts[i]}s – {end}s";
                    string thumbnail = $"{Thumbnails}thumb-nav-{i + 1:00}.png";
                    navigation.Range($"{Base}/range/{i + 2}", span => span
                        .Label("en", label)
                        .Canvas($"{Base}/canvas/1#t={starts[i]},{end}")
                        .Thumbnail(IiifContent.Image(thumbnail, "image/png", 2250, 1266)));
                }
            })
            .Build();

        // Model setters: the recipe gives its one @context as an array, where the builder writes a lone context as
        // a string; and its id ends with a space, which is not a well-formed URI (3.0 §3.2 id, P3-ID-03;
        // CookbookValidationTests names it).
        manifest.Context.SetSingleValue(false);
        manifest.Id = Base + "/manifest.json ";
        return manifest;
    }
}
