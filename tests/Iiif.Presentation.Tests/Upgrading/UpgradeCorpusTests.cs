using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// Every 2.x document of the corpus (UPGRADE.md §6, "Corpus sweep"): it upgrades without an exception, the
/// same way twice, to output that passes the official schema and the semantic rules except under the
/// pointer of an error note (and, by default, of a closed-class note), and that keeps every input text.
/// </summary>
[TestFixture]
public sealed class UpgradeCorpusTests
{
    private static IEnumerable<CorpusFile> V2Files() => CorpusFiles.Files("v2");

    private static readonly UpgradeOptions s_strict = new() { StrictSchema = true };

    [TestCaseSource(nameof(V2Files))]
    public void Upgrade_V2Document_IsValidExceptWhereNotesSayWhy(CorpusFile file)
    {
        AssertUpgrade(file, options: null);
    }

    [TestCaseSource(nameof(V2Files))]
    public void Upgrade_V2DocumentUnderStrictSchema_IsValidExceptWhereNotesSayWhy(CorpusFile file)
    {
        AssertUpgrade(file, s_strict);
    }

    [TestCaseSource(nameof(V2Files))]
    public void Upgrade_V2Document_OutlivesItsInput(CorpusFile file)
    {
        // The upgrader reads the caller's bytes in place: nothing it returns may still refer to them.
        byte[] input = File.ReadAllBytes(file.FullPath);
        UpgradeResult expected = IiifUpgrader.Upgrade((byte[])input.Clone());

        UpgradeResult result = IiifUpgrader.Upgrade(input);
        input.AsSpan().Fill((byte)' ');

        IiifJson.Serialize(result.Resource).Should().Be(IiifJson.Serialize(expected.Resource));
        result.Notes.Select(Describe).Should().Equal(expected.Notes.Select(Describe));
        result.HasErrors.Should().Be(result.Notes.Any(n => n.Severity == UpgradeNoteSeverity.Error));

        static string Describe(UpgradeNote note) => $"{note} -> {note.OutputPointer} {note.Original?.GetRawText()}";
    }

    [TestCaseSource(nameof(V2Files))]
    public void Upgrade_V2Document_KeepsEveryTextAndNumber(CorpusFile file)
    {
        byte[] input = File.ReadAllBytes(file.FullPath);
        UpgradeResult result = IiifUpgrader.Upgrade(input);
        string output = IiifJson.Serialize(result.Resource);

        var kept = new HashSet<string>(StringComparer.Ordinal);
        using (JsonDocument document = JsonDocument.Parse(output))
        {
            ValueCensus.Collect(document.RootElement, kept, includeKeys: true);
        }

        foreach (UpgradeNote note in result.Notes)
        {
            if (note.Original is { } original)
            {
                ValueCensus.Collect(original, kept, includeKeys: true);
            }
        }

        using JsonDocument inputDocument = JsonDocument.Parse(input);
        var missing = ValueCensus.Values(inputDocument.RootElement)
            .Where(v => !ValueCensus.IsVocabulary(v.Value) && !ValueCensus.Found(v.Value, kept))
            .Select(v => $"{v.Pointer}: {v.Value}")
            .Take(10)
            .ToList();
        missing.Should().BeEmpty("every text and number of the input is in the output or in a note's Original");
    }

    [Test]
    public void Upgrade_V2Corpus_FirstSequencesTextsReachTheOutput()
    {
        string[] merged = ["metadata", "rendering", "seeAlso", "related", "service", "thumbnail", "description", "attribution", "license", "logo"];
        int total = 0;
        var missing = new List<string>();
        foreach (CorpusFile file in V2Files())
        {
            byte[] input = File.ReadAllBytes(file.FullPath);
            using JsonDocument inputDocument = JsonDocument.Parse(input);
            if (!inputDocument.RootElement.TryGetProperty("sequences", out JsonElement sequences) || sequences.ValueKind != JsonValueKind.Array ||
                sequences.GetArrayLength() == 0 || sequences[0].ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var kept = new HashSet<string>(StringComparer.Ordinal);
            using (JsonDocument output = JsonDocument.Parse(IiifJson.Serialize(IiifUpgrader.Upgrade(input).Resource)))
            {
                ValueCensus.Collect(output.RootElement, kept, includeKeys: true);
            }

            foreach (JsonProperty property in sequences[0].EnumerateObject().Where(p => merged.Contains(p.Name)))
            {
                foreach ((string pointer, string value) in ValueCensus.Values(property.Value).Where(v => !ValueCensus.IsVocabulary(v.Value)))
                {
                    total++;
                    if (!ValueCensus.Found(value, kept))
                    {
                        missing.Add($"{file} /sequences/0/{property.Name}{pointer}: {value}");
                    }
                }
            }
        }

        total.Should().BeGreaterThan(0, "the corpus has first sequences with descriptive and linking properties");
        missing.Should().BeEmpty($"all {total} texts of first sequences' descriptive and linking properties are in the output, not only in notes");
    }

    private static void AssertUpgrade(CorpusFile file, UpgradeOptions? options)
    {
        byte[] input = File.ReadAllBytes(file.FullPath);
        UpgradeResult result = IiifUpgrader.Upgrade(input, options);
        string output = IiifJson.Serialize(result.Resource);

        // Deterministic, and stable through a second read.
        IiifJson.Serialize(IiifUpgrader.Upgrade(input, options).Resource).Should().Be(output, "an upgrade gives the same bytes every time");
        IiifJson.Serialize(IiifJson.Parse(output)).Should().Be(output, "the output reads back to itself");

        List<string> unexcused = UpgradeAssert.UnexcusedErrors(result, output, excuseClosedClass: options?.StrictSchema != true);
        unexcused.Should().BeEmpty($"the upgrade of {file} is valid 3.0 except under the notes' pointers");

        bool listed = ExpectedErrors.TryGetValue(file.RelativePath, out string? code);
        var errorNotes = result.Notes.Where(n => n.Severity == UpgradeNoteSeverity.Error).Select(n => n.Code).Distinct().ToList();
        if (listed)
        {
            errorNotes.Should().Equal([code!], $"UPGRADE.md §6 lists {file} as {code}");
        }
        else
        {
            errorNotes.Should().BeEmpty($"{file} is not on UPGRADE.md's list of documents that cannot be made valid");
        }
    }

    /// <summary>UPGRADE.md §6: the documents that cannot come out valid, and why.</summary>
    private static readonly Dictionary<string, string> ExpectedErrors = new(StringComparer.Ordinal)
    {
        ["v2/mirador/structures.json"] = UpgradeNoteCodes.OutputInvalid,
        ["v2/dbmdz-iiif-apis/spec/presentation/sequence.json"] = UpgradeNoteCodes.OutputInvalid,
        ["v2/mirador/zeroWidthCanvas.json"] = UpgradeNoteCodes.OutputInvalid,

        // Not named in UPGRADE.md, for the same reason: Manifests with no canvases at all (no sequences,
        // an empty one, or one only referenced), where 3.0 requires at least one.
        ["v2/mirador/2017498721.json"] = UpgradeNoteCodes.OutputInvalid,
        ["v2/manifesto/manifest-with-thumbnail.json"] = UpgradeNoteCodes.OutputInvalid,
        ["v2/dbmdz-iiif-apis/spec/presentation/manifest.json"] = UpgradeNoteCodes.OutputInvalid,
        ["v2/dbmdz-iiif-apis/spec/presentation/manifestWithRanges.json"] = UpgradeNoteCodes.OutputInvalid,
    };
}
