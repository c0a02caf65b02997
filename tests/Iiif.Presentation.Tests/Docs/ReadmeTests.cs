using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Docs;

/// <summary>
/// Keeps the README's code samples true: each sample is a region of this file, compiled and run here,
/// and the README must show exactly that region's text.
/// </summary>
[TestFixture]
[NonParallelizable] // changes the current directory and Console.Out while it runs
public sealed partial class ReadmeTests
{
    [Test]
    public void ReadingSample_Runs()
    {
        string output = RunInFolder(
            () =>
            {
                #region readme-reading
                Manifest manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes("manifest.json"));

                Console.WriteLine(manifest.Label?["en"][0]);
                foreach (Canvas canvas in manifest.Items)
                {
                    Console.WriteLine($"{canvas.Id}: {canvas.Width} x {canvas.Height}");
                    if (canvas.Items[0].Items[0].Body[0] is Image { Service: [ImageService3 service, ..] })
                    {
                        Console.WriteLine($"  image service {service.Id} ({service.Profile})");
                    }
                }

                string json = IiifJson.Serialize(manifest);                       // canonical, indented
                byte[] compact = IiifJson.SerializeToUtf8Bytes(manifest, new IiifWriteOptions { Indented = false });
                #endregion

                json.Should().StartWith("{\n  \"@context\"");
                compact.Length.Should().BeLessThan(json.Length);
            },
            (RepositoryFiles.Path("fixtures/serialization/kitchen-sink-manifest.json"), "manifest.json"));

