using System;
using System.IO;
using Iiif.Presentation.Testing;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Docs;

/// <summary>
/// The README's snapshot testing samples, as real tests: each region is what the README shows, and the
/// snapshots they check are committed beside this file.
/// </summary>
[TestFixture]
public sealed class SnapshotSampleTests
{
    private static readonly string SnapshotFolder = RepositoryFiles.Path("tests/Iiif.Presentation.Tests/Docs");

    #region readme-snapshot-nunit
    [Test]
    public void Describe_Book_IsTheReviewedDocument()
    {
        string expected = File.ReadAllText(Path.Combine(SnapshotFolder, "book-1.json"));   // reviewed and committed
        string actual = IiifJson.Serialize(Catalogue.Describe("book-1"));

        IiifDiffResult diff = IiifDiff.Compare(expected, actual, new IiifDiffOptions { Ignore = { "**/id", "/navDate" } });
        Assert.That(diff.IsSame, Is.True, diff.ToString());
    }
    #endregion

    #region readme-snapshot-package
    [Test]
    public void Describe_Book_MatchesSnapshot()
    {
        Manifest manifest = Catalogue.Describe("book-1");   // mints ids with a GUID, stamps today's navDate

        // Checks SnapshotSampleTests.Describe_Book_MatchesSnapshot.verified.json, beside this file.
        IiifSnapshot.Match(manifest, IiifSnapshot.PathFor(), new IiifSnapshotOptions
        {
            Scrubbers = { IiifScrubber.Guids, IiifScrubber.NavDates },
        });
    }
    #endregion

    [Test]
    public void Describe_DifferentRecord_FailsBothWays()
    {
        string expected = File.ReadAllText(Path.Combine(SnapshotFolder, "book-1.json"));
        IiifDiff.Compare(expected, IiifJson.Serialize(Catalogue.Describe("book-2")), new IiifDiffOptions { Ignore = { "**/id", "/navDate" } })
            .Differences.Should().ContainSingle(d => d.Pointer == "/label/en/0");

        string verified = Path.Combine(SnapshotFolder, "SnapshotSampleTests.Describe_Book_MatchesSnapshot.verified.json");
        var options = new IiifSnapshotOptions { ContinuousIntegration = true, Scrubbers = { IiifScrubber.Guids, IiifScrubber.NavDates } };
        var act = () => IiifSnapshot.Match(Catalogue.Describe("book-2"), verified, options);
        act.Should().Throw<IiifSnapshotMismatchException>().WithMessage("*Changed /label/en/0: \"Record book-1\" -> \"Record book-2\"*");
    }

    /// <summary>Stands for the system under test: it mints ids and stamps the date of the run.</summary>
    private static class Catalogue
    {
        public static Manifest Describe(string record)
        {
            string root = $"https://example.org/iiif/{Guid.NewGuid()}";
            var manifest = new Manifest(root + "/manifest") { Label = new LanguageMap("en", $"Record {record}") };
            manifest.SetNavDate(DateTimeOffset.UtcNow);
            manifest.Items.Add(new Canvas(root + "/canvas/1") { Width = 1200, Height = 1800 });
            return manifest;
        }
    }
}
