namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0065: an opera whose acts are Canvases of their own, with a table of contents across them.</summary>
public sealed class R0065OperaMultipleCanvases : Recipe
{
    private const string Base = Cookbook + "0065-opera-multiple-canvases";
    private const string Videos = "https://fixtures.iiif.io/video/indiana/donizetti-elixir/";

    // canvas/1, canvas/1/annotation_page/1, canvas/1/annotation_page/1/annotation/1
    private static readonly IdStrategy s_ids = IdStrategy.From(r => r.Kind switch
    {
        IdKind.Canvas => $"{r.BaseUri}/canvas/{r.Index}",
        IdKind.AnnotationPage => $"{r.ParentId}/annotation_page/{r.Index}",
        _ => $"{r.ParentId}/annotation/{r.Index}",
    });

    public override string Name => "0065-opera-multiple-canvases";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: s_ids)
            .Label("it", "L'Elisir D'Amore")
            .Label("en", "The Elixir of Love")
            .Metadata("en", "Date Issued", "2019")
            .Metadata("en", "Publisher", "Indiana University Jacobs School of Music")
            .Canvas(canvas => canvas
                .Size(1920, 1080)
                .Duration(3971.24)
                .Label("en", "Atto Primo")
                .Paint(IiifContent.Video(Videos + "vae0637_accessH264_low_act_1.mp4", "video/mp4", 1920, 1080, 3971.24))
                .Thumbnail(new Image(Videos + "act1-thumbnail.png")))
            .Canvas(canvas => canvas
                .Size(1920, 1080)
                .Duration(3307.22)
                .Label("en", "Atto Secondo")
                .Paint(IiifContent.Video(Videos + "vae0637_accessH264_low_act_2.mp4", "video/mp4", 1920, 1080, 3307.22))
                .Thumbnail(new Image(Videos + "act2-thumbnail.png")))
            .Range(Base + "/range/1", opera => opera
                .Label("it", "Gaetano Donizetti, L'Elisir D'Amore")
                .Range(Base + "/range/2", act => act
                    .Label("en", "Atto Primo")
                    .Range(Base + "/range/3", scene => scene
                        .Label("it", "Preludio e Coro d'introduzione – Bel conforto al mietitore")
                        .Canvas(Base + "/canvas/1#t=0,302.05"))
                    .Range(Base + "/range/4", scene => scene
                        .Label("en", "Remainder of Atto Primo")
                        .Canvas(Base + "/canvas/1#t=302.05,3971.24")))
                .Range(Base + "/range/5", act => act
                    .Label("en", "Atto Secondo")
                    .Canvas(Base + "/canvas/2#t=0,3307.22")))
            .Build();
}
