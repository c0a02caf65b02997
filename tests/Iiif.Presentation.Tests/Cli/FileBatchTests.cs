using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Cli;

/// <summary>
/// Batches over folders of good and bad files: every file is reported, none stops the batch, the exit
/// code is the worst outcome, outputs are whole or absent, and an interruption ends with 130.
/// </summary>
[TestFixture]
public sealed class FileBatchTests
{
    private const int BigCanvases = 5_000;

    private const string V2Manifest = """
        {"@context": "http://iiif.io/api/presentation/2/context.json", "@id": "https://example.org/m", "@type": "sc:Manifest",
         "label": "Book", "sequences": [{"@type": "sc:Sequence", "canvases": [{"@id": "https://example.org/c1", "@type": "sc:Canvas",
         "label": "p. 1", "height": 10, "width": 20, "images": [{"@type": "oa:Annotation", "motivation": "sc:painting",
         "resource": {"@id": "https://example.org/i.jpg", "@type": "dctypes:Image", "height": 10, "width": 20}, "on": "https://example.org/c1"}]}]}]}
        """;

    private string _directory = null!;
    private readonly List<string> _pipes = [];

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("iiif-batch-").FullName;

    [TearDown]
    public void DeleteDirectory()
    {
        // A reader the command gave up on waits on the pipe in the background: let it finish.
        foreach (string pipe in _pipes)
        {
            Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write).Dispose()).Wait(TimeSpan.FromSeconds(1));
        }

        _pipes.Clear();

        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public void Validate_MixedFolder_ReportsEveryFileAndExitsWithTheWorstCode()
    {
        (string input, IReadOnlyList<string> names, bool hasPipe) = BuildMixedFolder();

        CliRun run = CliRun.Of("validate", "--semantic-only", input);

        run.ExitCode.Should().Be(2, "an unreadable file is the worst outcome here\n" + run.Error);
        foreach (string name in names)
        {
            run.Output.Should().Contain($"{Path.Combine(input, name)}: ", "every file gets its line");
        }

        run.Output.Should().Contain($"{names.Count} documents: ").And.NotContain("dir.json");
        Line(run.Output, "valid-1.json").Should().Contain(": valid");
        Line(run.Output, "big.json").Should().Contain(": valid");
        Line(run.Output, "invalid.json").Should().Contain(": INVALID");
        Line(run.Output, "v2.json").Should().Contain(": INVALID");
        Line(run.Output, "empty.json").Should().Contain(": INVALID");
        Line(run.Output, "blank.json").Should().Contain(": INVALID");
        Line(run.Output, "not-json.json").Should().Contain(": INVALID");
        run.Output.Should().Contain("P3-JSON-00 at /items: The document is not JSON").And.Contain("(line 2, byte 12)");
        Line(run.Output, "dangling.json").Should().Contain(": cannot read");
        if (hasPipe)
        {
            Line(run.Output, "pipe.json").Should().Contain(": cannot read").And.Contain("not a regular file");
        }

        run.Error.Should().NotContain("internal error");
    }

    [Test]
    public void Format_MixedFolder_WritesEveryGoodFileWholeAndNamesEveryBadOne()
    {
        (string input, IReadOnlyList<string> names, bool hasPipe) = BuildMixedFolder();
        Dictionary<string, byte[]> before = Snapshot(input);
        string output = Path.Combine(_directory, "out");

        CliRun run = CliRun.Of("format", "--output-dir", output, input);

        run.ExitCode.Should().Be(2, run.Error);
        string[] formatted = ["valid-1.json", "valid-2.json", "invalid.json", "big.json", Path.Combine("sub", "nested.json")];
        Relative(output).Should().BeEquivalentTo(formatted, "only what could be read as IIIF 3 is written, and no temporary file is left");
        foreach (string name in formatted)
        {
            string source = File.ReadAllText(Path.Combine(input, name));
            File.ReadAllText(Path.Combine(output, name)).Should().Be(IiifJson.Serialize(IiifJson.Parse(source)) + "\n");
        }

        run.Error.Should().Contain("v2.json: the document is IIIF Presentation 2")
            .And.Contain("truncated.json: ").And.Contain("Path: $.items | LineNumber: 1")
            .And.Contain("not-json.json: ").And.Contain("empty.json: ").And.Contain("blank.json: ")
            .And.Contain("dangling.json: cannot read")
            .And.Contain($"{names.Count} documents: {formatted.Length} formatted, {names.Count - formatted.Length} not.")
            .And.NotContain("internal error");
        if (hasPipe)
        {
            run.Error.Should().Contain("pipe.json: cannot read");
        }

        Snapshot(input).Should().BeEquivalentTo(before, "no input is changed");
    }

    [Test]
    public void Upgrade_MixedFolder_WritesEveryGoodFileWholeAndNamesEveryBadOne()
    {
        (string input, IReadOnlyList<string> names, bool hasPipe) = BuildMixedFolder();
        Dictionary<string, byte[]> before = Snapshot(input);
        string output = Path.Combine(_directory, "out");

        CliRun run = CliRun.Of("upgrade", "--output-dir", output, input);

        run.ExitCode.Should().Be(2, run.Error);
        string[] upgraded = ["valid-1.json", "valid-2.json", "v2.json", "invalid.json", "big.json", Path.Combine("sub", "nested.json")];
        Relative(output).Should().BeEquivalentTo(upgraded, "only what could be read is written, and no temporary file is left");
        string v2 = File.ReadAllText(Path.Combine(input, "v2.json"));
        File.ReadAllText(Path.Combine(output, "v2.json")).Should().Be(IiifJson.Serialize(IiifUpgrader.Upgrade(v2).Resource) + "\n");
        IiifJson.Parse(File.ReadAllText(Path.Combine(output, "big.json"))).Should().BeOfType<Manifest>()
            .Which.Items.Should().HaveCount(BigCanvases);

        run.Error.Should().Contain("truncated.json: ").And.Contain("Path: $.items | LineNumber: 1")
            .And.Contain("not-json.json: ").And.Contain("empty.json: ").And.Contain("blank.json: ")
            .And.Contain("dangling.json: cannot read")
            .And.Contain($"{names.Count} documents: {upgraded.Length} upgraded, {names.Count - upgraded.Length} not.")
            .And.NotContain("internal error");
        if (hasPipe)
        {
            run.Error.Should().Contain("pipe.json: cannot read");
        }

        Snapshot(input).Should().BeEquivalentTo(before, "no input is changed");
    }

    [Test]
    public void Format_FileGoneBetweenListingAndReading_IsReportedAndTheBatchGoesOn()
    {
        string input = Path.Combine(_directory, "in");
        Directory.CreateDirectory(input);
        foreach (string name in new[] { "a.json", "b.json", "c.json" })
        {
            File.WriteAllText(Path.Combine(input, name), """{"type": "Manifest", "id": "https://example.org/m"}""");
        }

        string output = Path.Combine(_directory, "out");
        CliRun run = CliRun.Of(
            ["format", input, "--output-dir", output],
            path =>
            {
                if (path.EndsWith("a.json", StringComparison.Ordinal))
                {
                    File.Delete(Path.Combine(input, "b.json"));
                }
            },
            CancellationToken.None);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("b.json: cannot read").And.Contain("3 documents: 2 formatted, 1 not.");
        Relative(output).Should().BeEquivalentTo("a.json", "c.json");
    }

    [Test]
    public void Upgrade_CancelledAfterTheFirstFile_ExitsWith130AndLeavesOnlyWholeOutputs()
    {
        string input = WriteFiles("in", 4, V2Manifest);
        string output = Path.Combine(_directory, "out");
        using var interrupt = new CancellationTokenSource();

        CliRun run = CliRun.Of(["upgrade", input, "--output-dir", output], _ => interrupt.Cancel(), interrupt.Token);

        run.ExitCode.Should().Be(130, run.Error);
        run.Error.Should().Contain("iiif: interrupted");
        Relative(output).Should().BeEquivalentTo(["m0.json"], "the batch stops before the next file, and no temporary file is left");
        File.ReadAllText(Path.Combine(output, "m0.json")).Should().Be(IiifJson.Serialize(IiifUpgrader.Upgrade(V2Manifest).Resource) + "\n");
    }

    [Test]
    public void Format_InPlaceCancelledAfterTheFirstFile_ExitsWith130WithEachFileOldOrNewAndWhole()
    {
        const string Loose = """{"id": "https://example.org/m",   "type": "Manifest"}""";
        string input = WriteFiles("in", 4, Loose);
        using var interrupt = new CancellationTokenSource();

        CliRun run = CliRun.Of(["format", "--in-place", input], _ => interrupt.Cancel(), interrupt.Token);

        run.ExitCode.Should().Be(130, run.Error);
        File.ReadAllText(Path.Combine(input, "m0.json")).Should().Be(IiifJson.Serialize(IiifJson.Parse(Loose)) + "\n");
        foreach (string name in new[] { "m1.json", "m2.json", "m3.json" })
        {
            File.ReadAllText(Path.Combine(input, name)).Should().Be(Loose);
        }

        Relative(input).Should().HaveCount(4, "no temporary file is left");
    }

    [Test]
    public void Validate_CancelledAfterTheFirstFile_ExitsWith130()
    {
        string input = WriteFiles("in", 20, """{"type": "Manifest", "id": "https://example.org/m", "label": {"en": ["M"]}, "items": []}""");
        using var interrupt = new CancellationTokenSource();

        CliRun run = CliRun.Of(["validate", "--semantic-only", input], _ => interrupt.Cancel(), interrupt.Token);

        run.ExitCode.Should().Be(130, run.Error);
        run.Error.Should().Contain("iiif: interrupted");
    }

    private string WriteFiles(string folder, int count, string content)
    {
        string path = Path.Combine(_directory, folder);
        Directory.CreateDirectory(path);
        for (int i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(path, $"m{i}.json"), content);
        }

        return path;
    }

    /// <summary>
    /// Builds a folder of valid, invalid, non-JSON, empty, unreadable and big files; returns it and the
    /// files a listing finds in it (a folder named <c>dir.json</c> is not one of them).
    /// </summary>
    private (string Folder, IReadOnlyList<string> Names, bool HasPipe) BuildMixedFolder()
    {
        string input = Path.Combine(_directory, "in");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        var names = new List<string>();
        void Copy(string corpusPath, string name)
        {
            File.Copy(CorpusFiles.Path(corpusPath), Path.Combine(input, name));
            names.Add(name);
        }

        void Write(string name, string content)
        {
            File.WriteAllText(Path.Combine(input, name), content);
            names.Add(name);
        }

        Copy("v3/cookbook/0001-mvm-image.json", "valid-1.json");
        Copy("v3/cookbook/0002-mvm-audio.json", "valid-2.json");
        Copy("v3/cookbook/0003-mvm-video.json", Path.Combine("sub", "nested.json"));
        Copy("v2/cookbook/0057-publishing-v2-and-v3__manifest-v2.json", "v2.json");
        Copy("invalid/presentation-validator/broken_service.json", "invalid.json");
        Write("not-json.json", "This is not JSON.\n");
        Write("truncated.json", "{\"type\": \"Manifest\",\n \"items\": [");
        Write("empty.json", string.Empty);
        Write("blank.json", " \n\t \n");
        Write("big.json", BigManifest(BigCanvases));
        Directory.CreateDirectory(Path.Combine(input, "dir.json"));

        // Root reads every file, so unreadable inputs are a link to nothing and a pipe nobody writes to.
        File.CreateSymbolicLink(Path.Combine(input, "dangling.json"), Path.Combine(input, "gone.json"));
        names.Add("dangling.json");
        string pipe = Path.Combine(input, "pipe.json");
        bool hasPipe = MakeFifo(pipe);
        if (hasPipe)
        {
            _pipes.Add(pipe);
            names.Add("pipe.json");
        }

        return (input, names, hasPipe);
    }

    private static bool MakeFifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            using Process? mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false });
            if (mkfifo is null || !mkfifo.WaitForExit(10_000))
            {
                return false;
            }

            return mkfifo.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string BigManifest(int canvases)
    {
        var json = new StringBuilder(canvases * 700);
        json.Append("""{"@context": "http://iiif.io/api/presentation/3/context.json", "id": "https://example.org/big", "type": "Manifest", "label": {"en": ["Big"]}, "items": [""");
        for (int i = 0; i < canvases; i++)
        {
            string canvas = $"https://example.org/big/c{i}";
            json.Append(i == 0 ? string.Empty : ",")
                .Append(CultureInfo.InvariantCulture, $$"""{"id": "{{canvas}}", "type": "Canvas", "label": {"en": ["p. {{i + 1}}"]}, "height": 1000, "width": 800, "items": [""")
                .Append(CultureInfo.InvariantCulture, $$"""{"id": "{{canvas}}/p", "type": "AnnotationPage", "items": [{"id": "{{canvas}}/p/a", "type": "Annotation", "motivation": "painting", """)
                .Append(CultureInfo.InvariantCulture, $$"""  "body": {"id": "https://example.org/big/i{{i}}.jpg", "type": "Image", "format": "image/jpeg", "height": 1000, "width": 800}, "target": "{{canvas}}"}]}]}""");
        }

        return json.Append("]}").ToString();
    }

    private static string Line(string output, string name) =>
        output.Split('\n').FirstOrDefault(l => l.Contains($"{Path.DirectorySeparatorChar}{name}: ", StringComparison.Ordinal)) ?? $"(no line for {name})";

    private static string[] Relative(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Where(p => !Directory.Exists(p))
            .Select(p => Path.GetRelativePath(folder, p))
            .ToArray();

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => new FileInfo(p).LinkTarget is null && Path.GetFileName(p) != "pipe.json")
            .ToDictionary(p => Path.GetRelativePath(folder, p), File.ReadAllBytes);
}
