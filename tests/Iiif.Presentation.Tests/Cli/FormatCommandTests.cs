using System.IO;
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
        run.Error.Should().Contain("refusing to overwrite the input");
        File.ReadAllText(input).Should().Be("""{"type": "Manifest"}""");
    }

    [Test]
    public void Format_MissingFile_IsAnIoErrorWithExitCode2()
    {
        CliRun run = CliRun.Of("format", Path.Combine(_directory, "nowhere.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("nowhere.json").And.Contain("cannot read");
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
