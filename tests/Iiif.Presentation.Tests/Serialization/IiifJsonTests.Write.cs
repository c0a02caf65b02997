using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Iiif.Presentation.Tests.Serialization;

public sealed partial class IiifJsonTests
{
    private static readonly IiifWriteOptions s_compact = new() { Indented = false };

    [Test]
    public void Write_PropertiesInAnyOrder_ComeOutInTheCanonicalOrderThenUnknownOnesAsRead()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""
            {"items": [], "x-two": 2, "label": {"en": ["L"]}, "type": "Manifest", "x-one": 1, "id": "https://example.org/m",
             "@context": "http://iiif.io/api/presentation/3/context.json", "summary": {"en": ["S"]}, "rights": "http://example.org/r"}
            """);

        IiifJson.Serialize(manifest, s_compact).Should().Be(
            """{"@context":"http://iiif.io/api/presentation/3/context.json","id":"https://example.org/m","type":"Manifest",""" +
            "\"label\":{\"en\":[\"L\"]},\"summary\":{\"en\":[\"S\"]},\"rights\":\"http://example.org/r\",\"items\":[],\"x-two\":2,\"x-one\":1}");
    }

    [Test]
    public void Write_NonFiniteNumber_ThrowsArgumentExceptionNamingTheProperty()
    {
        // Found while writing ModelRoundTripTests: Utf8JsonWriter's own message points to JsonSerializer options.
        var canvas = new Canvas("https://example.org/c") { Duration = double.NaN };
        var part = new SpecificResource(canvas, new PointSelector { T = double.PositiveInfinity });

        FluentActions.Invoking(() => IiifJson.Serialize(canvas)).Should().Throw<ArgumentException>()
            .WithMessage("The 'duration' value NaN cannot be written: JSON has no NaN or infinity.*");
        canvas.Duration = 1.5;
        FluentActions.Invoking(() => IiifJson.SerializeToUtf8Bytes(part)).Should().Throw<ArgumentException>()
            .WithMessage("The 't' value Infinity cannot be written*");
    }

    [Test]
    public void Write_LoneSurrogate_ThrowsArgumentExceptionAndWritesNothingChanged()
    {
        // Utf8JsonWriter would write U+FFFD in its place: a change nobody asked for, so the writer refuses.
        var manifest = new Manifest { Label = new LanguageMap("en", "before \uD800 after") };
        manifest.ExtensionData.Add("x-note", JsonDocument.Parse("\"fine \\uD83D\\uDE00\"").RootElement.Clone());

        FluentActions.Invoking(() => IiifJson.Serialize(manifest)).Should().Throw<ArgumentException>()
            .WithMessage("*lone surrogate \\uD800 at character 7 (\"before \\uD800 after\")*");
        FluentActions.Invoking(() => IiifJson.SerializeToUtf8Bytes(new Canvas("https://e.org/c\uDC00"))).Should().Throw<ArgumentException>()
            .WithMessage("*\\uDC00*");

        manifest.Label = new LanguageMap("en", "a pair \uD83D\uDE00 is fine");
        IiifJson.Serialize(manifest).Should().Contain("a pair 😀 is fine").And.Contain("fine 😀");
    }

    [Test]
    public void Write_Indented_UsesTwoSpacesAndLineFeeds()
    {
        var canvas = new Canvas("https://example.org/c") { Width = 10, Height = 20 };

        IiifJson.Serialize(canvas).Should().Be(
            "{\n  \"id\": \"https://example.org/c\",\n  \"type\": \"Canvas\",\n  \"height\": 20,\n  \"width\": 10\n}");
    }

    [Test]
    public void Write_NonAsciiText_IsNotEscaped()
    {
        var manifest = new Manifest { Label = new LanguageMap { { "none", "é 手稿 مخطوطة 😀 \u2028 \u007f <&> '" } } };

        string json = IiifJson.Serialize(manifest, s_compact);

        json.Should().Be("{\"type\":\"Manifest\",\"label\":{\"none\":[\"é 手稿 مخطوطة 😀 \u2028 \u007f <&> '\"]}}");
    }

    [Test]
    public void Write_CharactersJsonRequiresEscaped_UseShortEscapes()
    {
        var manifest = new Manifest { Label = new LanguageMap { { "none", "quote \" backslash \\ line\nfeed tab\t nul\u0000 bell\u0007" } } };

        string json = IiifJson.Serialize(manifest, s_compact);

        json.Should().Contain(@"quote \"" backslash \\ line\nfeed tab\t nul\u0000 bell\u0007");
        IiifJson.Deserialize<Manifest>(json).Label!["none"][0].Should().Be(manifest.Label["none"][0]);
    }

    [Test]
    public void Write_NewModel_WritesArraysAndOmitsUnsetProperties()
    {
        var manifest = new Manifest("https://example.org/m");
        manifest.Behavior.Add(Behavior.Paged);
        manifest.Service.Add(new ImageService3("https://example.org/s", "level1"));
        _ = manifest.Thumbnail; // reading a list property creates it, but an empty list is not written

        IiifJson.Serialize(manifest, s_compact).Should().Be(
            """{"id":"https://example.org/m","type":"Manifest","behavior":["paged"],""" +
            "\"service\":[{\"id\":\"https://example.org/s\",\"type\":\"ImageService3\",\"profile\":\"level1\"}]}");
    }

    [Test]
    public void Write_EmptyListThatMustBeWritten_IsWritten()
    {
        var manifest = new Manifest("https://example.org/m");
        ((OneOrMany<Canvas>)manifest.Items).WriteWhenEmpty = true;

        IiifJson.Serialize(manifest, s_compact).Should().Be("""{"id":"https://example.org/m","type":"Manifest","items":[]}""");
    }

    [Test]
    public void Write_LegacyServicesCreatedInCode_UseTheirOwnApisKeys()
    {
        var image = new Image("https://example.org/i.jpg");
        image.Service.Add(new ImageService2("https://example.org/iiif/i", "http://iiif.io/api/image/2/level1.json"));
        image.Service.Add(new SearchService1("https://example.org/search"));
        image.Service.Add(new AuthProbeService2("https://example.org/probe"));

        IiifJson.Serialize(image, s_compact).Should().Be(
            """{"id":"https://example.org/i.jpg","type":"Image","service":[""" +
            """{"@id":"https://example.org/iiif/i","@type":"ImageService2","profile":"http://iiif.io/api/image/2/level1.json"},""" +
            """{"@id":"https://example.org/search","@type":"SearchService1"},""" +
            """{"id":"https://example.org/probe","type":"AuthProbeService2"}]}""");
    }

    [Test]
    public void Write_TypedValueSetOverARawOne_WritesOnlyTheTypedValue()
    {
        Canvas canvas = IiifJson.Deserialize<Canvas>("""{"type": "Canvas", "width": "wide"}""");

        canvas.Width = 100;

        IiifJson.Serialize(canvas, s_compact).Should().Be("""{"type":"Canvas","width":100}""");
        canvas.ExtensionData.ContainsKey("width").Should().BeTrue("the raw value stays available until removed");
    }

    [Test]
    public void Write_BareUriWithNothingElse_IsWrittenAsAString_AndAsAnObjectOnceItHasMore()
    {
        Annotation annotation = IiifJson.Deserialize<Annotation>("""{"type": "Annotation", "target": "https://example.org/c#xywh=0,0,1,1"}""");
        IiifJson.Serialize(annotation, s_compact).Should().Be("""{"type":"Annotation","target":"https://example.org/c#xywh=0,0,1,1"}""");

        annotation.Target[0].Type = "Canvas";

        IiifJson.Serialize(annotation, s_compact).Should().Be(
            """{"type":"Annotation","target":{"id":"https://example.org/c#xywh=0,0,1,1","type":"Canvas"}}""");
    }

    [Test]
    public void Write_LoneValueFlagWithSeveralValues_WritesAnArray()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""{"type": "Manifest", "behavior": "paged"}""");

        manifest.Behavior.Add(Behavior.Continuous);

        IiifJson.Serialize(manifest, s_compact).Should().Be("""{"type":"Manifest","behavior":["paged","continuous"]}""");
    }

