namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0010: a diary read top to bottom.</summary>
public sealed class R0010DiaryTopToBottom : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/";

    public override string Name => "0010-book-2-viewing-direction__manifest-ttb";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Cookbook + "0010-book-2-viewing-direction/manifest-ttb.json", ids: new CookbookIds("v"))
                .Label("en", "Diary with Top-to-Bottom Viewing Direction")
                .Summary("en", "William Lewis Sachtleben was an American long-distance cyclist who rode across Asia from Istanbul to Peking in 1891 to 1892 with Thomas Gaskell Allen Jr., his classmate from Washington University. This was part of a longer journey that began the day after they had graduated from college, when they travelled to New York and on to Liverpool; in all they travelled 15,044 miles by bicycle, 'the longest continuous land journey ever made around the world' as reported in their book <cite>Across Asia on a bicycle</cite> (1895). Sachtleben documented his travels with photographs and diaries, the latter of which he numbered sequentially. The diary of notebook 'No. 10' covers a portion of their journey through the Armenian area of Turkey from April 12 to May 9 (there is a 2-page reading list at the end). During this time they rode from Ankara (Angora in the diary) to Sivas, where they stayed for ten days while Allen had a bout of typhoid fever, and the first half of a ten-day excursion to Merzifon (Mersovan in the diary), taken by Sachtleben to give Allen additional time to recover.")
                .ViewingDirection(ViewingDirection.TopToBottom),
                ("image 1", 2251, 3152, Images + "9ee11092dfd2782634f5e8e2c87c16d5-uclamss_1841_diary_07_02"),
                ("image 2", 2268, 3135, Images + "9ee11092dfd2782634f5e8e2c87c16d5-uclamss_1841_diary_07_03"),
                ("image 3", 2274, 3135, Images + "9ee11092dfd2782634f5e8e2c87c16d5-uclamss_1841_diary_07_04"),
                ("image 4", 2268, 3135, Images + "9ee11092dfd2782634f5e8e2c87c16d5-uclamss_1841_diary_07_05"))
            .Build();
}
