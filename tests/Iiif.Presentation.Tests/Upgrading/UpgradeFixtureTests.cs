using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Tests.Validation;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// The project's own small 2.x documents (<c>fixtures/upgrade</c>, written by
/// <c>tools/make-upgrade-fixtures.py</c>): one per row of UPGRADE.md's property table (their snapshots are
/// <see cref="UpgradeSnapshotTests"/>), and one per note code, which must make that note; all valid 3.0
/// except where a note says why.
/// </summary>
[TestFixture]
public sealed class UpgradeFixtureTests
{
    private static IEnumerable<string> Rows() => Names("rows");

    private static IEnumerable<string> NoteFixtures() => Names("notes");

    private static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(RepositoryFiles.Path($"fixtures/upgrade/{folder}"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Rows))]
    public void Upgrade_Row_IsValidExceptWhereNoted(string name)
    {
        AssertValidExceptWhereNoted(IiifUpgrader.Upgrade(File.ReadAllBytes(RepositoryFiles.Path($"fixtures/upgrade/rows/{name}.json"))));
    }

    [Test]
    public void NoteFixtures_CoverEveryCode()
    {
        var codes = typeof(UpgradeNoteCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToList();

        NoteFixtures().Should().BeEquivalentTo(codes);
    }

    /// <summary>The options a note fixture needs to make its note; the defaults for the others.</summary>
    private static readonly Dictionary<string, UpgradeOptions> NoteOptions = new(StringComparer.Ordinal)
    {
        [UpgradeNoteCodes.HtmlSanitized] = new UpgradeOptions { SanitizeHtml = true },
    };

    [TestCaseSource(nameof(NoteFixtures))]
    public void Upgrade_NoteFixture_MakesItsNote(string code)
    {
        UpgradeResult result = IiifUpgrader.Upgrade(File.ReadAllBytes(RepositoryFiles.Path($"fixtures/upgrade/notes/{code}.json")),
            NoteOptions.GetValueOrDefault(code));

        result.Notes.Should().Contain(n => n.Code == code);
        result.Notes.Where(n => n.Code == code).Should().OnlyContain(n => n.Severity == UpgradeNoteCodes.SeverityOf(code));
        // A selector of an unknown type is kept as read, and the official schema lists every selector type the
        // model knows: the output of that fixture cannot be schema-valid.
        if (code is not (UpgradeNoteCodes.NotV2 or UpgradeNoteCodes.SelectorUnknown))
        {
            AssertValidExceptWhereNoted(result);
        }
    }

    [Test]
    public void Upgrade_StrictSchema_MovesClosedClassExtensionsIntoTheNote()
    {
        byte[] input = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/notes/closed-class-extension.json"));

        UpgradeResult result = IiifUpgrader.Upgrade(input, new UpgradeOptions { StrictSchema = true });

        UpgradeNote note = result.Notes.Single(n => n.Code == UpgradeNoteCodes.ClosedClassExtension);
        note.OutputPointer.Should().BeNull();
        note.Original!.Value.GetProperty("note").GetString().Should().Be("kept");
        IiifJson.Serialize(result.Resource).Should().NotContain("myExtension");
        Validators.Full.Validate(IiifJson.Serialize(result.Resource)).IsValid.Should().BeTrue();
    }

    [Test]
    public void Upgrade_FirstSequence_JoinsItsLinksAndMetadataAfterTheManifestsOwnWithoutRepeats()
    {
        byte[] input = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/notes/sequence-merged.json"));

        var manifest = (Manifest)IiifUpgrader.Upgrade(input).Resource;

        manifest.Metadata.Select(m => m.Label!["none"][0]).Should().Equal("Date", "Binding");
        manifest.Rendering.Should().ContainSingle().Which.Id.Should().Be("https://example.org/iiif/book1/book1.pdf");
        manifest.SeeAlso.Should().ContainSingle().Which.Id.Should().Be("https://example.org/iiif/book1/mods.xml");
        manifest.Summary!["none"].Should().Equal("Bound in calf.");
    }

    [Test]
    public void Upgrade_HtmlByDefault_IsKeptAsThePublisherWroteIt()
    {
        byte[] input = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/notes/html-sanitized.json"));

        UpgradeResult result = IiifUpgrader.Upgrade(input);

        ((Manifest)result.Resource).Summary!["none"].Should().Equal("<p>Some <b onclick=\"steal()\">bold</b> text<script>steal()</script></p>");
        result.Notes.Should().NotContain(n => n.Code == UpgradeNoteCodes.HtmlSanitized);
    }

    [Test]
    public void Upgrade_SanitizeHtml_RemovesWhatClientsDoNotKeep()
    {
        byte[] input = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/notes/html-sanitized.json"));

        UpgradeResult result = IiifUpgrader.Upgrade(input, new UpgradeOptions { SanitizeHtml = true });

        ((Manifest)result.Resource).Summary!["none"].Should().Equal("<p>Some <b>bold</b> text</p>");
        result.Notes.Should().ContainSingle(n => n.Code == UpgradeNoteCodes.HtmlSanitized)
            .Which.Original!.Value.GetString().Should().Contain("<script>");
    }

    [Test]
    public void Upgrade_Options_ChangeWhereValuesGo()
    {
        byte[] input = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/rows/description.json"));
        var options = new UpgradeOptions
        {
            DescriptionTarget = DescriptionTarget.Metadata,
            DefaultLanguage = "en",
            MintBase = "https://mint.example.org",
        };

        Manifest manifest = (Manifest)IiifUpgrader.Upgrade(input, options).Resource;

        manifest.Summary.Should().BeNull();
        manifest.Metadata.Should().ContainSingle(m => m.Label!["en"][0] == "Description");
        manifest.Label!["en"].Should().Equal("Book 1");
    }

    [Test]
    public void Upgrade_ListPaintingKept_StaysPainting()
    {
        byte[] input = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/notes/motivation-changed.json"));

        var page = (AnnotationPage)IiifUpgrader.Upgrade(input, new UpgradeOptions { ListPainting = ListPainting.Keep }).Resource;

        page.Items.Single().Motivation.Should().ContainSingle().Which.Value.Should().Be("painting");
    }

    [Test]
    public void Upgrade_ProviderOption_HoldsTheLogo()
    {
        byte[] input = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/rows/logo.json"));
        var agent = new Agent("https://example.org/about") { Label = new LanguageMap("en", "Example Library") };

        UpgradeResult result = IiifUpgrader.Upgrade(input, new UpgradeOptions { Provider = agent });

        Agent provider = ((Manifest)result.Resource).Provider.Single();
        provider.Id.Should().Be("https://example.org/about");
        provider.Logo.Should().ContainSingle().Which.Id.Should().Be("https://example.org/logo.png");
        result.Notes.Should().NotContain(n => n.Code == UpgradeNoteCodes.ProviderSynthesized);
    }

    private static void AssertValidExceptWhereNoted(UpgradeResult result)
    {
        UpgradeAssert.UnexcusedErrors(result, IiifJson.Serialize(result.Resource), excuseClosedClass: true).Should().BeEmpty();
    }
}
