using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Robustness;

/// <summary>
/// What the library does with bad input, one test per policy (docs/design-notes.md, "Bad input"): reading
/// (<see cref="IiifJson"/>), validating (<see cref="IiifValidator"/>) and upgrading (<see cref="IiifUpgrader"/>).
/// </summary>
[TestFixture]
public sealed class BadInputPolicyTests
{
    private const string Canvas = "{\"id\": \"https://example.org/c\", \"type\": \"Canvas\", \"height\": 10, \"width\": 20, \"items\": []}";

    // ---- duplicate keys ---------------------------------------------------------------------------

    [TestCase("{\"type\": \"Manifest\", \"type\": \"Manifest\"}", "$.type")]
    [TestCase("{\"type\": \"Manifest\", \"label\": {\"en\": [\"a\"], \"en\": [\"b\"]}}", "$.label.en")]
    [TestCase("{\"type\": \"Manifest\", \"x-extension\": {\"a\": 1, \"a\": 1}}", "$['x-extension'].a")]
    [TestCase("{\"type\": \"Manifest\", \"service\": [{\"id\": \"s\", \"type\": \"X\", \"profile\": 1, \"profile\": 2}]}", "$.service[0].profile")]
    public void DuplicateKey_AnywhereInTheDocument_ReadThrowsNamingTheKey(string json, string path)
    {
        IiifJsonException exception = FluentActions.Invoking(() => IiifJson.Parse(json)).Should().Throw<IiifJsonException>().Which;

        exception.Message.Should().Contain("appears twice");
        exception.Path.Should().Be(path);
    }

    [TestCase("{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\", \"type\": \"Manifest\", \"label\": {\"en\": [\"a\"], \"en\": [\"b\"]}, \"items\": []}", "/label/en")]
    [TestCase("{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\", \"type\": \"Manifest\", \"label\": {\"en\": [\"a\"]}, \"items\": [], \"x\": [{\"a\": 1, \"a\": 1}]}", "/x/0/a")]
    [TestCase("{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\", \"id\": \"https://example.org/m\", \"type\": \"Manifest\", \"label\": {\"en\": [\"a\"]}, \"items\": []}", "/id")]
    public void DuplicateKey_AnywhereInTheDocument_ValidatorReportsJson00Once(string json, string pointer)
    {
        ValidationReport report = Validators.Full.Validate(json);

        report.IsValid.Should().BeFalse();
        report.Findings.Where(f => f.Code == "P3-JSON-00").Should().ContainSingle().Which.Pointer.Should().Be(pointer);
    }

    [TestCase("{\"a\": 1, \"a\": 2}", "$.a")]
    [TestCase("[1, {\"b\": [{}, {\"c\": 1, \"c\": 1}]}]", "$[1].b[1].c")]
    public void DuplicateKey_InAJsonElementPutIntoExtensionData_IsRefusedWithItsPath(string json, string path)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var manifest = new Manifest("https://example.org/m");

