namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0154: a Manifest placed on the map with the navPlace extension.</summary>
public sealed class R0154GeoExtension : Recipe
{
    private const string Base = Cookbook + "0154-geo-extension";

    public override string Name => "0154-geo-extension";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("it", "Bronzo Laocoonte e i suoi figli")
            .NavPlace(
                R0240NavPlaceOnCanvases.Place(-118.4745559, 34.0776376),
                new LanguageMap { { "en", "The Laocoön Bronze" }, { "it", "Bronzo Laocoonte e i suoi figli" } },
                Base + "/feature/1",
                Base + "/feature-collection/1")
            .Canvas(Base + "/canvas/1", canvas =>
                R0240NavPlaceOnCanvases.Painted(canvas.Label("en", "Front of Bronze"), Base, 1, R0240NavPlaceOnCanvases.Bronze, 2315, 3000))
            .Build();
}
