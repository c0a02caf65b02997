using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Cli;

[TestFixture]
public sealed class UpgradeCommandTests
{
    private const string V2Manifest = """
        {"@context": "http://iiif.io/api/presentation/2/context.json", "@id": "https://example.org/m", "@type": "sc:Manifest",
         "label": "Book", "sequences": [{"@type": "sc:Sequence", "canvases": [{"@id": "https://example.org/c1", "@type": "sc:Canvas",
         "label": "p. 1", "height": 10, "width": 20, "images": [{"@type": "oa:Annotation", "motivation": "sc:painting",
         "resource": {"@id": "https://example.org/i.jpg", "@type": "dctypes:Image", "height": 10, "width": 20}, "on": "https://example.org/c1"}]}]}]}
        """;

    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() =>
        _directory = Directory.CreateTempSubdirectory("iiif-upgrade-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Write(string relativePath, string content)
    {
        string path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Test]
    public void Upgrade_OneFile_WritesThe30DocumentToStandardOutput()
    {
        string input = Write("in.json", V2Manifest);

        CliRun run = CliRun.Of("upgrade", input);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(IiifJson.Serialize(IiifUpgrader.Upgrade(V2Manifest).Resource) + "\n");
        run.Output.Should().Contain("\"type\": \"Manifest\"").And.Contain("http://iiif.io/api/presentation/3/context.json");
    }

    [Test]
    public void Upgrade_WithNotes_ListsThemOnStandardError()
    {
        string input = Write("in.json", V2Manifest);

        CliRun run = CliRun.Of("upgrade", input, "--notes", "--compact", "-o", Path.Combine(_directory, "out.json"));

        run.ExitCode.Should().Be(0);
        run.Error.Should().Contain("id-minted").And.Contain("/sequences/0/canvases/0/images/0");
        File.ReadAllText(Path.Combine(_directory, "out.json")).Should().EndWith("}\n").And.NotContain("\n  ");
    }

    [Test]
    public void Upgrade_FolderToOutputDir_KeepsRelativePathsAndContinuesPastABrokenFile()
    {
        Write("v2/a/b.json", V2Manifest);
        Write("v2/c.json", V2Manifest);
        Write("v2/broken.json", "{ not json");
        string output = Path.Combine(_directory, "out");

        CliRun run = CliRun.Of("upgrade", "--output-dir", output, Path.Combine(_directory, "v2"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("broken.json");
        File.Exists(Path.Combine(output, "a", "b.json")).Should().BeTrue();
        File.Exists(Path.Combine(output, "c.json")).Should().BeTrue();
        File.Exists(Path.Combine(output, "broken.json")).Should().BeFalse("a file that cannot be upgraded is not written");
        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Test]
    public void Upgrade_ManyFilesWithoutOutputDir_IsAUsageError()
    {
        string a = Write("a.json", V2Manifest);
        string b = Write("b.json", V2Manifest);

        CliRun run = CliRun.Of("upgrade", a, b);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--output-dir");
    }

    [Test]
    public void Upgrade_OutputIsTheInput_IsRefused()
    {
        string input = Write("in.json", V2Manifest);

        CliRun run = CliRun.Of("upgrade", input, "-o", input);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("refusing to overwrite the input").And.Contain("--in-place");
        File.ReadAllText(input).Should().Be(V2Manifest);
    }

    [Test]
    public void Upgrade_InPlace_ReplacesEachV2DocumentWithIts30Upgrade()
    {
        string a = Write("v2/a.json", V2Manifest);
        string b = Write("v2/sub/b.json", V2Manifest);

        CliRun run = CliRun.Of("upgrade", "--in-place", Path.Combine(_directory, "v2"));

        run.ExitCode.Should().Be(0, run.Error);
        string expected = IiifJson.Serialize(IiifUpgrader.Upgrade(V2Manifest).Resource) + "\n";
        File.ReadAllText(a).Should().Be(expected);
        File.ReadAllText(b).Should().Be(expected);
        Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Test]
    public void Upgrade_DocumentThatCannotBeMadeValid_EndsWithExitCode1AndSaysWhere()
    {
        string input = CorpusFiles.Path("v2/mirador/zeroWidthCanvas.json");

        CliRun run = CliRun.Of("upgrade", input, "-o", Path.Combine(_directory, "out.json"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("error note");
        File.Exists(Path.Combine(_directory, "out.json")).Should().BeTrue("the output is written, with the notes saying where it is not valid");
    }

    [Test]
    public void Upgrade_ManyFiles_ReportsProgressOnStandardError()
    {
        for (int i = 0; i < 7; i++)
        {
            Write($"v2/m{i}.json", V2Manifest);
        }

        CliRun run = CliRun.Of("upgrade", Path.Combine(_directory, "v2"), "--output-dir", Path.Combine(_directory, "out"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("upgraded 7/7").And.Contain("7 documents: 7 upgraded");
    }
}
