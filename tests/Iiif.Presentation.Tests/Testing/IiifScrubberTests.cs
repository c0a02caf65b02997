using System;
using System.IO;
using System.Text.RegularExpressions;
using Iiif.Presentation.Testing;

namespace Iiif.Presentation.Tests.Testing;

/// <summary>Scrubbers, seen through what <see cref="IiifSnapshot"/> writes to <c>.received.json</c>.</summary>
[TestFixture]
public sealed class IiifScrubberTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("iiif-scrub-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>Matches against a missing snapshot and returns the <c>.received.json</c> written.</summary>
    private string Scrubbed(string json, params IiifScrubber[] scrubbers)
    {
        var options = new IiifSnapshotOptions { EnvironmentVariableReader = _ => null };
        foreach (IiifScrubber scrubber in scrubbers)
        {
            options.Scrubbers.Add(scrubber);
        }

        string verified = Path.Combine(_folder, "Scrub.verified.json");
        var act = () => IiifSnapshot.Match(json, verified, options);
        act.Should().Throw<IiifSnapshotMismatchException>().Which.IsMissing.Should().BeTrue();
        return File.ReadAllText(Path.Combine(_folder, "Scrub.received.json"));
    }

    [Test]
    public void Guids_InUris_SameGuidGetsTheSamePlaceholder()
    {
        const string json = """
            {
              "id": "https://example.org/iiif/3F2504E0-4F89-11D3-9A0C-0305E82C3301/manifest",
              "items": [
                { "id": "https://example.org/iiif/3f2504e0-4f89-11d3-9a0c-0305e82c3302/canvas/1" },
                { "target": "https://example.org/iiif/3F2504E0-4F89-11D3-9A0C-0305E82C3301/manifest" }
              ]
            }
            """;

        Scrubbed(json, IiifScrubber.Guids).Should().Be("""
            {
              "id": "https://example.org/iiif/{Scrubbed:1}/manifest",
              "items": [
                { "id": "https://example.org/iiif/{Scrubbed:2}/canvas/1" },
                { "target": "https://example.org/iiif/{Scrubbed:1}/manifest" }
              ]
            }

            """, "only the scrubbed values change; layout and everything else stay byte for byte");
    }

    [Test]
    public void NavDatesAndTimestamps_WholeValuesAtAnyDepth()
    {
        const string json = """{"navDate":"1856-01-01T00:00:00Z","items":[{"created":"2024-05-01T10:00:00Z","modified":"2024-05-01T10:00:00Z","generated":"2024-05-02T00:00:00Z","label":"created"}]}""";

        Scrubbed(json, IiifScrubber.NavDates, IiifScrubber.Timestamps).Should().Be(
            """{"navDate":"{Scrubbed:1}","items":[{"created":"{Scrubbed:2}","modified":"{Scrubbed:2}","generated":"{Scrubbed:3}","label":"created"}]}""" + "\n");
    }

    [Test]
    public void MintedIds_ReplaceTheSegmentAfterThePrefix()
    {
        const string json = """{"id":"https://example.org/anno/8f3a","target":"https://example.org/anno/8f3a/canvas/1#xywh=0,0,10,10","other":"https://example.org/annotations/x","seeAlso":"see https://example.org/anno/1"}""";

        Scrubbed(json, IiifScrubber.MintedIds("https://example.org/anno/")).Should().Be(
            """{"id":"https://example.org/anno/{Scrubbed:1}","target":"https://example.org/anno/{Scrubbed:1}/canvas/1#xywh=0,0,10,10","other":"https://example.org/annotations/x","seeAlso":"see https://example.org/anno/1"}""" + "\n");
    }

    [Test]
    public void AtPointer_ScrubsOnlyWhereThePatternMatches_NumbersIncluded()
    {
        const string json = """{"id":"m","items":[{"id":"c1","width":1200},{"id":"c2","width":800,"items":[{"id":"p"}]}]}""";

        Scrubbed(json, IiifScrubber.AtPointer("/items/*/id"), IiifScrubber.AtPointer("/items/1/width")).Should().Be(
            """{"id":"m","items":[{"id":"{Scrubbed:1}","width":1200},{"id":"{Scrubbed:2}","width":"{Scrubbed:3}","items":[{"id":"p"}]}]}""" + "\n");
    }

    [Test]
    public void AtPointer_EscapedKey_Matches()
    {
        Scrubbed("""{"a/b":{"~c":"x"}}""", IiifScrubber.AtPointer("/a~1b/~0c")).Should().Be("""{"a/b":{"~c":"{Scrubbed:1}"}}""" + "\n");
    }

    [Test]
    public void Matching_RegexReplacesEachMatchInStrings()
    {
        const string json = """{"label":{"none":["run 42 of 42","run 7"]},"height":42}""";

        Scrubbed(json, IiifScrubber.Matching(new Regex(@"\d+"))).Should().Be(
            """{"label":{"none":["run {Scrubbed:1} of {Scrubbed:1}","run {Scrubbed:2}"]},"height":42}""" + "\n");
    }

    [Test]
    public void Scrubbing_KeepsNonAsciiAndEscapesOfOtherValues()
    {
        const string json = """{"label":"Stundenbuch \u00e9 “x”","id":"https://example.org/é/3F2504E0-4F89-11D3-9A0C-0305E82C3301"}""";

        Scrubbed(json, IiifScrubber.Guids).Should().Be(
            """{"label":"Stundenbuch \u00e9 “x”","id":"https://example.org/é/{Scrubbed:1}"}""" + "\n");
    }

    [Test]
    public void Scrubbing_TextWithCommentLinesAfterTheJson_KeepsThem()
    {
        const string json = "{\"navDate\": \"2024-01-01T00:00:00Z\"}\n// note at /navDate\n";

        Scrubbed(json, IiifScrubber.NavDates).Should().Be("{\"navDate\": \"{Scrubbed:1}\"}\n// note at /navDate\n");
    }

    [Test]
    public void Snapshot_WithScrubbers_PassesAcrossRunsThatMintNewValues()
    {
        string verified = Path.Combine(_folder, "Run.verified.json");
        var options = new IiifSnapshotOptions { EnvironmentVariableReader = _ => null, Scrubbers = { IiifScrubber.Guids, IiifScrubber.NavDates } };

        foreach (int run in new[] { 1, 2 })
        {
            var manifest = new Manifest($"https://example.org/iiif/{Guid.NewGuid()}/manifest")
            {
                NavDate = DateTimeOffset.UtcNow.AddDays(run).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            };
            if (run == 1)
            {
                File.WriteAllText(verified, IiifJson.Serialize(new Manifest("https://example.org/iiif/{Scrubbed:1}/manifest") { NavDate = "{Scrubbed:2}" }) + "\n");
            }

            IiifSnapshot.Match(manifest, verified, options);
        }
    }

    [TestCase("items/*/id")]
    [TestCase("*/id")]
    public void AtPointer_NotAPointerPattern_Throws(string pattern)
    {
        var act = () => IiifScrubber.AtPointer(pattern);

        act.Should().Throw<ArgumentException>().WithMessage($"*\"{pattern}\" is not a JSON Pointer pattern*");
    }

    [Test]
    public void MintedIds_EmptyPrefix_Throws() =>
        ((Action)(() => IiifScrubber.MintedIds(string.Empty))).Should().Throw<ArgumentException>().WithParameterName("prefix");

    [Test]
    public void Scrubbers_TextThatIsNotJson_ThrowsArgumentException()
    {
        var options = new IiifSnapshotOptions { EnvironmentVariableReader = _ => null, Scrubbers = { IiifScrubber.Guids } };

        var act = () => IiifSnapshot.Match("{ not json", Path.Combine(_folder, "Bad.verified.json"), options);

        act.Should().Throw<ArgumentException>().WithMessage("The output is not JSON, so it cannot be scrubbed*");
    }

    [Test]
    public void ToString_DescribesTheScrubber() =>
        IiifScrubber.AtPointer("**/created").ToString().Should().Be("values at **/created");
}
