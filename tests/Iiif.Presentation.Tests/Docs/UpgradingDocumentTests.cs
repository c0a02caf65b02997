using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Docs;

/// <summary>
/// Keeps <c>docs/upgrading.md</c> true: its sample is the code compiled and run here, and its table of
/// note codes has a row for every <see cref="UpgradeNoteCodes"/> constant, with the upgrader's severity.
/// </summary>
[TestFixture]
[NonParallelizable] // the sample changes the current directory and Console.Out while it runs
public sealed class UpgradingDocumentTests
{
    [Test]
    public void UpgradingSample_Runs()
    {
        string output = ReadmeTests.RunInFolder(
            () =>
            {
                #region upgrading-options
                var options = new UpgradeOptions
                {
                    DefaultLanguage = "en",                            // plain 2.x strings are English
                    Provider = new Agent("https://example.org/about")  // the Agent that holds the 2.x logo
                    {
                        Label = new LanguageMap("en", "Example Library"),
                    },
                };

                UpgradeResult result = IiifUpgrader.Upgrade(File.ReadAllBytes("manifest-v2.json"), options);
                var manifest = (Manifest)result.Resource;
                Console.WriteLine(manifest.Provider[0].Logo[0].Id);    // https://example.org/logo.png

                foreach (UpgradeNote note in result.Notes)
                {
                    Console.WriteLine($"{note.Severity} {note.Code} at {note.InputPointer} -> {note.OutputPointer}");
                }

                if (result.HasErrors)
                {
                    Console.WriteLine("Not valid 3.0: see the error notes.");
                }
                #endregion
            },
            (RepositoryFiles.Path("fixtures/upgrade/notes/provider-synthesized.json"), "manifest-v2.json"));

        string[] lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        lines[0].Should().Be("https://example.org/logo.png");
        lines.Should().NotContain(l => l.Contains(UpgradeNoteCodes.ProviderSynthesized, StringComparison.Ordinal), "the options give the provider")
            .And.NotContain("Not valid 3.0: see the error notes.");
    }

    [Test]
    public void UpgradingDocument_ShowsTheSample()
    {
        string document = File.ReadAllText(RepositoryFiles.Path("docs/upgrading.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        document.Should().Contain(ReadmeTests.RegionText("upgrading-options", "UpgradingDocumentTests.cs"),
            "the sample of docs/upgrading.md must be the code this test compiles and runs");
    }

    [Test]
    public void UpgradingDocument_ListsEveryNoteCodeWithItsSeverity()
    {
        string document = File.ReadAllText(RepositoryFiles.Path("docs/upgrading.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Dictionary<string, string> rows = Regex.Matches(document, @"^\| `(?<code>[a-z0-9-]+)` \| (?<severity>info|warning|error) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["code"].Value, m => m.Groups["severity"].Value, StringComparer.Ordinal);

        string[] codes = typeof(UpgradeNoteCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
        codes.Should().NotBeEmpty();
        foreach (string code in codes)
        {
            rows.Should().ContainKey(code, "docs/upgrading.md has a row for every note code");
            rows[code].Should().Be(UpgradeNoteCodes.SeverityOf(code).ToString().ToLowerInvariant(), $"the severity of {code} in docs/upgrading.md is the upgrader's");
        }
    }
}
