using System.Text.Json;

namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0117: a Manifest thumbnail, with a full description of its image service.</summary>
public sealed class R0117AddImageThumbnail : Recipe
{
    private const string Base = Cookbook + "0117-add-image-thumbnail";
    private const string Cover = "https://iiif.io/api/image/3.0/example/reference/4f92cceb12dd53b52433425ce44308c7-ucla_bib1987273_no001_rs_001";

    public override string Name => "0117-add-image-thumbnail";

    public override IiifResource Build()
    {
        Image thumbnail = IiifContent.ImageFromService(Cover, 3497, 4823);
        var service = (ImageService3)thumbnail.Service[0];
        service.Width = 3497;
        service.Height = 4823;
        service.ExtensionData.Add("extraFormats", Json("[\"png\"]"));
        service.ExtensionData.Add("extraQualities", Json("[\"default\", \"color\", \"gray\"]"));
        service.ExtensionData.Add("protocol", Json("\"http://iiif.io/api/image\""));
        var tile = new ImageTile { Width = 512, Height = 512 };
        foreach (int factor in new[] { 1, 2, 4, 8 })
        {
            tile.ScaleFactors.Add(factor);
        }

        service.Tiles.Add(tile);

        return new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Playbill Cover with Manifest Thumbnail")
            .Summary("en", "Cover of playbill for \"Akiba gongen kaisen-banashi,\" \"Futatsu chōchō kuruwa nikki\" and \"Godairiki koi no fūjime\" performed at the Chikugo Theater in Osaka from the fifth month of Kaei 2 (May, 1849); main actors: Gadō Kataoka II, Ebizō Ichikawa VI, Kitō Sawamura II, Daigorō Mimasu IV and Karoku Nakamura I; on front cover: producer Mominosuke Ichikawa's crest.")
            .Thumbnail(thumbnail)
            .Canvas(Base + "/canvas/p0", canvas => canvas
                .Label("en", "front cover with color bar")
                .Size(4520, 5312)
                .PaintingPage(Base + "/page/p0/1")
                .Paint(IiifContent.ImageFromService(Cover + "_full", 4520, 5312), Base + "/annotation/p0000-image"))
            .Build();
    }

    private static JsonElement Json(string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
