using System;
using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed class TextLanguageExtensionsTests
{
    private static T Read<T>(string relativePath)
        where T : IiifResource =>
        IiifJson.Deserialize<T>(File.ReadAllBytes(CorpusFiles.Path(relativePath)));

    [Test]
    public void GetTextLanguages_TextLanguageRecipe_ListsEnglishAndFrenchAndReportsNoneApart()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0006-text-language.json");

        TextLanguages languages = manifest.GetTextLanguages();

        // The none values (the creator's name, the holding museum) are not a language.
        languages.Languages.Should().Equal("en", "fr");
        languages.HasTextWithoutLanguage.Should().BeTrue();
        languages.Contains("FR").Should().BeTrue();
        languages.Contains("none").Should().BeFalse();
        languages.ToString().Should().Be("en, fr, none");
    }

    [Test]
    public void GetTextLanguages_PerProperty_TextLanguageRecipe_GivesEachItsOwn()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0006-text-language.json");

        manifest.Label.GetTextLanguages().Languages.Should().Equal("en", "fr");
        manifest.Label.GetTextLanguages().HasTextWithoutLanguage.Should().BeFalse();
        manifest.Metadata[0].Value.GetTextLanguages().Languages.Should().BeEmpty();
        manifest.Metadata[0].Value.GetTextLanguages().HasTextWithoutLanguage.Should().BeTrue();
        manifest.Metadata[0].GetTextLanguages().ToString().Should().Be("en, fr, none");
        manifest.RequiredStatement.GetTextLanguages().ToString().Should().Be("en, fr, none");
    }

    [Test]
    public void GetTextLanguages_MultivalueRecipe_KeepsFirstSeenOrder()
    {
        // The label is French, the summary English: French comes first.
        Manifest manifest = Read<Manifest>("v3/cookbook/0118-multivalue.json");

        TextLanguages languages = manifest.GetTextLanguages();

        languages.Languages.Should().Equal("fr", "en");
        languages.HasTextWithoutLanguage.Should().BeFalse();
    }

    [Test]
    public void GetTextLanguages_NewspaperIssue_FindsEnglishOnlyInMetadataAndRequiredStatement()
    {
        // The label is German; English and none come from the metadata and the requiredStatement.
        Manifest manifest = Read<Manifest>("v3/cookbook/0068-newspaper__newspaper_issue_1-manifest.json");

        TextLanguages languages = manifest.GetTextLanguages();

        languages.Languages.Should().Equal("de", "en");
        languages.HasTextWithoutLanguage.Should().BeTrue();
        manifest.Label.GetTextLanguages().Languages.Should().Equal("de");
    }

    [Test]
    public void GetAllTextLanguages_CanvasLabelsInAnotherLanguage_AddIt()
    {
        // The Manifest's label is in Ge'ez only; its Canvases are labelled in English.
        Manifest manifest = Read<Manifest>("v3/cookbook/0011-book-3-behavior__manifest-continuous.json");

        manifest.GetTextLanguages().Languages.Should().Equal("gez");
        manifest.GetTextLanguages().HasTextWithoutLanguage.Should().BeFalse();
        TextLanguages all = manifest.GetAllTextLanguages();
        all.Languages.Should().Equal("gez", "en");
        all.HasTextWithoutLanguage.Should().BeFalse();
    }

    [Test]
    public void GetAllTextLanguages_CompositionRecipe_FindsNoneOnTheCanvasAndFrenchOnAnImage()
    {
        // The Canvas label is under none; the label of an Image painted on it is French.
        Manifest manifest = Read<Manifest>("v3/cookbook/0036-composition-from-multiple-images.json");

        manifest.GetTextLanguages().ToString().Should().Be("en");
        TextLanguages all = manifest.GetAllTextLanguages();
        all.Languages.Should().Equal("en", "fr");
        all.HasTextWithoutLanguage.Should().BeTrue();
    }

    [Test]
    public void GetAllTextLanguages_TextualBodyLanguage_Counts()
    {
        // The commenting annotation's TextualBody is German ("language": "de"); nothing else is.
        Manifest manifest = Read<Manifest>("v3/cookbook/0019-html-in-annotations.json");

        manifest.GetTextLanguages().Languages.Should().Equal("en");
        TextLanguages all = manifest.GetAllTextLanguages();
        all.Languages.Should().Equal("en", "de");
        all.HasTextWithoutLanguage.Should().BeFalse();
    }

    [Test]
    public void GetAllTextLanguages_MultilingualAnnotationBody_ListsEachTextualBodyLanguage()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0346-multilingual-annotation-body.json");

        manifest.GetAllTextLanguages().ToString().Should().Be("en, ja");
    }

    [Test]
    public void GetAllTextLanguages_TextualBodyWithoutLanguage_IsTextWithoutLanguage()
    {
        // The poetry reading's annotations carry TextualBody values with no language.
        Manifest manifest = Read<Manifest>("v3/cookbook/0103-poetry-reading-annotations.json");

        manifest.GetTextLanguages().HasTextWithoutLanguage.Should().BeFalse();
        TextLanguages all = manifest.GetAllTextLanguages();
        all.Languages.Should().Equal("en");
        all.HasTextWithoutLanguage.Should().BeTrue();
    }

    [Test]
    public void GetAllTextLanguages_NewspaperCollection_WalksACollection()
    {
        Collection collection = Read<Collection>("v3/cookbook/0068-newspaper__newspaper_title-collection.json");

        collection.GetAllTextLanguages().ToString().Should().Be("de, en, none");
    }

    [Test]
    public void GetTextLanguages_NullOrEmptyMaps_GiveNothing()
    {
        var manifest = new Manifest("https://example.org/m") { Label = null, Summary = new LanguageMap() };
        manifest.Metadata.Add(new MetadataEntry(null, null));
        manifest.Metadata.Add(new MetadataEntry(new LanguageMap(), new LanguageMap { ["en"] = [] }));

        TextLanguages languages = manifest.GetTextLanguages();

        languages.Languages.Should().BeEmpty();
        languages.HasTextWithoutLanguage.Should().BeFalse();
        languages.ToString().Should().BeEmpty();
        manifest.GetAllTextLanguages().Languages.Should().BeEmpty();
        ((LanguageMap?)null).GetTextLanguages().Languages.Should().BeEmpty();
        ((MetadataEntry?)null).GetTextLanguages().HasTextWithoutLanguage.Should().BeFalse();
    }

    [Test]
    public void GetTextLanguages_KeysDifferingInCase_AreOneLanguageSpelledAsFirstMet()
    {
        var manifest = new Manifest("https://example.org/m")
        {
            Label = new LanguageMap { { "EN", "TITLE" }, { "en", "title" }, { "en-GB", "Title" } },
            Summary = new LanguageMap { { "fr", "Résumé" }, { "NONE", "x" } },
        };
        manifest.Metadata.Add(new MetadataEntry(new LanguageMap("Fr", "Auteur"), new LanguageMap("@none", "Anon")));

        TextLanguages languages = manifest.GetTextLanguages();

        // en-GB is a language of its own; NONE and @none are text without a language.
        languages.Languages.Should().Equal("EN", "en-GB", "fr");
        languages.HasTextWithoutLanguage.Should().BeTrue();
        languages.Contains("en").Should().BeTrue();
        languages.Contains("en-US").Should().BeFalse();
        languages.Contains(null).Should().BeFalse();
        new LanguageMap(" ", "blank key").GetTextLanguages().ToString().Should().Be("none");
    }

    [Test]
    public void GetTextLanguages_LanguageOnlyInAMetadataValue_IsFound()
    {
        var manifest = new Manifest("https://example.org/m") { Label = new LanguageMap("en", "Letter") };
        manifest.Metadata.Add(new MetadataEntry(new LanguageMap("en", "Incipit"), new LanguageMap("la", "Gallia est omnis divisa")));
        manifest.RequiredStatement = new MetadataEntry(new LanguageMap("en", "Held by"), new LanguageMap("cy", "Llyfrgell"));

        manifest.GetTextLanguages().Languages.Should().Equal("en", "la", "cy");
    }

    [Test]
    public void GetTextLanguages_OwnTextOnly_IgnoresHeldResources()
    {
        var canvas = new Canvas("https://example.org/c") { Label = new LanguageMap("de", "Seite 1") };
        var manifest = new Manifest("https://example.org/m") { Label = new LanguageMap("en", "Book"), Items = { canvas } };

        manifest.GetTextLanguages().Languages.Should().Equal("en");
        canvas.GetTextLanguages().Languages.Should().Equal("de");
        manifest.GetAllTextLanguages().Languages.Should().Equal("en", "de");
    }

    [Test]
    public void GetAllTextLanguages_AuthServiceText_Counts()
    {
        var token = new AuthAccessTokenService2("https://example.org/token") { ErrorHeading = new LanguageMap("nl", "Fout") };
        var access = new AuthAccessService2("https://example.org/login")
        {
            Heading = new LanguageMap("en", "Log in"),
            Note = new LanguageMap("fr", "Connectez-vous"),
            ConfirmLabel = new LanguageMap("none", "OK"),
        };
        access.Service.Add(token);
        var probe = new AuthProbeService2("https://example.org/probe") { ErrorNote = new LanguageMap("de", "Kein Zugang") };
        probe.Service.Add(access);
        var manifest = new Manifest("https://example.org/m") { Label = new LanguageMap("en", "Book") };
        manifest.Service.Add(probe);

        access.GetTextLanguages().ToString().Should().Be("en, fr, none");
        // The walk: the Manifest, its probe service, the access service in it, then the token service.
        manifest.GetAllTextLanguages().ToString().Should().Be("en, de, fr, nl, none");
    }

    [Test]
    public void GetAllTextLanguages_TextualBody_TakesItsLanguagesAndSkipsBlankOnes()
    {
        var annotation = new Annotation("https://example.org/a");
        var body = new TextualBody("Bonjour", "fr");
        body.Language.Add("");
        body.Language.Add("FR");
        annotation.Body.Add(body);
        annotation.Body.Add(new TextualBody { Language = { "it" } }); // no value: still its language
        var page = new AnnotationPage("https://example.org/p") { Items = { annotation } };
        var canvas = new Canvas("https://example.org/c");
        canvas.Annotations.Add(page);
        var manifest = new Manifest("https://example.org/m") { Items = { canvas } };

        TextLanguages all = manifest.GetAllTextLanguages();

        all.Languages.Should().Equal("fr", "it");
        all.HasTextWithoutLanguage.Should().BeFalse();
        body.GetTextLanguages().Languages.Should().BeEmpty(); // a resource's own text is its language maps
    }

    [Test]
    public void GetAllTextLanguages_OnlyReads_CreatesNothing()
    {
        var canvas = new Canvas("https://example.org/c");
        var manifest = new Manifest("https://example.org/m") { Items = { canvas } };
        LanguageMap label = IiifJson.Deserialize<Manifest>("""{"id":"x","type":"Manifest","label":{"en":["One"]}}""").Label!;
        manifest.Label = label;

        manifest.GetAllTextLanguages().Languages.Should().Equal("en");

        manifest.MetadataList.Should().BeNull();
        canvas.MetadataList.Should().BeNull();
        (manifest.SparseOrNull?.Summary).Should().BeNull();
        label.RawValueAt(0).Should().Be("One", "a lone string read from JSON stays unwrapped");
    }

    [Test]
    public void GetTextLanguages_NullResource_Throws()
    {
        Action own = () => ((IiifResource)null!).GetTextLanguages();
        Action all = () => ((IiifResource)null!).GetAllTextLanguages();

        own.Should().Throw<ArgumentNullException>();
        all.Should().Throw<ArgumentNullException>();
    }
}
