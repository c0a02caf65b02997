using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// The 52 error examples of the Presentation 2.1 specification (UPGRADE.md §6, "Error fixtures"): each
/// upgrades without an exception but the first (not JSON), with a note that names its fault, to output that
/// is valid 3.0 except where an error note says why.
/// </summary>
[TestFixture]
public sealed class UpgradeErrorFixturesTests
{
    /// <summary>What each fixture gets wrong (its label in the 2.1 errors collection) and the note code that
    /// names it; <see langword="null"/> where the fault is none in 3.0, with the reason in the comment.</summary>
    private static readonly Dictionary<int, string?> Expected = new()
    {
        [1] = UpgradeNoteCodes.NotV2,               // Empty JSON
        [2] = UpgradeNoteCodes.NotV2,               // JSON without @context
        [3] = UpgradeNoteCodes.NotV2,               // JSON with empty @context
        [4] = UpgradeNoteCodes.NotV2,               // JSON with unknown @context
        [5] = UpgradeNoteCodes.TypeInferred,        // JSON without a @type
        [6] = UpgradeNoteCodes.TypeInferred,        // JSON with a nonsense @type
        [7] = UpgradeNoteCodes.IdMinted,            // Manifest without an @id
        [8] = UpgradeNoteCodes.ValueCoerced,        // Manifest with a nonsense @id: made absolute
        [9] = UpgradeNoteCodes.LabelMissing,        // Manifest without a label
        [10] = UpgradeNoteCodes.ValueCoerced,       // Manifest with a non-string label
        [11] = UpgradeNoteCodes.OutputInvalid,      // Manifest without any Sequences (not present)
        [12] = UpgradeNoteCodes.OutputInvalid,      // Manifest without any Sequences (empty)
        [13] = UpgradeNoteCodes.SequenceExternal,   // Manifest with broken Sequence
        [14] = UpgradeNoteCodes.SequenceExternal,   // Manifest with non Sequence
        [15] = UpgradeNoteCodes.SequenceExternal,   // Manifest with non Sequence in list
        [16] = UpgradeNoteCodes.SequenceExternal,   // Manifest with Sequence not in list
        [17] = UpgradeNoteCodes.SequenceExternal,   // Manifest with empty Sequence
        [18] = UpgradeNoteCodes.OutputInvalid,      // Manifest with empty Sequence
        [19] = UpgradeNoteCodes.OutputInvalid,      // Sequence with non Canvas / non list
        [20] = UpgradeNoteCodes.OutputInvalid,      // Sequence with non Canvas in a list
        [21] = UpgradeNoteCodes.ValueCoerced,       // Sequence with Canvas not in a list: read as a list of one
        [22] = UpgradeNoteCodes.IdMinted,           // Canvas without id
        [23] = UpgradeNoteCodes.ValueCoerced,       // Canvas without real URI: made absolute
        [24] = null,                                // Canvas without label: 3.0 Canvases need none
        [25] = UpgradeNoteCodes.ValueCoerced,       // Canvas with nonstring label
        [26] = UpgradeNoteCodes.OutputInvalid,      // Canvas without height
        [27] = UpgradeNoteCodes.ValueDropped,       // Canvas with non integer height
        [28] = UpgradeNoteCodes.OutputInvalid,      // Canvas without width
        [29] = UpgradeNoteCodes.ValueDropped,       // Canvas with non integer width
        [30] = UpgradeNoteCodes.ValueCoerced,       // Canvas with non list images
        [31] = UpgradeNoteCodes.TypeInferred,       // Canvas with list of non annotations in images: each became the body of one
        [32] = UpgradeNoteCodes.ValueCoerced,       // Canvas with annotation directly in images
        [33] = UpgradeNoteCodes.MotivationChanged,  // Annotation without a motivation
        [34] = UpgradeNoteCodes.MotivationChanged,  // Annotation with a nonsense motivation
        [35] = UpgradeNoteCodes.TargetFilled,       // Annotation without a target/on
        [36] = UpgradeNoteCodes.ValueDropped,       // Annotation with a nonsense target/on
        [37] = null,                                // Annotation without a body/resource: 3.0 (Web Annotation) allows none
        [38] = UpgradeNoteCodes.ValueDropped,       // Annotation with a nonsense body/resource
        [39] = UpgradeNoteCodes.TypeInferred,       // Annotation resource without a type
        [40] = UpgradeNoteCodes.OutputInvalid,      // Annotation resource in images that isn't an Image: Sound on a Canvas without duration
        [41] = UpgradeNoteCodes.IdMinted,           // Image without an id
        [42] = UpgradeNoteCodes.ValueCoerced,       // Image without a real id: made absolute
        [43] = UpgradeNoteCodes.ValueDropped,       // Image with broken height
        [44] = UpgradeNoteCodes.ValueDropped,       // Image with broken width
        [45] = UpgradeNoteCodes.HtmlRepaired,       // Non HTML with < and > in description: escaped
        [46] = UpgradeNoteCodes.ValueDropped,       // No Value in description
        [47] = null,                                // Vulnerable HTML attribute in description: kept; clients remove it, the validator reports it
        [48] = null,                                // Vulnerable HTML tag in description: kept, as above
        [49] = null,                                // Vulnerable HTML comment in description: kept, as above
        [50] = UpgradeNoteCodes.ValueDropped,       // Invalid viewingDirection value
        [51] = UpgradeNoteCodes.ValueDropped,       // Invalid startCanvas value
    };

    private static IEnumerable<int> Cases() => Enumerable.Range(1, 51);

    [Test]
    public void Fixtures_AreTheFiftyTwoOfTheSpecification()
    {
        CorpusFiles.Files("invalid/iiif-api/2.1-errors").Should().HaveCount(52);
    }

    [Test]
    public void Upgrade_NotJson_ThrowsIiifJsonException()
    {
        Action upgrade = () => IiifUpgrader.Upgrade(File.ReadAllBytes(Fixture(0)));

        upgrade.Should().Throw<IiifJsonException>().Which.LineNumber.Should().Be(0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Upgrade_ErrorFixture_NotesItsFaultAndIsValidElsewhere(int number)
    {
        UpgradeResult result = IiifUpgrader.Upgrade(File.ReadAllBytes(Fixture(number)));

        if (Expected[number] is { } code)
        {
            result.Notes.Select(n => n.Code).Should().Contain(code, $"fixture {number} ({Path.GetFileName(Fixture(number))}) is about that fault");
        }

        if (result.Notes.Any(n => n.Code == UpgradeNoteCodes.NotV2))
        {
            return; // not Presentation 2: read as it is, not upgraded
        }

        string output = IiifJson.Serialize(result.Resource);
        UpgradeAssert.UnexcusedErrors(result, output, excuseClosedClass: false).Should().BeEmpty();
    }

    [TestCase(47)]
    [TestCase(48)]
    [TestCase(49)]
    public void Upgrade_VulnerableHtmlFixtureUnderSanitizeHtml_RemovesTheMarkup(int number)
    {
        UpgradeResult result = IiifUpgrader.Upgrade(File.ReadAllBytes(Fixture(number)), new UpgradeOptions { SanitizeHtml = true });

        result.Notes.Select(n => n.Code).Should().Contain(UpgradeNoteCodes.HtmlSanitized);
        ((Manifest)result.Resource).Summary!["none"].Should().Equal("<span>Naughty</span>");
    }

    private static string Fixture(int number) =>
        CorpusFiles.Path($"invalid/iiif-api/2.1-errors/{number:00}-manifest.json");
}