        FluentActions.Invoking(() => manifest.ExtensionData.Add("x-value", document.RootElement))
            .Should().Throw<ArgumentException>().WithMessage($"*twice*(at {path})*");
        FluentActions.Invoking(() => manifest.ExtensionData["x-value"] = document.RootElement)
            .Should().Throw<ArgumentException>().WithMessage($"*twice*(at {path})*");
        manifest.ExtensionData.Count.Should().Be(0);
    }

    [Test]
    public void DuplicateKey_None_ExtensionValueIsWrittenAndReadBack()
    {
        using JsonDocument document = JsonDocument.Parse("{\"a\": {\"a\": [{\"a\": 1}, {\"a\": 2}]}, \"b\": 1}");
        var manifest = new Manifest("https://example.org/m");
        manifest.ExtensionData.Add("x-value", document.RootElement);

        string json = IiifJson.Serialize(manifest);

        IiifJson.Serialize(IiifJson.Parse(json)).Should().Be(json);
    }

    [TestCase("{\"@context\": \"http://iiif.io/api/presentation/2/context.json\", \"@id\": \"https://example.org/m\", \"@type\": \"sc:Manifest\", \"label\": \"a\", \"label\": \"b\"}", "$.label")]
    [TestCase("{\"@context\": \"http://iiif.io/api/presentation/2/context.json\", \"@id\": \"https://example.org/m\", \"@type\": \"sc:Manifest\", \"metadata\": [{\"label\": \"a\", \"value\": \"b\", \"value\": \"c\"}]}", "$.metadata[0].value")]
    public void DuplicateKey_InAPresentation2Document_UpgradeThrowsNamingTheKey(string json, string path)
    {
        IiifJsonException exception = FluentActions.Invoking(() => IiifUpgrader.Upgrade(json)).Should().Throw<IiifJsonException>().Which;

        exception.Message.Should().Contain("appears twice");
        exception.Path.Should().Be(path);
    }

    // ---- numbers ----------------------------------------------------------------------------------

    [TestCase("1e400")]
    [TestCase("-1.7976931348623157e309")]
    [TestCase("1E-400")]
    [TestCase("9223372036854775808")]
    [TestCase("-18446744073709551616")]
    [TestCase("12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890")]
    public void NumberBeyondTheModelsType_IsKeptAsWrittenAndReportedByTheValidator(string number)
    {
        foreach (string property in new[] { "width", "height", "duration", "x-number" })
        {
            string json = Canvas.Replace("\"items\"", $"\"{property}\": {number}, \"items\"", StringComparison.Ordinal)
                .Replace($"\"{property}\": 10, ", string.Empty, StringComparison.Ordinal)
                .Replace($"\"{property}\": 20, ", string.Empty, StringComparison.Ordinal);

            var canvas = (Canvas)IiifJson.Parse(json);
            string written = IiifJson.Serialize(canvas, new IiifWriteOptions { Indented = false });

            written.Should().Contain($"\"{property}\":{number}", "the number is written back as it was read");
            IiifJson.Serialize(IiifJson.Parse(written), new IiifWriteOptions { Indented = false }).Should().Be(written);
            if (property == "width")
            {
                canvas.Width.Should().BeNull("the typed property holds only what an int can");
            }

            if (property != "x-number" && property != "duration")
            {
                Validators.Full.Validate(json).IsValid.Should().BeFalse($"{property} {number} is no integer the spec allows");
            }
            else
            {
                Validators.Full.Validate(json).Should().NotBeNull();
            }
        }
    }

    [TestCase("-0", "width", "0")]
    [TestCase("-0", "duration", "-0")]
    [TestCase("-0.0", "duration", "-0")]
    [TestCase("20.0", "width", "20")]
    [TestCase("2e1", "width", "20")]
    [TestCase("20.0000000000000001", "width", "20.0000000000000001")]
    [TestCase("1E-400", "duration", "1E-400")]
    [TestCase("0e-400", "duration", "0")]
    public void NumberTheModelHoldsExactly_IsReadAsTheNumber_OtherwiseKeptAsWritten(string number, string property, string expected)
    {
        string json = Canvas.Replace("\"width\": 20", $"\"{property}\": {number}", StringComparison.Ordinal);

        string written = IiifJson.Serialize(IiifJson.Parse(json), new IiifWriteOptions { Indented = false });

        written.Should().Contain($"\"{property}\":{expected}");
        IiifJson.Serialize(IiifJson.Parse(written), new IiifWriteOptions { Indented = false }).Should().Be(written);
    }

    // ---- null where a value is expected ------------------------------------------------------------

    [TestCase("id")]
    [TestCase("type")]
    [TestCase("label")]
    [TestCase("width")]
    [TestCase("items")]
    [TestCase("service")]
    [TestCase("behavior")]
    public void NullWhereAValueIsExpected_IsKeptWrittenBackAndReportedByTheValidator(string property)
    {
        string json = "{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/c\", \"type\": \"Canvas\", \"label\": {\"en\": [\"c\"]}, \"height\": 10, \"width\": 20, \"items\": [], \"service\": [], \"behavior\": []}";
        int at = json.IndexOf($"\"{property}\": ", StringComparison.Ordinal) + property.Length + 4;
        int end = json.IndexOfAny([',', '}'], json[at] == '{' ? json.IndexOf('}', at) + 1 : at);
        json = string.Concat(json.AsSpan(0, at), "null", json.AsSpan(end));

        string written = IiifJson.Serialize(IiifJson.Parse(json), new IiifWriteOptions { Indented = false });

        written.Should().Contain($"\"{property}\":null");
        IiifJson.Serialize(IiifJson.Parse(written), new IiifWriteOptions { Indented = false }).Should().Be(written);
        Validators.Full.Validate(json).IsValid.Should().BeFalse();
    }

    [Test]
    public void NullAsTheDocumentOrAnItem_DocumentThrowsAndItemIsKept()
    {
        FluentActions.Invoking(() => IiifJson.Parse("null")).Should().Throw<IiifJsonException>().WithMessage("*must be a JSON object*");
        Validators.Full.Validate("null").Findings.Should().ContainSingle().Which.Code.Should().Be("P3-JSON-00");

        string written = IiifJson.Serialize(IiifJson.Parse("{\"type\": \"Manifest\", \"items\": [null, {\"type\": \"Canvas\"}]}"), new IiifWriteOptions { Indented = false });

        written.Should().Be("{\"type\":\"Manifest\",\"items\":[null,{\"type\":\"Canvas\"}]}");
    }

    // ---- empty document ----------------------------------------------------------------------------

    [TestCase("")]
    [TestCase(" \r\n\t ")]
    [TestCase("\uFEFF")]
    [TestCase("\uFEFF  \n")]
    public void EmptyOrWhitespaceOnlyDocument_ReadAndUpgradeThrowAtItsEnd_ValidatorReportsJson00(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        foreach (Action read in new Action[]
        {
            () => IiifJson.Parse(json),
            () => IiifJson.Parse(bytes),
            () => IiifJson.Parse(new MemoryStream(bytes)),
            () => IiifJson.ParseAsync(new MemoryStream(bytes)).AsTask().GetAwaiter().GetResult(),
            () => IiifUpgrader.Upgrade(json),
        })
        {
            IiifJsonException exception = read.Should().Throw<IiifJsonException>().Which;
            exception.Message.Should().Contain("empty");
            exception.Path.Should().Be("$");
            exception.BytePosition.Should().Be(bytes.Length);
        }

        Validators.Full.Validate(bytes).Findings.Should().ContainSingle().Which.Code.Should().Be("P3-JSON-00");
    }

    // ---- nesting -----------------------------------------------------------------------------------

    [TestCase(true, false)]
    [TestCase(false, false)]
    [TestCase(true, true)]
    [TestCase(false, true)]
    public void NestingTenThousandDeep_ReadAndUpgradeThrow_ValidatorReportsJson00_NoStackOverflow(bool arrays, bool insideAResource)
    {
        string nested = BadInput.Nested(10_000, arrays);
        string json = insideAResource
            ? "{\"@context\": \"http://iiif.io/api/presentation/2/context.json\", \"@type\": \"sc:Manifest\", \"x\": " + nested + "}"
            : nested;

        // A thread-pool thread: the smaller stack a server would read on.
        Task.Run(() =>
        {
            foreach (Action read in new Action[]
            {
                () => IiifJson.Parse(json),
                () => IiifJson.Parse(json, new IiifReadOptions { UpgradeFromV2 = false }),
                () => IiifUpgrader.Upgrade(json),
            })
            {
                IiifJsonException exception = read.Should().Throw<IiifJsonException>().Which;
                exception.Message.Should().ContainAny("depth", "must be a JSON object", "Presentation 2");
            }

            Validators.Full.Validate(json).Findings.Should().ContainSingle().Which.Code.Should().Be("P3-JSON-00");
        }).GetAwaiter().GetResult();
    }

    [Test]
    public void RangesNestedBeyondTheStack_UnderARaisedMaxDepth_ThrowIiifJsonExceptionNotStackOverflow()
    {
        string ranges = "{\"type\": \"Manifest\", \"structures\": [" + BadInput.NestedRanges(50_000) + "]}";
        var options = new IiifReadOptions { MaxDepth = 200_000 };

        IiifJsonException exception = Task.Run(() => FluentActions.Invoking(() => IiifJson.Parse(ranges, options))
            .Should().Throw<IiifJsonException>().Which).GetAwaiter().GetResult();

        exception.Message.Should().Contain("too deeply for this thread's stack");
        exception.Path.Should().StartWith("$.structures[0].items[0].items[0]");
    }

    [Test]
    public void ModelNestedBeyondTheWritersDepth_WriteThrowsInvalidOperationException()
    {
        IiifResource deep = IiifJson.Parse(BadInput.NestedRanges(601), new IiifReadOptions { MaxDepth = 2000 });

        FluentActions.Invoking(() => IiifJson.Serialize(deep)).Should().Throw<InvalidOperationException>().WithMessage("*depth*");
    }
}
