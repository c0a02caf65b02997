namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0240: a sculpture and a painting of it, each Canvas placed on the map where its object is.</summary>
public sealed class R0240NavPlaceOnCanvases : Recipe
{
    private const string Base = Cookbook + "0240-navPlace-on-canvases";

    /// <summary>The image service of the photo of the Laocoön bronze.</summary>
    internal const string Bronze = "https://iiif.io/api/image/3.0/example/reference/28473c77da3deebe4375c3a50572d9d3-laocoon";

    public override string Name => "0240-navPlace-on-canvases";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Laocöon, geolocated sculpture and painting.")
            .Canvas(Base + "/canvas/1", canvas => Painted(canvas.Label("en", "Front of Bronze"), Base, 1, Bronze, 2315, 3000)
                .NavPlace(
                    Place(-118.4745559, 34.0776376),
                    new LanguageMap
                    {
                        { "en", "Current Location of the Laocoön Bronze" },
                        { "it", "Ubicazione attuale del Bronzo Laocoonte e i suoi figli" },
                    },
                    Base + "/feature/1",
                    Base + "/feature-collection/1"))
            .Canvas(Base + "/canvas/2", canvas => Painted(canvas.Label("en", "Painting"), Base, 2,
                    "https://iiif.io/api/image/3.0/example/reference/58763298b61c2a99f78ff94d8364c639-laocoon_1946_18_1", 4096, 3259)
                .NavPlace(Place(-77.0199025, 38.8920717), En("Current Location of Painting"), Base + "/feature/2", Base + "/feature-collection/2"))
            .Build();

    /// <summary>Paints an image service's full image on a Canvas of its size, under the <c>anno-page/{n}</c> and
    /// <c>anno/{n}</c> ids of the navPlace recipes.</summary>
    internal static CanvasBuilder Painted(CanvasBuilder canvas, string recipe, int n, string service, int width, int height) =>
        canvas
            .Size(width, height)
            .PaintingPage($"{recipe}/anno-page/{n}")
            .Paint(IiifContent.ImageFromService(service, width, height), $"{recipe}/anno/{n}");

    /// <summary>A point on the Earth, longitude first.</summary>
    internal static Point Place(double longitude, double latitude) => new(new Position(longitude, latitude));
}
