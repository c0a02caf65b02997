using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Validation;

[TestFixture]
public sealed class IiifValidatorTests
{
    private static string Fixture(string code, string file) =>
        File.ReadAllText(RepositoryFiles.Path($"fixtures/validation/{code}/{file}"));

    [TestCase("{\"type\": \"Manifest\",\n \"items\": [}", "not JSON", "line 2, byte 12")]
    [TestCase("", "empty", null)]
    [TestCase("  \n ", "empty", null)]
    [TestCase("[1, 2]", "JSON value is an array", null)]
    [TestCase("\"text\"", "JSON value is a string", null)]
    public void Validate_UnreadableDocument_GivesOneErrorWithThePosition(string json, string says, string? position)
    {
        ValidationReport report = Validators.Full.Validate(json);

        report.IsValid.Should().BeFalse();
        ValidationFinding finding = report.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be("P3-JSON-00");
        finding.Severity.Should().Be(ValidationSeverity.Error);
        finding.Message.Should().Contain(says);
        if (position is not null)
        {
            finding.Message.Should().Contain(position);
            finding.Pointer.Should().Be("/items");
        }
    }

    [Test]
    public void Validate_InvalidUtf8_GivesOneErrorWithThePosition()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("{\"type\": \"Manifest\", \"label\": {\"en\": [\"abc\"]}}");
        bytes[Array.IndexOf(bytes, (byte)'b', 30)] = 0xC0;

        ValidationReport report = Validators.Full.Validate(bytes);

