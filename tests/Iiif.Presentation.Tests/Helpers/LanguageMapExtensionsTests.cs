using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed class LanguageMapExtensionsTests
{
    private static Manifest Read(string relativePath) =>
        IiifJson.Deserialize<Manifest>(File.ReadAllBytes(CorpusFiles.Path(relativePath)));

    [TestCase("fr", "La Mère de Whistler")]
    [TestCase("FR", "La Mère de Whistler")]
    [TestCase("fr-CA", "La Mère de Whistler")]
    [TestCase("en", "Whistler's Mother")]
    [TestCase("en-GB", "Whistler's Mother")]
    [TestCase("de", "Whistler's Mother")] // no match, no none: the first language of the map
    public void GetValues_TextLanguageRecipe_PicksTheLanguage(string preferred, string expected)
    {
        Manifest manifest = Read("v3/cookbook/0006-text-language.json");

        manifest.Label.GetValues(preferred).Should().Equal(expected);
        manifest.Label.GetText(preferred).Should().Be(expected);
    }

    [Test]
    public void GetValues_PreferencesInOrder_TakesTheFirstThatMatches()
    {
        Manifest manifest = Read("v3/cookbook/0006-text-language.json");

        manifest.Label.GetValues("de", "it-CH", "fr-BE", "en").Should().Equal("La Mère de Whistler");
        manifest.Summary.GetText(new List<string> { "ja", "en" })
            .Should().Be("Arrangement in Grey and Black No. 1, also called Portrait of the Artist's Mother.");
        manifest.Label.SelectLanguage(["pt", "fr-FR"]).Should().Be("fr");
    }

    [Test]
    public void GetLabelAndValue_TextLanguageRecipe_ChooseEachOnTheirOwn()
    {
        Manifest manifest = Read("v3/cookbook/0006-text-language.json");

        // The label has fr; the value only none, which is shown when the preferred language is missing.
        manifest.Metadata[0].GetLabel("fr").Should().Be("Auteur");
        manifest.Metadata[0].GetValue("fr").Should().Be("Whistler, James Abbott McNeill");
        manifest.Metadata[1].GetLabel("fr").Should().Be("Sujet");
        manifest.Metadata[1].GetValue("fr").Should().Be("McNeill Anna Matilda, mère de Whistler (1804-1881)");
        manifest.Metadata[1].GetValue("en").Should().Be("McNeill Anna Matilda, mother of Whistler (1804-1881)");

        manifest.RequiredStatement.GetLabel("fr").Should().Be("Détenu par");
        manifest.RequiredStatement.GetLabel("en-AU").Should().Be("Held By");
        manifest.RequiredStatement.GetValue("fr").Should().Be("Musée d'Orsay, Paris, France");
    }

    [TestCase("fr-CA", "La Mère de Whistler", "Auteur")]
    [TestCase("fr-FR", "La Mère de Whistler", "Auteur")]
    [TestCase("en-NZ", "Whistler's Mother", "Creator")]
    [TestCase("nl-NL", "Whistler's Mother", "Creator")]
    public void GetText_Culture_WalksItsParents(string culture, string label, string creator)
    {
        Manifest manifest = Read("v3/cookbook/0006-text-language.json");
        var info = CultureInfo.GetCultureInfo(culture);

        manifest.Label.GetText(info).Should().Be(label);
        manifest.Label.GetValues(info).Should().Equal(label);
        manifest.Metadata[0].GetLabel(info).Should().Be(creator);
        manifest.Metadata[0].GetValue(info).Should().Be("Whistler, James Abbott McNeill");
    }

    [Test]
    public void GetText_Invariant_PrefersNoLanguage()
    {
        Manifest manifest = Read("v3/cookbook/0006-text-language.json");

        manifest.Label.GetText(CultureInfo.InvariantCulture).Should().Be("Whistler's Mother");
        manifest.RequiredStatement.GetValue(CultureInfo.InvariantCulture).Should().Be("Musée d'Orsay, Paris, France");
    }

    [Test]
    public void GetValues_MultivalueRecipe_ReturnsEveryStringOfTheLanguage()
    {
        Manifest manifest = Read("v3/cookbook/0118-multivalue.json");

        manifest.Metadata[0].Value.GetValues("fr")
            .Should().Equal("Portrait de la mère de l'artiste", "La Mère de Whistler");
        manifest.Metadata[0].GetValue("en-US").Should().Be("Whistler's Mother; Arrangement in Grey and Black No. 1");
        manifest.Metadata[0].Value.GetText(["en"], "\n").Should().Be("Whistler's Mother\nArrangement in Grey and Black No. 1");
        manifest.Label.GetText("en").Should().Be("Arrangement en gris et noir no 1");
    }

    [Test]
    public void GetLabel_RegionKeyInMap_MatchesItsBaseLanguage()
    {
        // Riksarkivet's metadata labels are keyed sv and en-GB; values @none.
        Manifest manifest = Read("v3/iiif-commons-parser/2-to-3-converted/manifests/lbiiif.riksarkivet.se__arkis_R0000004__manifest.json");
        MetadataEntry archive = manifest.Metadata[0];

        archive.Label.SelectLanguage(["en"]).Should().Be("en-GB");
        archive.GetLabel("en").Should().Be("Archive");
        archive.GetLabel("en-US").Should().Be("Archive");
        archive.GetLabel("sv-SE").Should().Be("Arkiv");
        archive.GetLabel("fi").Should().Be("Arkiv"); // first in map order
        archive.Value.SelectLanguage(["en"]).Should().Be("@none");
        archive.GetValue("en").Should().Be("Originaltraktater med främmande makter (traktater)");
        manifest.Metadata[2].GetLabel(CultureInfo.GetCultureInfo("en-US")).Should().Be("Reference code");
    }

    [TestCase("zh-CN", "清 李渔 芥子园画传龙谷大学藏本")]
    [TestCase("zh-cn", "清 李渔 芥子园画传龙谷大学藏本")]
    [TestCase("zh-Hant-TW", "清 李漁 芥子園畫傳龍穀大學藏本")]
    [TestCase("zh-HK", "清 李漁 芥子園畫傳龍穀大學藏本")]
    [TestCase("zh", "清 李漁 芥子園畫傳龍穀大學藏本")] // no script: the first Chinese key
    [TestCase("zh-Hans", "清 李渔 芥子园画传龙谷大学藏本")] // zh-CN implies Hans; zh-Hant comes first in the map
    [TestCase("zh-SG", "清 李渔 芥子园画传龙谷大学藏本")]
    [TestCase("zh-Hans-SG", "清 李渔 芥子园画传龙谷大学藏本")]
    [TestCase("ja-JP", "清 李漁 芥子園画伝竜穀大学蔵本")]
    [TestCase("en", "Qing Dynasty Li Yu The Mustard Seed Garden Manual of Painting, held in the collection of Longgu University.")]
    [TestCase("ko", "清 李漁 芥子園畫傳龍穀大學藏本")] // no match, no none: the first language of the map
    public void GetText_ScriptAndRegionTags_MatchesByLookup(string preferred, string expected)
    {
        Manifest manifest = Read("v3/clover-iiif/manifest/behavior/paged-rtl.json");

        manifest.Label.GetText(preferred).Should().Be(expected);
    }

    [TestCase("zh-Hant", "繁體")]
    [TestCase("zh-TW", "繁體")]
    [TestCase("zh-MO", "繁體")]
    [TestCase("zh-Hans", "简体")]
    [TestCase("zh-MY", "简体")]
    [TestCase("zh", "简体")]
    [TestCase("zh-Latn", "简体")] // no key in that script: the first Chinese key
    public void GetText_ChineseRegionsAndScripts_PreferTheSameScript(string preferred, string expected)
    {
        var map = new LanguageMap { { "zh-CN", "简体" }, { "zh-HK", "繁體" }, { "en", "Chinese" } };

        map.GetText(preferred).Should().Be(expected);
    }

    [Test]
    public void GetValues_NoPreferredMatch_PrefersNoneOverOtherLanguages()
    {
        var map = new LanguageMap { { "de", "Titel" }, { "none", "Title-none" } };

        map.GetValues("fr").Should().Equal("Title-none");
        map.GetValues().Should().Equal("Title-none");
        map.GetValues("de-AT").Should().Equal("Titel");
        map.SelectLanguage(null).Should().Be("none");
    }

    [Test]
    public void GetValues_EmptyLanguage_IsNeverChosen()
    {
        var map = new LanguageMap { { "fr", "Titre" } };
        map["en"] = new List<string>();

        map.GetValues("en").Should().Equal("Titre");
        new LanguageMap { ["en"] = new List<string>() }.GetText("en").Should().BeNull();
    }

    [Test]
    public void Helpers_Null_ReturnNothingAndDoNotThrow()
    {
        LanguageMap? map = null;
        MetadataEntry? entry = null;

        map.GetValues("en").Should().BeEmpty();
        map.GetValues(CultureInfo.InvariantCulture).Should().BeEmpty();
        map.GetText("en").Should().BeNull();
        map.SelectLanguage(["en"]).Should().BeNull();
        new LanguageMap().GetValues("en").Should().BeEmpty();
        new LanguageMap("en", "x").GetValues((IEnumerable<string>?)null).Should().Equal("x");
        new LanguageMap("en", "x").GetValues((CultureInfo?)null).Should().Equal("x");
        entry.GetLabel("en").Should().BeNull();
        entry.GetValue(CultureInfo.InvariantCulture).Should().BeNull();
        new MetadataEntry().GetValue("en").Should().BeNull();
    }

    [Test]
    public void GetValues_ReturnsACopy()
    {
        var map = new LanguageMap("en", "a", "b");

        IReadOnlyList<string> values = map.GetValues("en");
        map["en"].Add("c");

        values.Should().Equal("a", "b");
    }
}
