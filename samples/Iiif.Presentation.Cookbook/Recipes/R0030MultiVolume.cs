namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0030: a work in two volumes, a <c>multi-part</c> Collection of two Manifests.</summary>
public sealed class R0030MultiVolume : Recipe
{
    internal const string Base = Cookbook + "0030-multi-volume";

    public override string Name => "0030-multi-volume__collection";

    public override IiifResource Build() =>
        new CollectionBuilder(Base + "/collection.json")
            .Label("jp", "青楼絵本年中行事 [Seirō ehon nenjū gyōji]")
            .Behavior(Behavior.MultiPart)
            .Manifest(Base + "/manifest_v1.json", new LanguageMap("jp", "巻 1 [Vol. 1]"))
            .Manifest(Base + "/manifest_v2.json", new LanguageMap("jp", "巻 2 [Vol. 2]"))
            .Build();

    /// <summary>One volume: a cover and four page spreads, read right to left.</summary>
    internal static Manifest Volume(int number, string images, (int Width, int Height) cover, (int Width, int Height) spread, params string[] pages)
    {
        var manifest = new ManifestBuilder($"{Base}/manifest_v{number}.json", ids: CookbookIds.Instance)
            .Label("en", $"Seirō ehon nenjū gyōji : kan {number} | 青楼絵本年中行事 : 巻 {number}")
            .Behavior(Behavior.Individuals)
            .ViewingDirection(ViewingDirection.RightToLeft);
        for (int i = 0; i < pages.Length; i++)
        {
            (int width, int height) = i == 0 ? cover : spread;
            string label = i == 0 ? "Front cover" : $"Page spread {i}";
            string image = images + pages[i];
            manifest.Canvas(canvas => canvas
                .Label("en", label)
                .Size(width, height)
                .Paint(IiifContent.ImageFromService(image, width, height)));
        }

        return manifest.Build();
    }
}

/// <summary>0030: the first volume.</summary>
public sealed class R0030MultiVolume1 : Recipe
{
    public override string Name => "0030-multi-volume__manifest_v1";

    public override IiifResource Build() => R0030MultiVolume.Volume(
        1, "https://iiif.io/api/image/3.0/example/reference/5b0b39c2bf5591d21d807f9aadb437fa-uclaeal_wahon_A06_bib1974505_vol01_",
        (4301, 5730), (7451, 5702), "001", "002", "003", "007", "008");
}

/// <summary>0030: the second volume.</summary>
public sealed class R0030MultiVolume2 : Recipe
{
    public override string Name => "0030-multi-volume__manifest_v2";

    public override IiifResource Build() => R0030MultiVolume.Volume(
        2, "https://iiif.io/api/image/3.0/example/reference/ecbc73b7cd459faf609e54eb4305da1f-uclaeal_wahon_A06_bib1974505_vol02_",
        (4114, 5745), (7253, 5745), "001", "002", "003", "004", "005");
}