        ValidationFinding finding = report.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be("P3-JSON-00");
        finding.Message.Should().Contain("not valid UTF-8").And.Contain("line 1");
        finding.Pointer.Should().Be("/label/en/0");
    }

    [Test]
    public void Validate_DocumentsOfABatch_NeverThrowForBadInput()
    {
        string[] inputs = ["", "{", "nul", "{\"a\": \"\\ud800\"}", "[]", "{}", "{\"@context\": 5}", "{\"type\": 5, \"items\": 7}"];

        foreach (string input in inputs)
        {
            FluentActions.Invoking(() => Validators.Full.Validate(input)).Should().NotThrow(input);
        }
    }

    [Test]
    public void Validate_Model_IsCheckedAsItWouldBeWritten()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>(Fixture("P3-DIM-03", "fail-1.json"));

        ValidationReport report = Validators.Full.Validate(manifest);

        report.Findings.Should().ContainSingle(f => f.Code == "P3-DIM-03").Which.Pointer.Should().Be("/items/0");
    }

    [Test]
    public void Validate_StreamAndAsync_GiveTheSameReportAsBytes()
    {
        byte[] json = File.ReadAllBytes(RepositoryFiles.Path("fixtures/validation/P3-BEH-03/fail-1.json"));

        ValidationReport fromBytes = Validators.Full.Validate(json);
        ValidationReport fromStream = Validators.Full.Validate(new TrickleStream(json));
        ValidationReport fromAsync = Validators.Full.ValidateAsync(new TrickleStream(json)).GetAwaiter().GetResult();

        fromStream.ToString().Should().Be(fromBytes.ToString());
        fromAsync.ToString().Should().Be(fromBytes.ToString());
    }

    [Test]
    public void Layers_ChooseWhichFindingsAppear()
    {
        string json = Fixture("P3-SCHEMA-06", "fail-1.json");

        ValidationReport schema = Validators.Full.Validate(json, Validators.SchemaOnly);
        ValidationReport semantic = Validators.Full.Validate(json, Validators.SemanticOnly);
        ValidationReport both = Validators.Full.Validate(json);

        schema.Findings.Should().OnlyContain(f => f.Layer == ValidationLayer.Schema).And.NotBeEmpty();
        semantic.Findings.Should().OnlyContain(f => f.Layer == ValidationLayer.Semantic).And.ContainSingle(f => f.Code == "P3-RIGHTS-02");
        both.Findings.Should().ContainSingle(f => f.Code == "P3-RIGHTS-02");
        both.Findings.Should().NotContain(f => f.Code == "P3-SCHEMA-00");
        schema.Layers.Should().Be(ValidationLayers.Schema);
    }

    [Test]
    public void ValidatorWithoutSchema_RunsTheSemanticRulesAndRefusesTheSchemaLayer()
    {
        var validator = new IiifValidator();
        string json = Fixture("P3-DIM-02", "fail-1.json");

        validator.Validate(json, Validators.SemanticOnly).Findings.Should().Contain(f => f.Code == "P3-DIM-02");
        FluentActions.Invoking(() => validator.Validate(json)).Should().Throw<InvalidOperationException>().WithMessage("*no schema*");
        validator.Schema.Should().BeNull();
    }

    [Test]
    public void TreatWarningsAsErrors_MakesAWarningAnError()
    {
        string json = Fixture("P3-DESC-03", "fail-1.json");

        ValidationReport normal = Validators.Full.Validate(json);
        ValidationReport strict = Validators.Full.Validate(json, new ValidationOptions { TreatWarningsAsErrors = true });

        normal.IsValid.Should().BeTrue();
        normal.WarningCount.Should().Be(1);
        strict.IsValid.Should().BeFalse();
        strict.Findings.Should().ContainSingle(f => f.Code == "P3-DESC-03").Which.Severity.Should().Be(ValidationSeverity.Error);
    }

    [Test]
    public void Validate_ManyThreadsAtOnce_GiveTheSameReports()
    {
        List<string> files = Directory.GetDirectories(RepositoryFiles.Path("fixtures/validation"))
            .SelectMany(d => Directory.GetFiles(d, "*.json")).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Dictionary<string, string> sequential = files.ToDictionary(f => f, f => Validators.Full.Validate(File.ReadAllBytes(f)).ToString());

        var parallel = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        Parallel.ForEach(files.Concat(files), new ParallelOptions { MaxDegreeOfParallelism = 8 }, f =>
        {
            string report = Validators.Full.Validate(File.ReadAllBytes(f)).ToString();
            parallel.AddOrUpdate(f, report, (_, previous) => previous == report ? report : "DIFFERENT");
        });

        parallel.Should().BeEquivalentTo(sequential);
    }

    [Test]
    public void Findings_PointAtKeysWithSlashesAndTildesAsRfc6901Says()
    {
        string json = Fixture("P3-CTX-01", "pass-1.json").Replace("\"type\": \"Manifest\",", "\"type\": \"Manifest\", \"a/b~c\": 1,", StringComparison.Ordinal);

        ValidationReport report = Validators.Full.Validate(json);

        report.Findings.Should().Contain(f => f.Code == "P3-CTX-06" && f.Pointer == "/a~1b~0c");
    }

    [Test]
    public void LargeManifest_OneBrokenCanvas_IsFoundAtItsPlace()
    {
        JsonNode manifest = JsonNode.Parse(File.ReadAllText(CorpusFiles.Path("synthetic/big-10000.json")))!;
        manifest["items"]![5000]!["width"] = "wide";

        ValidationReport report = Validators.Full.Validate(manifest.ToJsonString(), Validators.SchemaOnly);

        report.IsValid.Should().BeFalse();
        report.Findings.Should().Contain(f => f.Pointer == "/items/5000/width" && f.Message.Contains("integer", StringComparison.Ordinal));
        report.Findings.Should().OnlyContain(f => f.Pointer.StartsWith("/items/5000", StringComparison.Ordinal));
    }

    [Test]
    public void LargeManifest_ManyBrokenCanvases_ShowsTheFirstInDetailAndCountsTheRest()
    {
        var manifest = new JsonObject
        {
            ["@context"] = "http://iiif.io/api/presentation/3/context.json",
            ["id"] = "https://example.org/m",
            ["type"] = "Manifest",
            ["label"] = new JsonObject { ["en"] = new JsonArray("Many") },
        };
        var items = new JsonArray();
        for (int i = 0; i < 120; i++)
        {
            items.Add(new JsonObject { ["id"] = $"https://example.org/c/{i}", ["type"] = "Canvas", ["width"] = -1, ["height"] = 10, ["items"] = new JsonArray() });
        }

        manifest["items"] = items;

        ValidationReport report = Validators.Full.Validate(manifest.ToJsonString(), Validators.SchemaOnly);

        report.Findings.Select(f => f.Pointer).Should().Contain("/items/0/width").And.Contain("/items/49/width").And.NotContain("/items/50/width");
        report.Findings.Should().Contain(f => f.Pointer == "/items" && f.Message.Contains("70 more of the 120 items", StringComparison.Ordinal));
    }

    [Test]
    public void Report_SaysVersionTypeAndCounts()
    {
        ValidationReport report = Validators.Full.Validate(Fixture("P3-NAV-02", "fail-1.json"));

        report.Version.Should().Be("3");
        report.Type.Should().Be("Manifest");
        report.InfoCount.Should().Be(1);
        report.ToString().Should().StartWith("valid: 0 errors, 0 warnings, 1 infos").And.Contain("info P3-NAV-02 at /navDate");
    }
}
