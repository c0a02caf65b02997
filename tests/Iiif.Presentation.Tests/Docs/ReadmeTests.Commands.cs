using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Docs;

// The README's "Build from source" commands, and CI running the same test command.
public sealed partial class ReadmeTests
{
    private const string MainJobCommand = "dotnet run --project src/Iiif.Presentation.Cli -- info fixtures/serialization/kitchen-sink-manifest.json";
    private const string TestCommand = "dotnet test Iiif.Presentation.sln -c Release";
    private const string CorpusExport = "export IIIF_CORPUS=../shared/corpus";

    [Test]
    public void BuildFromSource_GivesTheMainJobAndTheTests()
    {
        string[] commands = ShellCommands("Build from source");

        commands.Should().Equal([MainJobCommand, TestCommand], "a fresh machine needs exactly these two commands");
        File.Exists(RepositoryFiles.Path("fixtures/serialization/kitchen-sink-manifest.json")).Should().BeTrue();
    }

    [Test]
    public void CiScript_RunsTheReadmeTestCommand_WithAMissingCorpusFailing()
    {
        string[] lines = File.ReadAllLines(RepositoryFiles.Path(".ci/run"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();
        string readmeTestCommand = ShellCommands("Build from source")[^1];

        lines.Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal))
            .Should().Equal([readmeTestCommand], "CI runs the README's test command, and only it");
        int export = Array.IndexOf(lines, CorpusExport);
        export.Should().BeGreaterThanOrEqualTo(0, "CI exports IIIF_CORPUS on its own line, so that a missing corpus fails the run");
        export.Should().BeLessThan(Array.IndexOf(lines, readmeTestCommand), "the variable is set before the tests run");
    }

    /// <summary>The commands of the first <c>sh</c> block under a README heading, comments and blank lines left out.</summary>
    private static string[] ShellCommands(string heading)
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Match section = Regex.Match(readme, $@"^## {Regex.Escape(heading)}\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        section.Success.Should().BeTrue($"the README has a \"{heading}\" section");
        Match block = Regex.Match(section.Groups["body"].Value, @"^```sh\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
        block.Success.Should().BeTrue($"the \"{heading}\" section has a sh block");

        return block.Groups["code"].Value.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();
    }
}
