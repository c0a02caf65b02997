using System;
using System.Collections.Generic;

namespace Iiif.Presentation.Tests.Model;

[TestFixture]
public sealed class LanguageMapTests
{
    [Test]
    public void Initializer_AddsStringsToTheirLanguagesInOrder()
    {
        var map = new LanguageMap { { "en", "Title" }, { "fr", "Titre" }, { "en", "Subtitle" } };

        map.Keys.Should().Equal("en", "fr");
        map["en"].Should().Equal("Title", "Subtitle");
        map.ToString().Should().Be("Title Subtitle");
    }

    [Test]
    public void Keys_AreOrdinal()
    {
        var map = new LanguageMap("en", "a") { { "EN", "b" } };

        map.Count.Should().Be(2);
        map.ContainsKey("En").Should().BeFalse();
    }

    [Test]
    public void Remove_KeepsTheOrderOfTheRest()
    {
        var map = new LanguageMap { { "a", "1" }, { "b", "2" }, { "c", "3" } };

        map.Remove("b").Should().BeTrue();
        map.Remove("b").Should().BeFalse();

        map.Keys.Should().Equal("a", "c");
        map.Values.Should().HaveCount(2);
    }

    [Test]
    public void Misuse_ThrowsClearExceptions()
    {
        var map = new LanguageMap("en", "x");

        FluentActions.Invoking(() => map["de"]).Should().Throw<KeyNotFoundException>().WithMessage("*'de'*");
        FluentActions.Invoking(() => map.Add("en", new List<string>())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => map.Add(null!, "x")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => map["en"] = null!).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void DictionaryInterfaces_SeeTheSameEntries()
    {
        var map = new LanguageMap { { "en", "x" } };
        IDictionary<string, IList<string>> dictionary = map;
        IReadOnlyDictionary<string, IList<string>> readOnly = map;

        dictionary.TryGetValue("en", out IList<string>? values).Should().BeTrue();
        values.Should().Equal("x");
        readOnly.ContainsKey("en").Should().BeTrue();
        dictionary.Should().ContainSingle().Which.Key.Should().Be("en");
        map.Clear();
        readOnly.Should().BeEmpty();
    }

    [Test]
    public void ReadMap_ChangesThroughTheListItHandsOut_AreWritten()
    {
        // A value read as an array of one string is stored as the string until someone asks for its list.
        Manifest manifest = IiifJson.Deserialize<Manifest>(
            """{"id":"https://e.org/m","type":"Manifest","label":{"en":["One"],"fr":["Un"],"de":["Eins"]},"items":[]}""");
        LanguageMap label = manifest.Label!;

        label["en"].Add("Two");
        label["fr"].Should().BeSameAs(label["fr"], "the list handed out is kept, so later changes to it count");
        label["fr"].Insert(0, "Zéro");
        label.Remove("de").Should().BeTrue();
        label.Add("nl", "Een");

        label.Keys.Should().Equal("en", "fr", "nl");
        label.ToString().Should().Be("One Two");
        IiifJson.Serialize(manifest, new IiifWriteOptions { Indented = false }).Should().Contain(
            "\"label\":{\"en\":[\"One\",\"Two\"],\"fr\":[\"Zéro\",\"Un\"],\"nl\":[\"Een\"]}");
    }

    [Test]
    public void ReadMap_RemovingTheFirstLanguage_MovesTheNextOneUp()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>(
            """{"id":"https://e.org/m","type":"Manifest","label":{"en":["One"],"fr":["Un","Deux"]},"items":[]}""");
        LanguageMap label = manifest.Label!;

        label.Remove("en").Should().BeTrue();

        label.Keys.Should().Equal("fr");
        label["fr"].Should().Equal("Un", "Deux");
        label.ToString().Should().Be("Un Deux");
        label.Clear();
        label.Count.Should().Be(0);
        label.ToString().Should().BeEmpty();
    }
}