    [Test]
    public void Write_PlainStringLabelGivenMoreLanguages_WritesAMap()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""{"type": "Manifest", "label": "Title"}""");

        manifest.Label!.Add("fr", "Titre");

        IiifJson.Serialize(manifest, s_compact).Should().Be("""{"type":"Manifest","label":{"none":["Title"],"fr":["Titre"]}}""");
    }

    [Test]
    public void Write_NavPlaceAddedAsExtensionData_IsWrittenInItsCanonicalPlace()
    {
        // navPlace is typed now; a raw value given in code is still written, where the typed one would be.
        var canvas = new Canvas("https://example.org/c");
        using (JsonDocument place = JsonDocument.Parse("""{"type": "FeatureCollection", "features": []}"""))
        {
            canvas.ExtensionData.Add("navPlace", place.RootElement);
        }

        canvas.Width = 1;

        IiifJson.Serialize(canvas, s_compact).Should().Be(
            """{"id":"https://example.org/c","type":"Canvas","navPlace":{"type":"FeatureCollection","features":[]},"width":1}""");
    }

    [Test]
    public void Write_ExtensionDataAddedInCode_IsWrittenAfterTheTypedProperties()
    {
        var canvas = new Canvas("https://example.org/c");
        using (JsonDocument place = JsonDocument.Parse("""{"type": "Place", "name": "Rome"}"""))
        {
            canvas.ExtensionData.Add("dcterms:spatial", place.RootElement);
        }

        canvas.Width = 1;

        IiifJson.Serialize(canvas, s_compact).Should().Be(
            """{"id":"https://example.org/c","type":"Canvas","width":1,"dcterms:spatial":{"type":"Place","name":"Rome"}}""");
    }

    [Test]
    public async Task Write_EveryOutput_GivesTheSameBytes()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""{"type": "Manifest", "label": {"en": ["é"]}, "items": []}""");

        string text = IiifJson.Serialize(manifest);
        byte[] bytes = IiifJson.SerializeToUtf8Bytes(manifest);
        using var stream = new MemoryStream();
        IiifJson.Serialize(stream, manifest);
        using var asyncStream = new MemoryStream();
        await IiifJson.SerializeAsync(asyncStream, manifest);
        using var writerStream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(writerStream))
        {
            IiifJson.Serialize(writer, manifest);
        }

        Encoding.UTF8.GetString(bytes).Should().Be(text);
        stream.ToArray().Should().Equal(bytes);
        asyncStream.ToArray().Should().Equal(bytes);
        JsonDocument.Parse(writerStream.ToArray()).RootElement.GetProperty("label").GetProperty("en")[0].GetString().Should().Be("é");
    }

    /// <summary>A document written in several pooled segments (over 64 KB) gives the same text as a string as in
    /// bytes, whatever characters it holds.</summary>
    [Test]
    public async Task Write_LargeDocumentOfMultiByteText_EveryOutputGivesTheSameText()
    {
        var manifest = new Manifest("https://example.org/m");
        manifest.Label = new LanguageMap { ["en"] = ["Large"] };
        for (int i = 0; i < 4000; i++)
        {
            manifest.Metadata.Add(new MetadataEntry(
                new LanguageMap { ["el"] = [$"Ετικέτα {i} €"] },
                new LanguageMap { ["none"] = [new string('é', i % 7) + "😀 " + i] }));
        }

        string text = IiifJson.Serialize(manifest);
        byte[] bytes = IiifJson.SerializeToUtf8Bytes(manifest);
        using var asyncStream = new MemoryStream();
        await IiifJson.SerializeAsync(asyncStream, manifest);

        bytes.Length.Should().BeGreaterThan(4 * 64 * 1024, "the document spans several segments");
        text.Should().Be(Encoding.UTF8.GetString(bytes));
        asyncStream.ToArray().Should().Equal(bytes);
        IiifJson.Deserialize<Manifest>(text).Metadata[3999].Value!["none"].Should().Equal("éé😀 3999"); // 3999 % 7 == 2
    }

    [Test]
    public void Write_ModelWithACycle_ThrowsInsteadOfOverflowingTheStack()
    {
        var range = new IiifRange("https://example.org/r");
        range.Items.Add(range);

        FluentActions.Invoking(() => IiifJson.Serialize(range)).Should().Throw<System.InvalidOperationException>()
            .WithMessage("*depth*");
    }

    [Test]
    public void Write_NullEntriesInLists_AreWrittenAsNull()
    {
        var manifest = new Manifest();
        manifest.Items.Add(null!);
        manifest.Metadata.Add(null!);

        IiifJson.Serialize(manifest, s_compact).Should().Be("""{"type":"Manifest","metadata":[null],"items":[null]}""");
    }

    [Test]
    public void Write_SameModel_GivesTheSameBytesEveryTime()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""{"type": "Manifest", "x": [1, {"b": 2, "a": 1}], "items": [{"type": "Canvas"}]}""");

        Enumerable.Range(0, 5).Select(_ => IiifJson.Serialize(manifest)).Distinct().Should().ContainSingle();
    }
}
