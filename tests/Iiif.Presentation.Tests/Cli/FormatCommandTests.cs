using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Cli;

[TestFixture]
public sealed class FormatCommandTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() =>
        _directory = Directory.CreateTempSubdirectory("iiif-format-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Format_Document_WritesCanonicalJsonToStandardOutput()
    {
        string path = RepositoryFiles.Path("fixtures/serialization/real-world-shapes.json");

        CliRun run = CliRun.Of("format", path);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(IiifJson.Serialize(IiifJson.Parse(File.ReadAllText(path))) + "\n");
    }

    [Test]
    public void Format_CompactToAFile_WritesOneLineWithALineEnd()
    {
        string path = RepositoryFiles.Path("fixtures/serialization/collection.json");
        string output = Path.Combine(_directory, "out.json");

        CliRun run = CliRun.Of("format", path, "--compact", "-o", output);

        run.ExitCode.Should().Be(0);
        run.Output.Should().BeEmpty();
        string written = File.ReadAllText(output);
        written.Should().EndWith("}\n").And.NotContain("\n  ");
        JsonAssert.EquivalentIgnoringKeyOrder(File.ReadAllText(path), written);
        Directory.GetFiles(_directory).Should().ContainSingle("no temporary file is left behind");
    }

    [Test]
    public void Format_OutputIsTheInput_IsRefused()
    {
        string input = Path.Combine(_directory, "in.json");
        File.WriteAllText(input, """{"type": "Manifest"}""");

        CliRun run = CliRun.Of("format", input, "-o", input);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("refusing to overwrite the input").And.Contain("--in-place");
        File.ReadAllText(input).Should().Be("""{"type": "Manifest"}""");
    }

    [Test]
    public void Format_InPlace_RewritesTheFileWholeAndLeavesNoTemporaryFile()
    {
        const string Loose = """{"id": "https://example.org/m",   "type": "Manifest", "label": {"en": ["M"]}}""";
        string input = Path.Combine(_directory, "in.json");
        File.WriteAllText(input, Loose);

        CliRun run = CliRun.Of("format", "--in-place", input);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        File.ReadAllText(input).Should().Be(IiifJson.Serialize(IiifJson.Parse(Loose)) + "\n");
        Directory.GetFiles(_directory).Should().ContainSingle("no temporary file is left behind");
    }

    [Test]
    public void Format_InPlaceFolder_RewritesEveryDocumentAndLeavesABrokenOneAlone()
    {
        const string Loose = """{"type": "Manifest",   "id": "https://example.org/m"}""";
        Directory.CreateDirectory(Path.Combine(_directory, "sub"));
        File.WriteAllText(Path.Combine(_directory, "a.json"), Loose);
        File.WriteAllText(Path.Combine(_directory, "sub", "b.json"), Loose);
        File.WriteAllText(Path.Combine(_directory, "broken.json"), "{ not json");

        CliRun run = CliRun.Of("format", "--in-place", "--compact", _directory);

        run.ExitCode.Should().Be(1, run.Error);
        run.Error.Should().Contain("broken.json").And.Contain("3 documents: 2 formatted, 1 not.");
        string expected = IiifJson.Serialize(IiifJson.Parse(Loose), new IiifWriteOptions { Indented = false }) + "\n";
        File.ReadAllText(Path.Combine(_directory, "a.json")).Should().Be(expected);
        File.ReadAllText(Path.Combine(_directory, "sub", "b.json")).Should().Be(expected);
        File.ReadAllText(Path.Combine(_directory, "broken.json")).Should().Be("{ not json");
        Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).Should().HaveCount(3, "no temporary file is left behind");
    }

    [Test]
    public void Format_OutputDirIsTheInputFolder_IsRefusedAndChangesNothing()
    {
        const string Loose = """{"type": "Manifest",   "id": "https://example.org/m"}""";
        string input = Path.Combine(_directory, "a.json");
        File.WriteAllText(input, Loose);

        CliRun run = CliRun.Of("format", _directory, "--output-dir", _directory);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("a.json: refusing to overwrite the input").And.Contain("--in-place");
        File.ReadAllText(input).Should().Be(Loose);
    }

    [Test]
    public void Format_TwoInputsOntoOneOutput_IsRefusedBeforeWritingAnything()
    {
        foreach (string folder in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(_directory, folder));
            File.WriteAllText(Path.Combine(_directory, folder, "m.json"), """{"type": "Manifest"}""");
        }

        string output = Path.Combine(_directory, "out");
        CliRun run = CliRun.Of("format", Path.Combine(_directory, "a", "m.json"), Path.Combine(_directory, "b", "m.json"), "--output-dir", output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("two inputs would be written to this file");
        Directory.Exists(output).Should().BeFalse();
    }

    [Test]
    public void Format_OutputIsALinkToTheInput_IsRefused()
    {
        string input = Path.Combine(_directory, "in.json");
        File.WriteAllText(input, """{"type": "Manifest"}""");
        string link = Path.Combine(_directory, "link.json");
        File.CreateSymbolicLink(link, input);

        CliRun run = CliRun.Of("format", input, "-o", link);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("refusing to overwrite the input");
        File.ReadAllText(input).Should().Be("""{"type": "Manifest"}""");
    }

    [TestCase("-")]
    [TestCase("in.json", "-o", "out.json")]
    [TestCase("in.json", "--output-dir", "out")]
    public void Format_InPlaceWithStandardInputOrAnotherOutput_IsAUsageError(params string[] args)
    {
        File.WriteAllText(Path.Combine(_directory, "in.json"), """{"type": "Manifest"}""");
        string[] paths = [.. args.Select(a => a.EndsWith(".json", System.StringComparison.Ordinal) || a == "out" ? Path.Combine(_directory, a) : a)];

        CliRun run = CliRun.Of(["format", "--in-place", .. paths]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--in-place");
        File.ReadAllText(Path.Combine(_directory, "in.json")).Should().Be("""{"type": "Manifest"}""");
        Directory.GetFileSystemEntries(_directory).Should().ContainSingle();
    }

    [Test]
    public void Format_MissingFile_IsAnIoErrorWithExitCode2()
    {
        CliRun run = CliRun.Of("format", Path.Combine(_directory, "nowhere.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("nowhere.json").And.Contain("no such file");
    }

    [Test]
    public void Format_NotJson_IsInvalidWithExitCode1AndThePosition()
    {
        string input = Path.Combine(_directory, "broken.json");
        File.WriteAllText(input, "{\"type\": \"Manifest\",\n \"items\": [}");

        CliRun run = CliRun.Of("format", input);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("broken.json").And.Contain("Path: $.items | LineNumber: 1");
    }

    [Test]
    public void Format_UnwritableOutput_IsAnIoError()
    {
        string input = RepositoryFiles.Path("fixtures/serialization/collection.json");

        CliRun run = CliRun.Of("format", input, "-o", Path.Combine(_directory, "no", "such", "folder", "out.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("cannot write");
    }
}
