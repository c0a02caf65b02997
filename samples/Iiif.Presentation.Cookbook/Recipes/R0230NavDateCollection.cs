using System;

namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0230: a Collection whose Manifests carry navigation dates.</summary>
public sealed class R0230NavDateCollection : Recipe
{
    private const string Base = Cookbook + "0230-navdate";

    public override string Name => "0230-navdate__navdate-collection";

    public override IiifResource Build()
    {
        Image thumbnail = IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/43153e2ec7531f14dd1c9b2fc401678a-88695674", 221, 300);
        return new CollectionBuilder(Base + "/navdate-collection.json")
            .Label("en", "Chesapeake and Ohio Canal map and guide pamphlets")
            .Thumbnail(thumbnail)
            .Item(Map(Base + "/navdate_map_2-manifest.json", "1986 Chesapeake and Ohio Canal, Washington, D.C., Maryland, West Virginia, official map and guide", 1986))
            .Item(Map(Base + "/navdate_map_1-manifest.json", "1987 Chesapeake and Ohio Canal, Washington, D.C., Maryland, West Virginia, official map and guide", 1987))
            .Build();
    }

    private static Manifest Map(string id, string label, int year)
    {
        var manifest = new Manifest(id) { Label = En(label) };
        manifest.SetNavDate(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return manifest;
    }
}
