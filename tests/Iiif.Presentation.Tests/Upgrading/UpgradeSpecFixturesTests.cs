using System.IO;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// The Presentation 2.1 example fixtures, whose labels (<c>fixtures-collection.json</c>) say what each tests
/// (UPGRADE.md §6, "Spec fixtures"): the upgrade does what the label asks of it.
/// </summary>
[TestFixture]
public sealed class UpgradeSpecFixturesTests
{
    private static (JsonElement Output, UpgradeResult Result) Upgrade(string name)
    {
        UpgradeResult result = IiifUpgrader.Upgrade(File.ReadAllBytes(CorpusFiles.Path($"v2/iiif-api/2.1/{name}.json")));
        using JsonDocument document = JsonDocument.Parse(IiifJson.Serialize(result.Resource));
        return (document.RootElement.Clone(), result);
    }

    private static string[] Codes(UpgradeResult result) => result.Notes.Select(n => n.Code).ToArray();

    [Test]
    public void Fixture20_MultipleSequences_TheReferencedOneIsNotFetched()
    {
        (JsonElement output, UpgradeResult result) = Upgrade("fixtures-20-manifest");

        result.Notes.Should().Contain(n => n.Code == UpgradeNoteCodes.SequenceExternal && n.InputPointer == "/sequences/1");
        output.GetProperty("items").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Test]
    public void Fixture21_SequenceWithMetadata_JoinsTheManifestsMetadata()
    {
        (JsonElement output, UpgradeResult result) = Upgrade("fixtures-21-manifest");

        JsonElement entry = output.GetProperty("metadata").EnumerateArray().Should().ContainSingle().Subject;
        entry.GetProperty("label").GetProperty("none")[0].GetString().Should().Be("date");
        entry.GetProperty("value").GetProperty("none")[0].GetString().Should().Be("some date");
        result.Notes.Should().Contain(n => n.Code == UpgradeNoteCodes.SequenceMerged && n.InputPointer == "/sequences/0");
        UpgradeNote dropped = result.Notes.Single(n => n.Code == UpgradeNoteCodes.SequenceDropped);
        dropped.Original!.Value.EnumerateObject().Select(p => p.Name).Should().Equal("label");
    }

    [Test]
    public void Fixture22_SequenceViewingDirection_MovesToTheManifest()
    {
        Upgrade("fixtures-22-manifest").Output.GetProperty("viewingDirection").GetString().Should().Be("right-to-left");
    }

    [Test]
    public void Fixture23_SequenceViewingHint_BecomesTheManifestsBehavior()
    {
        Upgrade("fixtures-23-manifest").Output.GetProperty("behavior").EnumerateArray().Select(b => b.GetString()).Should().Contain("individuals");
    }

    [TestCase("fixtures-12-manifest", "right-to-left")]
    [TestCase("fixtures-13-manifest", "top-to-bottom")]
    [TestCase("fixtures-14-manifest", "bottom-to-top")]
    public void ViewingDirectionFixtures_KeepTheirDirection(string name, string direction)
    {
        Upgrade(name).Output.GetProperty("viewingDirection").GetString().Should().Be(direction);
    }

    [TestCase("fixtures-15-manifest", "paged")]
    [TestCase("fixtures-16-manifest", "continuous")]
    [TestCase("fixtures-17-manifest", "individuals")]
    public void ViewingHintFixtures_BecomeBehaviors(string name, string behavior)
    {
        Upgrade(name).Output.GetProperty("behavior").EnumerateArray().Select(b => b.GetString()).Should().Equal(behavior);
    }

