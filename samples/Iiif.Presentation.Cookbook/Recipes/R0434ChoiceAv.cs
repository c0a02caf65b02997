namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0434: a choice between six formats of one recording.</summary>
public sealed class R0434ChoiceAv : Recipe
{
    private const string Base = Cookbook + "0434-choice-av";

    public override string Name => "0434-choice-av";

    public override IiifResource Build()
    {
        IiifResource[] formats =
        [
            Format("m4a", "audio/alac", "ALAC"),
            Format("mp3", "audio/mpeg", "MP3"),
            Format("flac", "audio/flac", "FLAC"),
            Format("ogg", "audio/ogg", "OGG Vorbis OGG"),
            Format("mpeg", "audio/mpeg", "MPEG2"),
            Format("wav", "audio/wav", "WAV"),
        ];

        return new ManifestBuilder(Base + "/manifest.json")
            .Label("en", "Excerpt from Egbe Iyawo")
            .Summary("en", "Excerpt from a performance of Egbe Iyawo recorded in Kabba Division, Kwara State. ")
            .Rights("http://creativecommons.org/publicdomain/zero/1.0/")
            .Canvas(Base + "/canvas/1", canvas => canvas
                .Duration(16)
                .PaintingPage(Base + "/canvas/1/annotation_page/1")
                .PaintChoice(Base + "/canvas/1/annotation_page/1/annotation/1", formats))
            .Build();
    }

    private static Sound Format(string extension, string format, string label)
    {
        Sound sound = IiifContent.Sound("https://fixtures.iiif.io/audio/ucla/egbe-iyawo-ucla." + extension, format, 16);
        sound.Label = En(label);
        return sound;
    }
}
