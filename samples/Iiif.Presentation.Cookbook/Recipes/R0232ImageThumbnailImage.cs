namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0232: image Canvases whose thumbnails come from a level 0 image service that lists its sizes.</summary>
public sealed class R0232ImageThumbnailImage : Recipe
{
    private const string Base = Cookbook + "0232-image-thumbnail-canvas";
    private const string Reference = "https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-";
    private const string Photos = "https://fixtures.iiif.io/other/level0/Glen/photos/";

    public override string Name => "0232-image-thumbnail-canvas__manifest-image";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest-image.json", ids: CookbookIds.Instance)
            .Label("en", "Gänseliesel-Brunnen, Göttingen")
            .Canvas(canvas => Photo(canvas, "Photo of the Gänseliesel-Brunnen taken at the 2019 IIIF Conference", "gottingen", 4032, 3024)
                .Thumbnail(Thumbnail(Photos + "gottingen", (126, 95), (252, 189), (504, 378))))
            .Canvas(canvas => Photo(canvas, "Gänseliesel-Brunnen at Night", "fountain", 3024, 4032)
                .Thumbnail(Thumbnail(Photos + "fountain", (95, 126), (189, 252), (378, 504))))
            .Build();

    private static CanvasBuilder Photo(CanvasBuilder canvas, string label, string name, int width, int height) => canvas
        .Label("en", label)
        .Size(width, height)
        .Paint(IiifContent.ImageFromService(Reference + name, width, height));

    /// <summary>A thumbnail from a level 0 service, which lists the sizes it serves; the thumbnail is the middle one.</summary>
    private static Image Thumbnail(string service, params (int Width, int Height)[] sizes)
    {
        Image thumbnail = IiifContent.Image(service + "/full/max/0/default.jpg", "image/jpeg", sizes[1].Width, sizes[1].Height);
        var level0 = new ImageService3(service, "level0");
        foreach ((int width, int height) in sizes)
        {
            level0.Sizes.Add(new ImageSize(width, height));
        }

        thumbnail.Service.Add(level0);
        return thumbnail;
    }
}
