namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0026: a table of contents of an opera, its acts and scenes as time spans of one video.</summary>
public sealed class R0026TocOpera : Recipe
{
    private const string Base = Cookbook + "0026-toc-opera";

    public override string Name => "0026-toc-opera";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("it", "L'Elisir D'Amore")
            .Label("en", "The Elixir of Love")
            .Canvas(Base + "/canvas/1", canvas => canvas
                .Size(1920, 1080)
                .Duration(7278.422)
                .PaintingPage(Base + "/canvas/1/annotation_page/1")
                .Paint(
                    IiifContent.Video("https://fixtures.iiif.io/video/indiana/donizetti-elixir/vae0637_accessH264_low.mp4", "video/mp4", 1920, 1080, 7278.422),
                    Base + "/canvas/1/annotation_page/1/annotation/1"))
            .Range(Base + "/range/1", opera => Acts(opera, "3971.24"))
            .Build();

    /// <summary>The opera's table of contents; the second act runs from <paramref name="act2"/> (to the end or a given time).</summary>
    internal static void Acts(RangeBuilder opera, string act2, string baseUri = Base)
    {
        opera.Label("it", "Gaetano Donizetti, L'Elisir D'Amore")
            .Range(baseUri + "/range/2", act => act
                .Label("it", "Atto Primo")
                .Range(baseUri + "/range/3", scene => scene
                    .Label("it", "Preludio e Coro d'introduzione – Bel conforto al mietitore")
                    .Canvas(baseUri + "/canvas/1#t=0,302.05"))
                .Range(baseUri + "/range/4", scene => scene
                    .Label("en", "Remainder of Atto Primo")
                    .Canvas(baseUri + "/canvas/1#t=302.05,3971.24")))
            .Range(baseUri + "/range/5", act => act
                .Label("it", "Atto Secondo")
                .Canvas(baseUri + "/canvas/1#t=" + act2));
    }
}
