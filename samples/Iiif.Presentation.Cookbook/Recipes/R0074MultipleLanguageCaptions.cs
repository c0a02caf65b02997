namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0074: a video with captions in two languages, offered as a Choice of WebVTT files.</summary>
public sealed class R0074MultipleLanguageCaptions : Recipe
{
    private const string Base = Cookbook + "0074-multiple-language-captions";

    public override string Name => "0074-multiple-language-captions";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("it", "Per voi signore. Modelli francesi")
            .Label("en", "For ladies. French models")
            .Rights("http://rightsstatements.org/vocab/InC/1.0/")
            .RequiredStatement(En("Rights"), En("All rights reserved Cinecittà Luce spa"))
            .Canvas(Base + "/canvas", canvas => canvas
                .Size(288, 384)
                .Duration(65.0)
                .PaintingPage(Base + "/canvas/page")
                .Paint(
                    IiifContent.Video("https://fixtures.iiif.io/video/europeana/Per_voi_signore_Modelli_francesi.mp4", "video/mp4", 288, 384, 65.0),
                    Base + "/canvas/page/annotation")
                .Annotations(Base + "/manifest.json/anno/page/1", page => page
                    .Annotation(Base + "/manifest.json/subtitles_captions-files-vtt", Motivation.Supplementing, a => a
                        .Body(new Choice
                        {
                            Items =
                            {
                                Captions(Base + "/Per_voi_signore_Modelli_francesi_en.vtt", "en", "Captions in WebVTT format"),
                                Captions(Base + "/Per_voi_signore_Modelli_francesi_it.vtt", "it", "Sottotitoli in formato WebVTT"),
                            },
                        }))))
            .Build();

    /// <summary>A WebVTT caption file in one language, labelled in that language.</summary>
    internal static ContentResource Captions(string id, string language, string label)
    {
        ContentResource captions = IiifContent.Link(id, "Text", new LanguageMap(language, label), "text/vtt");

        // Model setters: the file's language, which IiifContent.Link does not take, written as a lone string as the
        // recipe (and the official schema) has it, where 3.0 §3.2 language asks for an array of strings
        // (P3-JSON-02; CookbookValidationTests names it).
        captions.Language.Add(language);
        captions.Language.SetSingleValue();
        return captions;
    }
}
