using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Cli;

[TestFixture]
public sealed class InfoCommandTests
{
    [Test]
    public void Info_Manifest_PrintsTypeVersionIdLabelCountsDurationAndImageServices()
    {
        CliRun run = CliRun.Of("info", RepositoryFiles.Path("fixtures/serialization/kitchen-sink-manifest.json"));

        run.ExitCode.Should().Be(0);
        run.Output.Should().ContainAll(
            "Type:             Manifest",
            "Version:          3",
            "Id:               https://example.org/iiif/book/manifest",
            "Label:            Book of Hours [en]",
            "Canvases:         3",
            "Ranges:           3",
            "Annotation pages: 6",
            "Annotations:      7",
            "Duration:         93.5 s",
            "Image services:   1 × Image API 2, 1 × Image API 3");
    }

    [Test]
    public void Info_Json_PrintsOneObjectWithTheSameFacts()
    {
        CliRun run = CliRun.Of("info", "--json", RepositoryFiles.Path("fixtures/serialization/kitchen-sink-manifest.json"));

        run.ExitCode.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        root.GetProperty("type").GetString().Should().Be("Manifest");
        root.GetProperty("version").GetString().Should().Be("3");
        root.GetProperty("label").GetString().Should().Be("Book of Hours");
        root.GetProperty("counts").GetProperty("canvases").GetInt32().Should().Be(3);
        root.GetProperty("counts").GetProperty("ranges").GetInt32().Should().Be(3);
        root.GetProperty("counts").GetProperty("annotationPages").GetInt32().Should().Be(6);
        root.GetProperty("counts").GetProperty("annotations").GetInt32().Should().Be(7);
        root.GetProperty("duration").GetDouble().Should().Be(93.5);
        root.GetProperty("imageServices").GetProperty("total").GetInt32().Should().Be(2);
        root.GetProperty("imageServices").GetProperty("byVersion").GetProperty("2").GetInt32().Should().Be(1);
    }

    [Test]
    public void Info_SyntheticManifest_CountsTenThousandCanvases()
    {
        CliRun run = CliRun.Of("info", "--json", CorpusFiles.Path("synthetic/big-10000.json"));

        run.ExitCode.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement counts = json.RootElement.GetProperty("counts");
        counts.GetProperty("canvases").GetInt32().Should().Be(10000);
        counts.GetProperty("ranges").GetInt32().Should().Be(100);
        counts.GetProperty("annotations").GetInt32().Should().Be(10000);
        json.RootElement.GetProperty("imageServices").GetProperty("byVersion").GetProperty("3").GetInt32().Should().Be(20001);
    }

    [Test]
    public void Info_Collection_CountsItsManifestsAndCollections()
    {
        CliRun run = CliRun.Of("info", RepositoryFiles.Path("fixtures/serialization/collection.json"));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Manifests:        1").And.Contain("Collections:      1");
    }

    [Test]
    public void Info_Presentation2Document_IsReportedAsSuch()
    {
        CliRun run = CliRun.Of("info", CorpusFiles.Path("v2/cookbook/0057-publishing-v2-and-v3__manifest-v2.json"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Presentation 2").And.Contain("iiif upgrade");
    }
}
