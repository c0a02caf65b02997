using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Cli;

[TestFixture]
public sealed class ContentStateCommandTests
{
    private const string Recipe0485 = "v3/cookbook/0485-contentstate-canvas-region__annotation.json";

    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() =>
        _directory = Directory.CreateTempSubdirectory("iiif-content-state-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Encode_CorpusContentState_PrintsTheEncodingOfItsText()
    {
        string path = CorpusFiles.Path(Recipe0485);

        CliRun run = CliRun.Of("content-state", "encode", path);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(ContentState.Encode(File.ReadAllText(path).Trim()) + "\n");
    }

    [Test]
    public void Encode_Compact_EncodesTheCompactCanonicalJson()
    {
        string path = CorpusFiles.Path(Recipe0485);

        CliRun run = CliRun.Of("content-state", "encode", "--compact", path);

        run.ExitCode.Should().Be(0, run.Error);
        string decoded = ContentState.Decode(run.Output.TrimEnd('\n'));
        decoded.Should().NotContain("\n").And.StartWith("{\"@context\":");
        JsonAssert.EquivalentIgnoringKeyOrder(File.ReadAllText(path), decoded);
    }

    [Test]
    public void Decode_EncodedCorpusContentState_PrintsCanonicalIndentedJson()
    {
        string json = File.ReadAllText(CorpusFiles.Path(Recipe0485));

        CliRun run = CliRun.Of("content-state", "decode", ContentState.Encode(json));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(IiifJson.Serialize(IiifJson.Parse(json)) + "\n");
    }

    [Test]
    public void EncodeThenDecode_ReferenceForm_WithAnnotationPrintsTheContentStateAnnotation()
    {
        string path = Path.Combine(_directory, "target.json");
        File.WriteAllText(
            path,
            """{ "id": "https://example.org/canvas/1#xywh=0,0,10,10", "type": "Canvas", "partOf": [{ "id": "https://example.org/manifest", "type": "Manifest" }] }""");

        CliRun encode = CliRun.Of("content-state", "encode", path);
        CliRun plain = CliRun.Of("content-state", "decode", encode.Output.Trim());
        CliRun annotation = CliRun.Of("content-state", "decode", "--annotation", encode.Output.Trim());

        encode.ExitCode.Should().Be(0, encode.Error);
        plain.ExitCode.Should().Be(0, plain.Error);
        plain.Output.Should().Contain("\"type\": \"Canvas\"").And.NotContain("contentState");
        annotation.ExitCode.Should().Be(0, annotation.Error);
        JsonAssert.EquivalentIgnoringKeyOrder(
            """
            {
              "@context": "http://iiif.io/api/presentation/3/context.json",
              "type": "Annotation",
              "motivation": ["contentState"],
              "target": [{ "id": "https://example.org/canvas/1#xywh=0,0,10,10", "type": "Canvas", "partOf": [{ "id": "https://example.org/manifest", "type": "Manifest" }] }]
            }
            """,
            annotation.Output);
    }

    [Test]
    public void EncodeThenDecode_Uri_PrintsTheUri()
    {
        string path = Path.Combine(_directory, "uri.txt");
        File.WriteAllText(path, "https://example.org/manifest\n");

        CliRun encode = CliRun.Of("content-state", "encode", path);
        CliRun decode = CliRun.Of("content-state", "decode", encode.Output.Trim());

        encode.Output.Should().Be(ContentState.Encode("https://example.org/manifest") + "\n");
        decode.ExitCode.Should().Be(0, decode.Error);
        decode.Output.Should().Be("https://example.org/manifest\n");
    }

    [Test]
    public void Decode_PaddedInput_IsAccepted()
    {
        string encoded = ContentState.Encode("https://example.org/m");
        encoded.Length.Should().NotBe(encoded.Length / 4 * 4, because: "the case needs an encoding that base64 would pad");

        CliRun run = CliRun.Of("content-state", "decode", encoded + new string('=', 4 - (encoded.Length % 4)));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be("https://example.org/m\n");
    }

    [TestCase("{\"type\":\"Annotation\"}", "not an encoded content state", "'{' at index 0")]
    [TestCase("JTdCJTdE+", "not an encoded content state", "standard base64")]
    [TestCase("W10", "not an encoded content state", "not a JSON array")]
    public void Decode_NotAnEncodedContentState_ExitsWith1AndSaysWhy(string argument, string what, string why)
    {
        CliRun run = CliRun.Of("content-state", "decode", argument);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain(what).And.Contain(why);
    }

    [Test]
    public void Encode_FileThatIsNotAContentState_ExitsWith1()
    {
        string path = Path.Combine(_directory, "broken.json");
        File.WriteAllText(path, "{ \"type\": ");

        CliRun run = CliRun.Of("content-state", "encode", path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("broken.json").And.Contain("not a content state");
    }

    [Test]
    public void Encode_EncodedInput_ExitsWith1AndPointsAtDecode()
    {
        string path = Path.Combine(_directory, "encoded.txt");
        File.WriteAllText(path, ContentState.Encode("https://example.org/m"));

        CliRun run = CliRun.Of("content-state", "encode", path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("encoded already").And.Contain("decode");
    }

    [Test]
    public void Encode_MissingFile_ExitsWith2()
    {
        CliRun run = CliRun.Of("content-state", "encode", Path.Combine(_directory, "missing.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("cannot read");
    }

    [Test]
    public void Help_ListsContentStateWithItsTwoCommands()
    {
        CliRun.Of("--help").Output.Should().Contain("content-state");
        CliRun.Of("content-state", "--help").Output.Should().Contain("encode").And.Contain("decode");
    }

    [Test]
    public void ContentState_NoSubcommand_IsAUsageError()
    {
        CliRun run = CliRun.Of("content-state");

        run.ExitCode.Should().Be(2);
    }
}
