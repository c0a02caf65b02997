using System.IO;
using System.Linq;
using System.Text.Json;

namespace Iiif.Presentation.Tests.Cli;

[TestFixture]
public sealed class DiffCommandTests
{
    private const string Manifest = """{"id": "https://example.org/m", "type": "Manifest", "label": {"en": ["M"]}, "items": []}""";

    private const string V2Manifest = """
        {"@context": "http://iiif.io/api/presentation/2/context.json", "@id": "https://example.org/m", "@type": "sc:Manifest", "label": "M", "sequences": []}
        """;

    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() =>
        _directory = Directory.CreateTempSubdirectory("iiif-diff-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Diff_SameDocumentReformatted_ExitsZeroAndPrintsNothing()
    {
        string a = Write("a.json", Manifest);
        string b = Write("b.json", IiifJson.Serialize(IiifJson.Parse(Manifest)));

        CliRun run = CliRun.Of("diff", a, b);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        run.Error.Should().BeEmpty();
    }

    [Test]
    public void Diff_DifferentDocuments_ExitsOneWithOneLineADifference()
    {
        string a = Write("a.json", Manifest);
        string b = Write("b.json", Manifest.Replace("\"M\"", "\"N\"").Replace("\"items\": []", "\"items\": [], \"rights\": \"x\""));

        CliRun run = CliRun.Of("diff", a, b);

        run.ExitCode.Should().Be(1);
        run.Output.Should().Be("Changed /label/en/0: \"M\" -> \"N\"\nAdded /rights: \"x\"\n");
    }

    [Test]
    public void Diff_Json_PrintsAnArrayOfDifferences()
    {
        string a = Write("a.json", """{"a": [1, 2], "b": 1}""");
        string b = Write("b.json", """{"a": [2, 1], "c": {"d": true}}""");

        CliRun run = CliRun.Of("diff", "--json", a, b);

        run.ExitCode.Should().Be(1);
        using JsonDocument output = JsonDocument.Parse(run.Output);
        output.RootElement.GetArrayLength().Should().Be(3);
        JsonElement first = output.RootElement[0];
        first.GetProperty("kind").GetString().Should().Be("reordered");
        first.GetProperty("pointer").GetString().Should().Be("/a");
        first.GetProperty("expected").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(1, 2);
        output.RootElement[1].GetProperty("kind").GetString().Should().Be("removed");
        output.RootElement[1].TryGetProperty("actual", out _).Should().BeFalse();
        output.RootElement[2].GetProperty("actual").GetProperty("d").GetBoolean().Should().BeTrue();
    }

    [Test]
    public void Diff_JsonOfTheSameDocuments_PrintsAnEmptyArray()
    {
        string a = Write("a.json", Manifest);

        CliRun run = CliRun.Of("diff", "--json", a, a);

        run.ExitCode.Should().Be(0);
        run.Output.Trim().Should().Be("[]");
    }

    [Test]
    public void Diff_Ignore_LeavesThosePathsOut()
    {
        string a = Write("a.json", """{"id": "1", "items": [{"id": "a", "created": "2020"}]}""");
        string b = Write("b.json", """{"id": "1", "items": [{"id": "b", "created": "2024"}]}""");

        CliRun.Of("diff", a, b).ExitCode.Should().Be(1);
        CliRun run = CliRun.Of("diff", a, b, "--ignore", "/items/*/id", "--ignore", "**/created");

        run.ExitCode.Should().Be(0, run.Output + run.Error);
    }

    [Test]
    public void Diff_Unordered_ComparesThoseArraysAsSets()
    {
        string a = Write("a.json", """{"behavior": ["paged", "auto-advance"]}""");
        string b = Write("b.json", """{"behavior": ["auto-advance", "paged"]}""");

        CliRun.Of("diff", a, b).Output.Should().StartWith("Reordered /behavior");
        CliRun.Of("diff", a, b, "--unordered", "/behavior").ExitCode.Should().Be(0);
    }

    [Test]
    public void Diff_Presentation2AgainstItsUpgrade_DiffersUnlessUpgraded()
    {
        string v2 = Write("v2.json", V2Manifest);
        string v3 = Write("v3.json", IiifJson.Serialize(IiifUpgrader.Upgrade(V2Manifest).Resource));

        CliRun.Of("diff", v2, v3).ExitCode.Should().Be(1);
        CliRun run = CliRun.Of("diff", "--upgrade", v2, v3);

        run.ExitCode.Should().Be(0, run.Output + run.Error);
    }

    [Test]
    public void Diff_Upgrade_LeavesA3Point0DocumentAsGiven()
    {
        string a = Write("a.json", """{"type": "Manifest", "n": 1.0}""");
        string b = Write("b.json", """{"type": "Manifest", "n": 1, "x": 2}""");

        CliRun run = CliRun.Of("diff", "--upgrade", a, b);

        run.ExitCode.Should().Be(1);
        run.Output.Should().Be("Added /x: 2\n");
    }

    [TestCase("a")]
    [TestCase("b")]
    public void Diff_BrokenJson_ExitsTwoNamingTheFile(string broken)
    {
        string a = Write("a.json", broken == "a" ? "{\"items\": [1, }" : Manifest);
        string b = Write("b.json", broken == "b" ? "{\"items\": [1, }" : Manifest);

        CliRun run = CliRun.Of("diff", a, b);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith($"iiif: {(broken == "a" ? a : b)}: ").And.Contain("LineNumber: 0");
    }

    [Test]
    public void Diff_MissingFile_ExitsTwo()
    {
        string a = Write("a.json", Manifest);

        CliRun run = CliRun.Of("diff", a, Path.Combine(_directory, "missing.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("missing.json: cannot read");
    }

    [Test]
    public void Diff_BadPattern_ExitsTwo()
    {
        string a = Write("a.json", Manifest);

        CliRun run = CliRun.Of("diff", a, a, "--ignore", "items");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("'items'");
    }

    [Test]
    public void Diff_OneDocument_IsAUsageError() =>
        CliRun.Of("diff", Write("a.json", Manifest)).ExitCode.Should().Be(2);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