    [Test]
    public void Fixture27_NoImage_GivesACanvasWithEmptyItems()
    {
        JsonElement canvas = Upgrade("fixtures-27-manifest").Output.GetProperty("items")[0];

        canvas.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void Fixture34_ChoiceWithNoImageOption_RemovesRdfNil()
    {
        (JsonElement output, UpgradeResult result) = Upgrade("fixtures-34-manifest");

        Codes(result).Should().Contain(UpgradeNoteCodes.ChoiceNilRemoved);
        output.GetRawText().Should().NotContain("rdf:nil");
    }

    [Test]
    public void Fixture39_CssRotation_BecomesStyleClass()
    {
        (JsonElement output, _) = Upgrade("fixtures-39-manifest");

        output.GetRawText().Should().Contain("\"styleClass\": \"rotated\"").And.NotContain("\"style\"");
    }

    [Test]
    public void Fixture39_CssRotation_StyleClassIsTypedOnTheSpecificResource()
    {
        (_, UpgradeResult result) = Upgrade("fixtures-39-manifest");

        result.Resource.EnumerateResources().Select(e => e.Resource).OfType<SpecificResource>()
            .Should().Contain(s => s.StyleClass == "rotated", "the upgrader's styleClass is read into the typed member");
    }

    [Test]
    public void Fixture5_Description_BecomesSummary()
    {
        Upgrade("fixtures-5-manifest").Output.GetProperty("summary").GetProperty("none").GetArrayLength().Should().Be(1);
    }

    [Test]
    public void Fixture7_RightsMetadata_GivesRightsAndARequiredStatement()
    {
        (JsonElement output, UpgradeResult result) = Upgrade("fixtures-7-manifest");

        output.GetProperty("rights").GetString().Should().Be("http://creativecommons.org/licenses/by-nc/3.0/");
        output.GetProperty("requiredStatement").GetProperty("label").GetProperty("en")[0].GetString().Should().Be("Attribution");
        output.GetProperty("requiredStatement").GetProperty("value").GetProperty("none")[0].GetString().Should().Be("Owning Institution");
        Codes(result).Should().NotContain(UpgradeNoteCodes.LicenseToMetadata, "a Creative Commons URI fits rights exactly");
    }

    [Test]
    public void Fixture18_NonStandardKeys_AreKeptWithAClosedClassNote()
    {
        (JsonElement output, UpgradeResult result) = Upgrade("fixtures-18-manifest");

        UpgradeNote note = result.Notes.Single(n => n.Code == UpgradeNoteCodes.ClosedClassExtension);
        output.TryGetProperty(note.OutputPointer!.TrimStart('/'), out _).Should().BeTrue();
    }

    [Test]
    public void Fixture62_LabelInTwoLanguages_KeepsBoth()
    {
        JsonElement label = Upgrade("fixtures-62-manifest").Output.GetProperty("label");

        label.GetProperty("fr")[0].GetString().Should().Be("62: quelque titre");
        label.GetProperty("en")[0].GetString().Should().Be("62: some title");
    }

    [Test]
    public void Fixture65_StartCanvasOfAnotherVersion_IsLeftOutWithANote()
    {
        // The fixture's startCanvas names the 2.0 copy of its canvas (…/2.0/…/c1.json), not one of its own.
        (JsonElement output, UpgradeResult result) = Upgrade("fixtures-65-manifest");

        output.TryGetProperty("start", out _).Should().BeFalse();
        result.Notes.Should().Contain(n => n.Code == UpgradeNoteCodes.ValueDropped && n.InputPointer == "/sequences/0/startCanvas");
    }

    [TestCase("fixtures-list-43-list1", "supplementing")]
    [TestCase("fixtures-list-44-list1", "supplementing")]
    [TestCase("fixtures-list-45-list1", "supplementing")]
    [TestCase("fixtures-list-46-list1", "supplementing")]
    [TestCase("fixtures-list-47-list1", "supplementing")]
    [TestCase("fixtures-list-48-list1", "supplementing")]
    [TestCase("fixtures-list-61-list1", "supplementing")]
    [TestCase("fixtures-list-51-list1", "commenting")]
    [TestCase("fixtures-list-52-list1", "commenting")]
    [TestCase("fixtures-list-54-list1", "commenting")]
    public void ListFixtures_HaveTheMotivationOf30(string name, string motivation)
    {
        JsonElement output = Upgrade(name).Output;

        output.GetProperty("type").GetString().Should().Be("AnnotationPage");
        output.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("motivation").GetString()).Should().OnlyContain(m => m == motivation);
    }
}
