using System;

namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0230: the 1987 map, with its navigation date.</summary>
public sealed class R0230NavDateMap1 : Recipe
{
    public override string Name => "0230-navdate__navdate_map_1-manifest";

    public override IiifResource Build() => Map(
        "navdate_map_1-manifest.json", 1987, "43153e2ec7531f14dd1c9b2fc401678a-88695674/", 5212, 7072);

    /// <summary>A map of the canal, dated by its year of publication.</summary>
    internal static Manifest Map(string file, int year, string service, int width, int height) =>
        new ManifestBuilder(Cookbook + "0230-navdate/" + file, ids: CookbookIds.Instance)
            .Label("en", $"{year} Chesapeake and Ohio Canal, Washington, D.C., Maryland, West Virginia, official map and guide")
            .NavDate(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .Canvas(canvas => canvas
                .Label("en", $"{year} Map, recto and verso, with a date of publication")
                .Size(width, height)
                .Paint(IiifContent.ImageFromService("https://iiif.io/api/image/3.0/example/reference/" + service, width, height)))
            .Build();
}

/// <summary>0230: the 1986 map, with its navigation date.</summary>
public sealed class R0230NavDateMap2 : Recipe
{
    public override string Name => "0230-navdate__navdate_map_2-manifest";

    public override IiifResource Build() => R0230NavDateMap1.Map(
        "navdate_map_2-manifest.json", 1986, "43153e2ec7531f14dd1c9b2fc401678a-87691274-1986/", 1286, 1765);
}
