using System;
using System.IO;
using System.Text;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Serialization;

public sealed partial class IiifJsonTests
{
    [TestCase("{\"@context\": \"http://iiif.io/api/presentation/2/context.json\", \"@type\": \"sc:Manifest\"}")]
    [TestCase("{\"@type\": \"sc:Manifest\"}")]
    public void Read_Presentation2WithUpgradeOff_ThrowsSayingSo(string json)
    {
        Action read = () => IiifJson.Deserialize<Manifest>(json, new IiifReadOptions { UpgradeFromV2 = false });

        read.Should().Throw<IiifJsonException>().WithMessage("*Presentation 2*")
            .Which.Path.Should().Be("$");
    }

    [Test]
    public void Read_Presentation2ByDefault_IsUpgraded()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>(
            "{\"@context\": \"http://iiif.io/api/presentation/2/context.json\", \"@id\": \"https://example.org/m\", \"@type\": \"sc:Manifest\", \"label\": \"Book\"}");

        manifest.Id.Should().Be("https://example.org/m");
        manifest.Label!["none"].Should().Equal("Book");
    }

    [Test]
    public void Read_Presentation2CollectionAsManifest_ThrowsNamingTheType()
    {
        Action read = () => IiifJson.Deserialize<Manifest>("{\"@context\": \"http://iiif.io/api/presentation/2/context.json\", \"@id\": \"https://example.org/c\", \"@type\": \"sc:Collection\"}");

        read.Should().Throw<IiifJsonException>().WithMessage("*Collection*");
    }

    [TestCase("", "empty", "$", 0, 0)]
    [TestCase("   \n  ", "empty", "$", 1, 2)]
    [TestCase("[1, 2]", "must be a JSON object", "$", 0, 0)]
    [TestCase("\"text\"", "must be a JSON object", "$", 0, 0)]
    [TestCase("{\"type\": \"Manifest\",\n \"label\": {\"en\": [\"x\"]}", "end", "$", 1, 23)]
    [TestCase("{\"type\": \"Manifest\", \"items\": [}", "invalid start of a value", "$.items", 0, 31)]
    [TestCase("{\"type\": \"Manifest\"} extra", "after a single JSON value", "$", 0, 21)]
    [TestCase("{\"id\": \"a\",\n\"id\": \"b\"}", "appears twice", "$.id", 1, 6)]
    [TestCase("{\"type\": \"Manifest\", \"label\": {\"en\": [\"a\"], \"en\": [\"b\"]}}", "appears twice", "$.label.en", 0, 44)]
    [TestCase("{\"x\": 1, \"x\": 2}", "appears twice", "$.x", 0, 14)]
    [TestCase("{\"type\": \"Manifest\", \"label\": {\"en\": [\"\\ud800\"]}}", "lone surrogate", "$.label.en[0]", 0, 39)]
    [TestCase("{\"type\": \"Collection\"}", "not Manifest", "$", 0, 0)]
    public void Read_InputTheModelCannotRepresent_ThrowsWithPathAndPosition(string json, string message, string path, int line, int column)
    {
        Action read = () => IiifJson.Deserialize<Manifest>(json);

        IiifJsonException exception = read.Should().Throw<IiifJsonException>().Which;
        exception.Message.Should().Contain(message);
        exception.Path.Should().Be(path);
        exception.LineNumber.Should().Be(line);
        exception.BytePositionInLine.Should().Be(column);
        exception.Message.Should().EndWith($"Path: {path} | LineNumber: {line} | BytePositionInLine: {column}.");
    }

    [Test]
    public void Read_InvalidUtf8_ThrowsWithTheByteAndItsPlace()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("{\"type\": \"Manifest\",\n \"label\": {\"en\": [\"abc\"]}}");
        bytes[Encoding.UTF8.GetString(bytes).IndexOf("abc", StringComparison.Ordinal) + 1] = 0xFF;

        IiifJsonException exception = FluentActions.Invoking(() => IiifJson.Parse(bytes))
            .Should().Throw<IiifJsonException>().Which;

        exception.Message.Should().Contain("not valid UTF-8").And.Contain("0xFF");
        exception.Path.Should().Be("$.label.en[0]");
        exception.LineNumber.Should().Be(1);
        exception.BytePositionInLine.Should().Be(20);
        exception.BytePosition.Should().Be(41);
    }

    [Test]
    public void Read_StringWithALoneSurrogate_Throws()
    {
        string json = "{\"type\": \"Manifest\", \"label\": \"a\uD800b\"}";

        FluentActions.Invoking(() => IiifJson.Parse(json))
            .Should().Throw<IiifJsonException>().WithMessage("*lone surrogate*");
    }

    [Test]
    public void Read_ByteOrderMark_CountsInThePosition()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("[1]")];

        IiifJsonException exception = FluentActions.Invoking(() => IiifJson.Parse(bytes))
            .Should().Throw<IiifJsonException>().Which;

        exception.BytePositionInLine.Should().Be(3);
        exception.BytePosition.Should().Be(3);
    }

    [Test]
    public void Read_NestingDeeperThanTheLimit_ThrowsInsteadOfOverflowingTheStack()
    {
        var json = new StringBuilder("{\"type\": \"Manifest\", \"structures\": [");
        for (int i = 0; i < 200; i++)
        {
            json.Append("{\"type\": \"Range\", \"items\": [");
        }

        IiifJsonException exception = FluentActions.Invoking(() => IiifJson.Parse(json.ToString()))
            .Should().Throw<IiifJsonException>().Which;

        exception.Message.Should().Contain("depth of 256");
        exception.Path.Should().StartWith("$.structures[0].items[0].items[0]");
    }

    [Test]
    public void Read_NestingWithinARaisedLimit_Reads()
    {
        var json = new StringBuilder("{\"type\": \"Range\", \"items\": [");
        for (int i = 0; i < 200; i++)
        {
            json.Append("{\"type\": \"Range\", \"items\": [");
        }

        for (int i = 0; i < 201; i++)
        {
            json.Append("]}");
        }

        var range = (IiifRange)IiifJson.Parse(json.ToString(), new IiifReadOptions { MaxDepth = 1000 });

        int depth = 0;
        for (IiifRange current = range; current.Items.Count > 0; current = (IiifRange)current.Items[0])
        {
            depth++;
        }

        depth.Should().Be(200);
    }

    [Test]
    public void ReadOptions_MaxDepthBelowOne_IsRefused()
    {
        FluentActions.Invoking(() => new IiifReadOptions { MaxDepth = 0 })
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Read_NullArguments_ThrowArgumentNullException()
    {
        FluentActions.Invoking(() => IiifJson.Parse((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => IiifJson.Parse((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => IiifJson.Serialize(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Read_Stream_ReportsTheSameErrorAsBytes([Values] ReaderMode mode)
    {
        FluentActions.Invoking(() => Reader.Parse("{\"type\": \"Manifest\", \"items\": [1,", mode))
            .Should().Throw<IiifJsonException>().Which.Path.Should().Be("$.items[0]", "the error follows the first item");
    }
}
