using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Docs;

// The README's "Language, time and traversal" sample, kept in its own file.
public sealed partial class ReadmeTests
{
    [Test]
    public void LanguageTimeTraversalSample_Runs()
    {
        string output = RunInFolder(
            () =>
            {
                #region readme-language-time-traversal
                Manifest manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes("opera.json"));

                // The spec's language rules: best match (it-CH → it), else "none", else any language.
                Console.WriteLine(manifest.Label.GetText("it-CH", "en"));
                Console.WriteLine(manifest.Label.GetText(CultureInfo.GetCultureInfo("en-GB")));
                foreach (MetadataEntry entry in manifest.Metadata)
                {
                    Console.WriteLine($"{entry.GetLabel("en")}: {entry.GetValue("en")}");
                }

                // The languages to offer in a picker: of every resource's text, "none" apart.
                TextLanguages languages = manifest.GetAllTextLanguages();
                Console.WriteLine($"{string.Join(", ", languages.Languages)} (none: {languages.HasTextWithoutLanguage})");

                // Time: the timed canvases one after another.
                Console.WriteLine($"{manifest.GetDuration():0.00} s");
                if (manifest.TryGetCanvasAt(4000, out Canvas? canvas, out double offset))
                {
                    Console.WriteLine($"{canvas.Id} at {offset:0.00} s");
                }

                // Traversal: every resource with its JSON Pointer, references included.
                string id = "https://iiif.io/api/cookbook/recipe/0065-opera-multiple-canvases/canvas/2";
                foreach (LocatedResource found in manifest.FindById(id))
                {
                    Console.WriteLine($"{found.JsonPointer} ({found.Resource.GetType().Name})");
                }
                #endregion
            },
            (CorpusFiles.Path("v3/cookbook/0065-opera-multiple-canvases.json"), "opera.json"));

        output.Should().Be(
            "L'Elisir D'Amore\n" +
            "The Elixir of Love\n" +
            "Date Issued: 2019\n" +
            "Publisher: Indiana University Jacobs School of Music\n" +
            "it, en (none: False)\n" +
            "7278.46 s\n" +
            "https://iiif.io/api/cookbook/recipe/0065-opera-multiple-canvases/canvas/2 at 28.76 s\n" +
            "/items/1 (Canvas)\n" +
            "/items/1/items/0/items/0/target (Canvas)\n");
    }

    [Test]
    public void Readme_ShowsTheLanguageTimeTraversalRegion()
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string source = File.ReadAllText(RepositoryFiles.Path("tests/Iiif.Presentation.Tests/Docs/ReadmeTests.LanguageTimeTraversal.cs"))
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        Match match = Regex.Match(source, @"#region readme-language-time-traversal\n(?<body>.*?)\n[ ]*#endregion", RegexOptions.Singleline);
        match.Success.Should().BeTrue();
        string[] lines = match.Groups["body"].Value.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        string region = string.Join("\n", lines.Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart()));

        readme.Should().Contain(region, "the README's sample must be the code this test compiles and runs");
    }
}
