using System;

namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0318: a Collection of views of Rome, whose Manifests carry a date and a place for a timeline and a map.</summary>
public sealed class R0318NavPlaceNavDateCollection : Recipe
{
    internal const string Base = Cookbook + "0318-navPlace-navDate";

    public override string Name => "0318-navPlace-navDate__collection";

    public override IiifResource Build()
    {
        var collection = new CollectionBuilder(Base + "/collection.json")
            .Label("en", "NavPlace and NavDate Collection")
            .Summary("en", "A collection of items related to Rome.")
            .RequiredStatement(En("Attribution"), En("Objects from the Yale Center for British Art"));
        for (int n = 1; n <= 5; n++)
        {
            Manifest manifest = R0318NavPlaceNavDateManifest1.Manifest(n);

            // Model setter: the items are references that repeat each Manifest's label, navDate and navPlace; the
            // builders make full resources, and CollectionBuilder.Item takes such a reference as the model's Manifest.
            var reference = new Manifest(manifest.Id!) { Label = manifest.Label, NavDate = manifest.NavDate, NavPlace = manifest.NavPlace };
            collection.Item(reference);
        }

        return collection.Build();
    }
}

/// <summary>0318: Castel Sant'Angelo, 1776.</summary>
public sealed class R0318NavPlaceNavDateManifest1 : Recipe
{
    private static readonly (string Label, int Year, double Longitude, double Latitude, string Image, int Height)[] s_views =
    [
        ("Castel Sant'Angelo, Rome", 1776, 12.4663, 41.9031, "Castel_Sant_Angelo_Rome", 1516),
        ("The Colosseum", 1776, 12.492222, 41.890278, "The_Colosseum", 1529),
        ("The Arch of Titus from the Forum, Rome, ca. 1725", 1725, 12.488585, 41.890717, "The_Arch_of_Titus_from_the_Forum_Rome", 2875),
        ("The Temple of Vesta, Rome, 1849", 1849, 12.4862, 41.8917, "The_Temple_of_Vesta_Rome", 2875),
        ("A View of Trajan's Forum, Rome, 1821", 1821, 12.485869, 41.895419, "A_View_of_Trajans_Forum_Rome", 3005),
    ];

    public override string Name => "0318-navPlace-navDate__manifest-1";

    public override IiifResource Build() => Manifest(1);

    /// <summary>The <paramref name="n"/>th view: a painting of the Yale Center for British Art, dated by the year
    /// it shows and placed where it was painted, its ids numbered <paramref name="n"/> across the recipe.</summary>
    internal static Manifest Manifest(int n)
    {
        const string Base = R0318NavPlaceNavDateCollection.Base;
        (string label, int year, double longitude, double latitude, string image, int height) = s_views[n - 1];
        return new ManifestBuilder($"{Base}/manifest-{n}.json")
            .Label("en", label)
            .NavDate(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .NavPlace(R0240NavPlaceOnCanvases.Place(longitude, latitude), En(label), $"{Base}/feature/{n}", $"{Base}/feature-collection/{n}")
            .Canvas($"{Base}/canvas/{n}", canvas => R0240NavPlaceOnCanvases.Painted(canvas.Label("en", label), Base, n,
                "https://iiif.io/api/image/3.0/example/reference/71b9228e087f15c75b628214cd9f647d-" + image, 2048, height))
            .Build();
    }
}

/// <summary>0318: the Colosseum, 1776.</summary>
public sealed class R0318NavPlaceNavDateManifest2 : Recipe
{
    public override string Name => "0318-navPlace-navDate__manifest-2";

    public override IiifResource Build() => R0318NavPlaceNavDateManifest1.Manifest(2);
}

/// <summary>0318: the Arch of Titus, about 1725.</summary>
public sealed class R0318NavPlaceNavDateManifest3 : Recipe
{
    public override string Name => "0318-navPlace-navDate__manifest-3";

    public override IiifResource Build() => R0318NavPlaceNavDateManifest1.Manifest(3);
}

/// <summary>0318: the Temple of Vesta, 1849.</summary>
public sealed class R0318NavPlaceNavDateManifest4 : Recipe
{
    public override string Name => "0318-navPlace-navDate__manifest-4";

    public override IiifResource Build() => R0318NavPlaceNavDateManifest1.Manifest(4);
}

/// <summary>0318: Trajan's Forum, 1821.</summary>
public sealed class R0318NavPlaceNavDateManifest5 : Recipe
{
    public override string Name => "0318-navPlace-navDate__manifest-5";

    public override IiifResource Build() => R0318NavPlaceNavDateManifest1.Manifest(5);
}
