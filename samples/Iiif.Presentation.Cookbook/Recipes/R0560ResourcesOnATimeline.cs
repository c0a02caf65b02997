namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0560: two images painted one after the other on a Canvas with a duration, repeated.</summary>
public sealed class R0560ResourcesOnATimeline : Recipe
{
    private const string Base = Cookbook + "0560-resources-on-a-timeline";

    private const string Reference = "https://iiif.io/api/image/3.0/example/reference/329817fc8a251a01c393f517d8a17d87-";

    public override string Name => "0560-resources-on-a-timeline";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "Rendering Resources Sequentially on a Timeline")
            .Behavior(Behavior.Repeat)
            .Canvas(Base + "/canvas1", canvas => canvas
                .Size(3764, 2572)
                .Duration(4.0)
                .PaintingPage(Base + "/canvas1/page/p1/1")
                .Paint(IiifContent.ImageFromService(Reference + "Northeaster_by_Winslow_Homer_1895/", 3764, 2572), Base + "/canvas1/annotation/p1a1-image", "t=0,2")
                .Paint(
                    IiifContent.ImageFromService(Reference + "Winslow_Homer_-_The_Gulf_Stream_-_Metropolitan_Museum_of_Art/", 5886, 3540),
                    Base + "/canvas1/annotation/p1a2-image",
                    "t=2,4"))
            .Build();
}