        output.Should().StartWith("Book of Hours\nhttps://example.org/iiif/book/canvas/1: 4000 x 6000\n");
    }

    [Test]
    public void ValidatingSample_Runs()
    {
        string output = RunInFolder(
            () =>
            {
                #region readme-validating
                // Load the schema once: from a file, a stream, or the pinned official copy (hash-checked, cached).
                var validator = new IiifValidator(IiifSchema.Load("iiif_3_0.json"));

                ValidationReport report = validator.Validate(File.ReadAllBytes("manifest.json"));
                if (!report.IsValid)
                {
                    foreach (ValidationFinding finding in report.Findings)
                    {
                        Console.WriteLine(finding); // error P3-DIM-02 at /items/0: A Canvas gives `height` and `width` together, or neither.
                    }
                }
                #endregion
            },
            (CorpusFiles.Path("schema/iiif_3_0.json"), "iiif_3_0.json"),
            (RepositoryFiles.Path("fixtures/validation/P3-DIM-02/fail-1.json"), "manifest.json"));

        output.Should().Contain("error P3-DIM-02 at /items/0: A Canvas gives `height` and `width` together, or neither.");
    }

    [Test]
    public void UpgradingSample_Runs()
    {
        string output = RunInFolder(
            () =>
            {
                #region readme-upgrading
                UpgradeResult result = IiifUpgrader.Upgrade(File.ReadAllBytes("manifest-v2.json"));
                var upgraded = (Manifest)result.Resource;
                File.WriteAllText("manifest-v3.json", IiifJson.Serialize(upgraded));

                foreach (UpgradeNote note in result.Notes.Where(n => n.Severity != UpgradeNoteSeverity.Info))
                {
                    Console.WriteLine(note); // warning provider-synthesized at /logo: 3.0 puts a logo on a provider; …
                }
                #endregion
            },
            (RepositoryFiles.Path("fixtures/upgrade/notes/provider-synthesized.json"), "manifest-v2.json"));

        output.Should().StartWith("warning provider-synthesized at /logo: 3.0 puts a logo on a provider;");
    }

    /// <summary>Runs a sample in a new folder holding the given files, capturing what it writes to the console.</summary>
    internal static string RunInFolder(Action sample, params (string Source, string Name)[] files)
    {
        string directory = Directory.CreateTempSubdirectory("iiif-readme-").FullName;
        string previous = Environment.CurrentDirectory;
        using var output = new StringWriter();
        TextWriter console = Console.Out;
        try
        {
            foreach ((string source, string name) in files)
            {
                File.Copy(source, Path.Combine(directory, name));
            }

            Environment.CurrentDirectory = directory;
            Console.SetOut(output);
            sample();
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = previous;
            Directory.Delete(directory, recursive: true);
        }

        return output.ToString();
    }

    [Test]
    public void BuildingSample_Runs()
    {
        #region readme-building
        Manifest manifest = new ManifestBuilder("https://example.org/iiif/book1/manifest")
            .Label("en", "Book 1")
            .Metadata("en", "Author", "Anne Author")
            .Rights("http://creativecommons.org/licenses/by/4.0/")
            .Canvas(canvas => canvas
                .Label("en", "p. 1")
                .Size(1200, 1800)
                .Paint(IiifContent.ImageFromService("https://example.org/iiif/image/p1", 1200, 1800)))
            .Range(null, range => range.Label("en", "Chapter 1").Canvas("https://example.org/iiif/book1/canvas/1"))
            .Build();   // throws IiifBuildException listing every problem, if there is one

        string json = IiifJson.Serialize(manifest);
        #endregion

        json.Should().Contain("\"id\": \"https://example.org/iiif/book1/canvas/1/page/1/annotation/1\"");
        Validation.Validators.Full.Validate(json).IsValid.Should().BeTrue();
    }

    [Test]
    public void StructureSample_Runs()
    {
        string output = RunInFolder(
            () =>
            {
                #region readme-structure
                Manifest manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes("book.json"));

                TableOfContents toc = manifest.GetTableOfContents();
                foreach (RangeNode entry in toc.Descendants())
                {
                    Console.WriteLine($"{new string(' ', 2 * entry.Depth)}{entry.Label} (from {entry.FirstCanvas?.Label})");
                }

                RangeNode chapter = toc.FindRanges(manifest.Items[3])[0];  // the deepest entries that cover a page
                Console.WriteLine(string.Join(" > ", chapter.GetPath().Select(e => e.Label)));

                foreach (CanvasSpread spread in manifest.GetSpreads())     // one page, or two with behavior paged
                {
                    Console.WriteLine(string.Join(" | ", spread.DisplayOrder.Select(c => c.Label)));
                }
                #endregion
            },
            (CorpusFiles.Path("v3/cookbook/0024-book-4-toc.json"), "book.json"));

        output.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(
            """
            Table of Contents (from f. 1r)
              Tabiba Tabiban [ጠቢበ ጠቢባን] (from f. 1r)
              Arede'et [አርድዕት] (from f. 2r)
                Monday (from f. 2r)
                Tuesday (from f. 3r)
            Table of Contents > Arede'et [አርድዕት] > Monday
            f. 1r
            f. 1v
            f. 2r
            f. 2v
            f. 3r
            f. 3v

            """);
    }

    [Test]
    public void StructureStartAndSpreadSample_Runs()
    {
        string output = RunInFolder(
            () =>
            {
                #region readme-structure-start
                Manifest opera = IiifJson.Deserialize<Manifest>(File.ReadAllBytes("opera.json"));
                foreach (RangeNode entry in opera.GetTableOfContents().Descendants())
                {
                    RangeTarget? start = entry.Start;   // the first Canvas reference, as …/canvas/1#t=302.05,3971.24
                    string at = TimeSpan.FromSeconds(start?.Target.Time?.Start ?? 0).ToString(@"h\:mm\:ss\.ff", CultureInfo.InvariantCulture);
                    Console.WriteLine($"{new string(' ', 2 * entry.Depth)}{entry.Label} at {at}");
                }

                Manifest book = IiifJson.Deserialize<Manifest>(File.ReadAllBytes("paged-book.json"));
                CanvasSpread? opening = book.FindSpread(book.Items[2]);   // what is on screen with the title page
                Console.WriteLine(string.Join(" | ", opening!.DisplayOrder.Select(c => c.Label)));
                #endregion
            },
            (CorpusFiles.Path("v3/cookbook/0026-toc-opera.json"), "opera.json"),
            (CorpusFiles.Path("v3/cookbook/0009-book-1.json"), "paged-book.json"));

        output.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(
            """
            Gaetano Donizetti, L'Elisir D'Amore at 0:00:00.00
              Atto Primo at 0:00:00.00
                Preludio e Coro d'introduzione – Bel conforto al mietitore at 0:00:00.00
                Remainder of Atto Primo at 0:05:02.05
              Atto Secondo at 1:06:11.24
            Frontispiece | Title page

            """);
    }

    [TestCase("readme-reading")]
    [TestCase("readme-validating")]
    [TestCase("readme-upgrading")]
    [TestCase("readme-building")]
    [TestCase("readme-structure")]
    [TestCase("readme-structure-start")]
    [TestCase("readme-comparing", "ReadmeTests.Comparing.cs")]
    [TestCase("readme-snapshot-nunit", "SnapshotSampleTests.cs")]
    [TestCase("readme-snapshot-package", "SnapshotSampleTests.cs")]
    public void Readme_ShowsTheRegion(string region, string file = "ReadmeTests.cs")
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        readme.Should().Contain(RegionText(region, file), "the README's sample must be the code this test compiles and runs");
    }

    /// <summary>Every C# block of the README shows a region the tests compile and run (after the usings it
    /// may list), unless the line before its
    /// fence says <c>&lt;!-- not compiled: why --&gt;</c> (a sample for a library the tests cannot use).</summary>
    [Test]
    public void Readme_EveryCSharpBlock_IsACompiledRegionOrMarkedNotCompiled()
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] regions = Directory.EnumerateFiles(RepositoryFiles.Path("tests/Iiif.Presentation.Tests/Docs"), "*.cs")
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"#region (?<name>readme-[\w-]+)")
                .Select(m => RegionText(m.Groups["name"].Value, Path.GetFileName(file))))
            .ToArray();

        MatchCollection blocks = Regex.Matches(readme, @"(?<before>[^\n]*)\n```csharp\n(?<body>.*?)\n```", RegexOptions.Singleline);
        blocks.Should().NotBeEmpty();
        string[] notCompiled = blocks
            .Where(b => !b.Groups["before"].Value.StartsWith("<!-- not compiled:", StringComparison.Ordinal))
            .Select(b => b.Groups["body"].Value)
            .Where(body => !regions.Any(region => body.Contains(region, StringComparison.Ordinal)))
            .ToArray();

        notCompiled.Should().BeEmpty("each C# sample of the README is compiled and run by a test, or says why not");
        blocks.Count(b => b.Groups["before"].Value.StartsWith("<!-- not compiled:", StringComparison.Ordinal)).Should().Be(1, "only the Verify sample is not compiled");
    }

    internal static string RegionText(string region, string file = "ReadmeTests.cs")
    {
        string source = File.ReadAllText(RepositoryFiles.Path("tests/Iiif.Presentation.Tests/Docs/" + file))
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        Match match = Regex.Match(source, $@"#region {Regex.Escape(region)}\n(?<body>.*?)\n[ ]*#endregion", RegexOptions.Singleline);
        match.Success.Should().BeTrue($"region {region} exists");
        string[] lines = match.Groups["body"].Value.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart()));
    }
}
