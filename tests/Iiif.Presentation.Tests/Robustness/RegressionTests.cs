using System;
using System.Linq;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Robustness;

/// <summary>Bugs the bad-input mutation tests found (issue 8), each as the smallest input that showed it.</summary>
[TestFixture]
public sealed class RegressionTests
{
    [Test]
    public void Issue8_LoneSurrogateCharacterInAString_ExceptionNamesPathAndPosition()
    {
        string json = "{\"type\": \"Manifest\",\n \"label\": {\"en\": [\"a\uD800b\"]}}";

        foreach (Action read in new Action[] { () => IiifJson.Parse(json), () => IiifUpgrader.Upgrade(json) })
        {
            IiifJsonException exception = read.Should().Throw<IiifJsonException>().Which;
            exception.Message.Should().Contain("lone surrogate");
            exception.Path.Should().Be("$.label.en[0]");
            exception.LineNumber.Should().Be(1);
            exception.BytePositionInLine.Should().Be(20);
            exception.BytePosition.Should().Be(41);
        }
    }

    [Test]
    public void Issue8_DuplicateKeyInALanguageMap_ValidatorReportsIt()
    {
        ValidationReport report = Validators.Full.Validate(
            "{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\", \"type\": \"Manifest\", " +
            "\"label\": {\"en\": [\"a\"], \"en\": [\"a\"]}, \"items\": []}");

        report.IsValid.Should().BeFalse();
        report.Findings.Should().ContainSingle(f => f.Code == "P3-JSON-00").Which.Pointer.Should().Be("/label/en");
    }

    [Test]
    public void Issue8_CanvasGivenAsAString_ValidatorReportsInsteadOfThrowing()
    {
        ValidationReport report = Validators.Full.Validate(
            "{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\", \"type\": \"Manifest\", " +
            "\"label\": {\"en\": [\"a\"]}, \"items\": [\"https://example.org/c\"]}");

        report.IsValid.Should().BeFalse();
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Issue8_ValueNestedDeeperThanTheSchemaLibraryWrites_ValidatorReportsInsteadOfThrowing(bool manyItems)
    {
        string items = string.Join(", ", Enumerable.Range(0, manyItems ? 70 : 1).Select(i =>
            $"{{\"id\": \"https://example.org/c{i}\", \"type\": \"Canvas\", \"height\": 1, \"width\": 1, \"items\": []}}"));
        string json = "{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\", \"type\": \"Manifest\", " +
            $"\"label\": {{\"en\": [\"a\"]}}, \"viewingDirection\": {BadInput.Nested(100, arrays: true)}, \"items\": [{items}]}}";

        ValidationReport report = Validators.Full.Validate(json);

        report.IsValid.Should().BeFalse();
    }

    [Test]
    public void Issue14_AnnotationCollectionWithManyItemsFailingTheSchema_ValidatorReportsInsteadOfThrowing()
    {
        // The schema layer checks the items of a large document one by one, but the schema has no items
        // for an AnnotationCollection: it used to look that part up and throw RefResolutionException.
        string pages = string.Join(", ", Enumerable.Range(0, 70).Select(i => $"{{\"id\": \"https://example.org/p{i}\", \"type\": \"AnnotationPage\"}}"));
        string json = "{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/ac\", " +
            $"\"type\": \"AnnotationCollection\", \"label\": \"not a language map\", \"items\": [{pages}]}}";

        ValidationReport report = Validators.Full.Validate(json, Validators.SchemaOnly);

        report.IsValid.Should().BeFalse();
        report.Findings.Should().Contain(f => f.Code == "P3-SCHEMA-00" && f.Pointer == "/label");
    }

    [Test]
    public void Issue8_ContextNestedDeeperThan64_UpgradeReadsIt()
    {
        string json = "{\"@context\": [\"http://iiif.io/api/presentation/2/context.json\", {\"x\": " + BadInput.Nested(100, arrays: true) + "}], " +
            "\"@id\": \"https://example.org/m\", \"@type\": \"sc:Manifest\", \"label\": \"a\"}";

        UpgradeResult result = IiifUpgrader.Upgrade(json);

        IiifJson.Serialize(result.Resource, new IiifWriteOptions { Indented = false }).Should().Contain("{\"x\":[[[[");
    }

    [Test]
    public void Issue8_UpgradeOutputDeeperThanTheReaderTakes_UpgradesWithNoDepthLimitOfItsOwn()
    {
        // 256 levels in, within the limit; the upgrader puts the @context in an array, one level more. The
        // upgrader builds the model without writing and reading it again, so it takes what the input allows;
        // reading the output back needs the one level more.
        string json = "{\"@context\": " + BadInput.Nested(255, arrays: false) + ", " +
            "\"@id\": \"https://example.org/m\", \"@type\": \"sc:Manifest\", \"label\": \"a\"}";

        string output = IiifJson.Serialize(IiifUpgrader.Upgrade(json).Resource);

        FluentActions.Invoking(() => IiifJson.Parse(output)).Should().Throw<IiifJsonException>().WithMessage("*depth*");
        IiifJson.Serialize(IiifJson.Parse(output, new IiifReadOptions { MaxDepth = 257 })).Should().Be(output);
    }
}
