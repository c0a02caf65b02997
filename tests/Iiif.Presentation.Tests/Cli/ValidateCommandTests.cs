using System.IO;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Cli;

[TestFixture]
public sealed class ValidateCommandTests
{
    private static readonly string s_schema = CorpusSchema();
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("iiif-validate-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Validate_ValidDocument_ExitsWith0()
    {
        CliRun run = CliRun.Of("validate", "--schema", s_schema, Fixture("P3-CTX-01/pass-1.json"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("pass-1.json: valid (0 errors, 0 warnings)").And.Contain("1 document: 1 valid, 0 not");
    }

    [Test]
    public void Validate_Folder_ReportsEveryFileAndExitsWith1WhenOneIsInvalid()
    {
        CliRun run = CliRun.Of("validate", "--schema", s_schema, RepositoryFiles.Path("fixtures/validation/P3-DIM-02"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("fail-1.json: INVALID").And.Contain("pass-1.json: valid")
            .And.Contain("error P3-DIM-02 at /items/0: ").And.Contain("[§ 3.2 height, width]");
    }

    [Test]
    public void Validate_Json_PrintsOneObjectWithDocumentsAndSummary()
    {
        string broken = Path.Combine(_directory, "broken.json");
        File.WriteAllText(broken, "{\"type\": ");

        CliRun run = CliRun.Of("validate", "--json", "--schema", s_schema, Fixture("P3-DIM-02/fail-1.json"), Fixture("P3-CTX-01/pass-1.json"), broken);

        run.ExitCode.Should().Be(1);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement documents = json.RootElement.GetProperty("documents");
        documents.GetArrayLength().Should().Be(3);
        documents[0].GetProperty("valid").GetBoolean().Should().BeFalse();
        documents[0].GetProperty("version").GetString().Should().Be("3");
        documents[0].GetProperty("type").GetString().Should().Be("Manifest");
        JsonElement finding = documents[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "P3-DIM-02");
        finding.GetProperty("severity").GetString().Should().Be("error");
        finding.GetProperty("layer").GetString().Should().Be("semantic");
        finding.GetProperty("pointer").GetString().Should().Be("/items/0");
        finding.GetProperty("section").GetString().Should().Be("3.2 height, width");
        documents[1].GetProperty("valid").GetBoolean().Should().BeTrue();
        documents[2].GetProperty("valid").GetBoolean().Should().BeFalse();
        documents[2].GetProperty("version").ValueKind.Should().Be(JsonValueKind.Null);
        documents[2].GetProperty("findings")[0].GetProperty("code").GetString().Should().Be("P3-JSON-00");
        JsonElement summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("documents").GetInt32().Should().Be(3);
        summary.GetProperty("valid").GetInt32().Should().Be(1);
        summary.GetProperty("invalid").GetInt32().Should().Be(2);
        summary.GetProperty("errors").GetInt32().Should().BeGreaterThanOrEqualTo(3);
    }

    [Test]
    public void Validate_ManyFiles_ShowsProgressOnStandardError()
    {
        CliRun run = CliRun.Of("validate", "--semantic-only", RepositoryFiles.Path("fixtures/validation/P3-PROP-03"), RepositoryFiles.Path("fixtures/validation/P3-ID-03"));

        run.Error.Should().Contain("iiif: validated 6/6");
        run.Output.Should().NotContain("validated");
    }

    [Test]
    public void Validate_WarningsAsErrors_MakesAWarningFail()
    {
        string path = Fixture("P3-DESC-03/fail-1.json");

        CliRun.Of("validate", "--schema", s_schema, path).ExitCode.Should().Be(0);
        CliRun.Of("validate", "--schema", s_schema, "--warnings-as-errors", path).ExitCode.Should().Be(1);
    }

    [Test]
    public void Validate_SchemaOnly_GivesTheOfficialVerdict()
    {
        // The schema rejects an https CC licence; the spec's rules say so too, under their own code.
        string path = Fixture("P3-SCHEMA-06/fail-1.json");

        CliRun schemaOnly = CliRun.Of("validate", "--schema", s_schema, "--schema-only", path);
        CliRun semanticOnly = CliRun.Of("validate", "--semantic-only", path);

        schemaOnly.ExitCode.Should().Be(1);
        schemaOnly.Output.Should().Contain("P3-SCHEMA-00 at /rights").And.NotContain("P3-RIGHTS-02");
        semanticOnly.ExitCode.Should().Be(1);
        semanticOnly.Output.Should().Contain("P3-RIGHTS-02").And.NotContain("P3-SCHEMA-00");
    }

    [Test]
    public void Validate_Verbose_ListsSuppressedSchemaFindings()
    {
        CliRun run = CliRun.Of("validate", "--schema", s_schema, "--verbose", Fixture("P3-SCHEMA-01/fail-1.json"));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("(suppressed) info P3-SCHEMA-01 at /label/es-419");
    }

    [Test]
    public void Validate_Presentation2Document_SaysToUpgrade()
    {
        CliRun run = CliRun.Of("validate", "--schema", s_schema, CorpusFiles.Path("v2/cookbook/0057-publishing-v2-and-v3__manifest-v2.json"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("P3-CTX-03").And.Contain("iiif upgrade");
    }

    [TestCase("--schema-only", "--semantic-only")]
    public void Validate_ExclusiveOptions_AreAUsageError(string first, string second)
    {
        CliRun run = CliRun.Of("validate", first, second, Fixture("P3-CTX-01/pass-1.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("exclude each other");
    }

    [Test]
    public void Validate_MissingPath_IsAnIoError()
    {
        CliRun run = CliRun.Of("validate", "--semantic-only", Path.Combine(_directory, "nothing-here.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("no such file or folder");
    }

    [Test]
    public void Validate_SchemaFileThatIsNotJson_IsAnIoError()
    {
        string schema = Path.Combine(_directory, "schema.json");
        File.WriteAllText(schema, "not json");

        CliRun run = CliRun.Of("validate", "--schema", schema, Fixture("P3-CTX-01/pass-1.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("cannot get the schema");
    }

    private static string Fixture(string relative) => RepositoryFiles.Path($"fixtures/validation/{relative}");

    private static string CorpusSchema() => CorpusFiles.Root is null ? string.Empty : CorpusFiles.Path("schema/iiif_3_0.json");
}
