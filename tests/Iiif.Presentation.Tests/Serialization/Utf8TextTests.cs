using System;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Serialization;

/// <summary>The reader makes the same strings as <c>Utf8JsonReader.GetString</c>, on its ASCII fast path (.NET 8 and
/// later, <c>Utf8Text</c>) and off it: run against each target's build (issue 16).</summary>
[TestFixture]
public sealed class Utf8TextTests
{
    [TestCase("")]
    [TestCase("https://example.org/iiif/book1/canvas/p1")]
    [TestCase("xywh=10,20,300,400")]
    [TestCase("é")]
    [TestCase("Zürich")]
    [TestCase("plain ASCII then ü")]
    [TestCase("日本語のテキスト")]
    [TestCase("{U+FFFF} first, not ASCII")]
    [TestCase("last {U+FFFF}")]
    [TestCase("a \"quoted\" and a \\ backslash")]
    [TestCase("tab\tand newline\n")]
    [TestCase("\U0001F600 an emoji")]
    public void GetString_IsTheReadersString(string text)
    {
        // U+FFFF is what the fast path marks text that is not ASCII with; it is written here by name, as a test
        // runner may drop a case whose name holds it.
        text = text.Replace("{U+FFFF}", "\uFFFF", StringComparison.Ordinal);
        AssertSame(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        AssertSame(text, JavaScriptEncoder.Default);
    }

    /// <summary>Any well-formed text, written raw or escaped, reads back as the reader reads it.</summary>
    [Test]
    public void GetString_AnyText_IsTheReadersString() =>
        FixedSample.Run(
            Gen.OneOf(Gen.String, Gen.String["abcXYZ0123:/.-_?#=,"], Gen.Char.Array.Select(c => new string(c))).Where(IsWellFormed),
            text =>
            {
                AssertSame(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
                AssertSame(text, JavaScriptEncoder.Default);
            },
            "Hq3vT8xKp2Wd",
            cases: 1000);

    /// <summary>Reads the text, written with the encoder, as a Manifest's id (a shared id), its label (a language
    /// map's value) and a metadata value given as a plain string, through the public reader of each target.</summary>
    private static void AssertSame(string text, JavaScriptEncoder encoder)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", text);
            writer.WriteString("type", "Manifest");
            writer.WriteStartObject("label");
            writer.WriteStartArray("none");
            writer.WriteStringValue(text);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("metadata");
            writer.WriteStartObject();
            writer.WriteString("label", "plain");
            writer.WriteString("value", text);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartArray("items");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        reader.Read();
        reader.Read();
        reader.GetString().Should().Be(text, "System.Text.Json reads what it wrote");

        var manifest = IiifJson.Deserialize<Manifest>(buffer.WrittenSpan);
        manifest.Id.Should().Be(text);
        manifest.Label![LanguageMap.NoLanguage].Should().Equal(text);
        manifest.Metadata[0].Value![LanguageMap.NoLanguage].Should().Equal(text);
    }

    private static bool IsWellFormed(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
