namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0139: a region of a map Canvas tagged with the place it shows, a GeoJSON Feature as the annotation's body.</summary>
public sealed class R0139GeolocateCanvasFragment : Recipe
{
    private const string Base = Cookbook + "0139-geolocate-canvas-fragment";

    public override string Name => "0139-geolocate-canvas-fragment";

    public override IiifResource Build()
    {
        // The recipe's ring is not closed (GeoJSON repeats the first position at the end); it is kept as published.
        var area = new Polygon(
        [
            [new Position(-77.019853, 38.913101), new Position(-77.110013, 38.843254), new Position(-77.284698, 38.997574), new Position(-77.188911, 39.062648)],
        ]);
        return new ManifestBuilder(Base + "/manifest.json")
            .ExtensionContext(IiifContexts.GeoJson)
            .Label("en", "Recipe Manifest for #139")
            .Summary("en", "A IIIF Presentation API 3.0 Manifest containing a GeoJSON-LD Web Annotation which targets a Canvas fragment.")
            .Canvas(Base + "/canvas.json", canvas => CanalPamphlet(canvas, Base)
                .Annotations(Base + "/supplementingPage.json", page => page
                    .Annotation(Base + "/geoAnno.json", Motivation.Tagging, tag => tag
                        .Body(IiifContent.Feature(area, En("Targeted Map from Chesapeake and Ohio Canal Pamphlet"), Base + "/geo.json"))
                        .Target(Base + "/canvas.json#xywh=920,3600,1510,3000"))))
            .Build();
    }
}
