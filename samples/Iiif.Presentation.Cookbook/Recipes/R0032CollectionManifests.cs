namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0032: the first Manifest of the Collection.</summary>
public sealed class R0032CollectionManifest1 : Recipe
{
    public override string Name => "0032-collection__manifest-01";

    public override IiifResource Build() => Painting(
        "manifest-01.json", "1", "The Gulf Stream", "1899",
        "329817fc8a251a01c393f517d8a17d87-Winslow_Homer_-_The_Gulf_Stream_-_Metropolitan_Museum_of_Art", 5886, 3540);

    /// <summary>A Manifest of one painting by Winslow Homer.</summary>
    internal static Manifest Painting(string file, string number, string title, string date, string image, int width, int height) =>
        new ManifestBuilder(Cookbook + "0032-collection/" + file, Cookbook + "0032-collection/manifest/" + number, CookbookIds.Instance)
            .Label("en", title)
            .Metadata("en", "Artist", "Winslow Homer (1836–1910)")
            .Metadata("en", "Date", date)
            .Canvas(canvas => canvas
                .Size(width, height)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/" + image, width, height)))
            .Build();
}

/// <summary>0032: the second Manifest of the Collection.</summary>
public sealed class R0032CollectionManifest2 : Recipe
{
    public override string Name => "0032-collection__manifest-02";

    public override IiifResource Build() => R0032CollectionManifest1.Painting(
        "manifest-02.json", "2", "Northeaster", "1895",
        "329817fc8a251a01c393f517d8a17d87-Northeaster_by_Winslow_Homer_1895", 3764, 2572);
}
