using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Serialization;

[TestFixture]
public sealed partial class IiifJsonTests
{
    [Test]
    public void Read_TypeAfterOtherProperties_ReturnsTheClassTheTypeNames([Values] ReaderMode mode)
    {
        IiifResource resource = Reader.Parse("""
            {"id": "https://example.org/c", "label": {"en": ["A"]}, "items": [], "type": "Collection"}
            """, mode);

        Collection collection = resource.Should().BeOfType<Collection>().Subject;
        collection.Type.Should().Be("Collection");
        collection.Items.Should().BeEmpty();
    }

    [Test]
    public void Read_EveryTopLevelType_ReturnsItsClass(
        [Values("Collection", "Manifest", "Canvas", "Range", "AnnotationPage", "AnnotationCollection", "Annotation")] string type)
    {
        IiifResource resource = IiifJson.Parse($$"""{"id": "https://example.org/x", "type": "{{type}}"}""");

        resource.GetType().Name.Should().Be(type == "Range" ? nameof(IiifRange) : type);
        resource.Type.Should().Be(type);
    }

    [Test]
    public void Read_ContentTypes_ChooseTheirClassesAndKeepTheTypeAsWritten()
    {
        Annotation annotation = IiifJson.Deserialize<Annotation>("""
            {"type": "Annotation", "body": [
              {"type": "Image"}, {"type": "Sound"}, {"type": "Audio"}, {"type": "Video"}, {"type": "Text"},
              {"type": "Dataset"}, {"type": "Model"}, {"type": "dctypes:Image"}, {"type": "Hologram"}, {"id": "x"},
              {"type": "TextualBody", "value": "v"}, {"type": "SpecificResource"}, {"type": "Choice", "items": []}, {"type": "Canvas"}
            ]}
            """);

        annotation.Body.Select(b => b.GetType().Name).Should().Equal(
            "Image", "Sound", "Sound", "Video", "Text", "Dataset", "Model", "Image", "ContentResource", "ContentResource",
            "TextualBody", "SpecificResource", "Choice", "Canvas");
        annotation.Body.Select(b => b.Type).Should().Equal(
            "Image", "Sound", "Audio", "Video", "Text", "Dataset", "Model", "dctypes:Image", "Hologram", null,
            "TextualBody", "SpecificResource", "Choice", "Canvas");
    }

    [Test]
    public void Read_TypeArray_IsTheIiifTypeItNamesAndIsWrittenBackAsRead([Values] ReaderMode mode)
    {
        const string json = """
            {"type": ["DigitalObject", "AnnotationPage"], "id": "https://example.org/p", "items": [{"id": "https://example.org/a", "type": "Annotation", "target": "https://example.org/c"}]}
            """;

        IiifResource resource = Reader.Parse(json, mode);

        AnnotationPage page = resource.Should().BeOfType<AnnotationPage>().Subject;
        page.Type.Should().Be("AnnotationPage");
        page.Items.Should().ContainSingle().Which.Target.Should().ContainSingle().Which.Id.Should().Be("https://example.org/c");
        IiifJson.Serialize(page, new IiifWriteOptions { Indented = false }).Should().Be(
            """{"id":"https://example.org/p","type":["DigitalObject","AnnotationPage"],"items":[{"id":"https://example.org/a","type":"Annotation","target":"https://example.org/c"}]}""");
    }

    [Test]
    public void Read_TypeArrayChangedAfterReading_WritesTheNewType()
    {
        var page = IiifJson.Deserialize<AnnotationPage>("""{"id": "https://example.org/p", "type": ["DigitalObject", "AnnotationPage"]}""");

        page.Type = "AnnotationPage";
        IiifJson.Serialize(page, new IiifWriteOptions { Indented = false })
            .Should().Be("""{"id":"https://example.org/p","type":["DigitalObject","AnnotationPage"]}""", "the array still names the type");

        page.Type = "Canvas";
        IiifJson.Serialize(page, new IiifWriteOptions { Indented = false })
            .Should().Be("""{"id":"https://example.org/p","type":"Canvas"}""", "a type set by the caller wins over the array read");
    }

    [Test]
    public void Read_TypeArrayWithNoKnownType_KeepsTheArrayAndLeavesTypeUnset()
    {
        IiifResource resource = IiifJson.Parse("""{"id": "https://example.org/x", "type": ["DigitalObject", "Thing"]}""");

        resource.Type.Should().BeNull();
        resource.ExtensionData["type"].GetArrayLength().Should().Be(2);
        IiifJson.Serialize(resource, new IiifWriteOptions { Indented = false })
            .Should().Be("""{"id":"https://example.org/x","type":["DigitalObject","Thing"]}""");
    }

    [Test]
    public void Read_TypeInAnotherCase_ChoosesTheClassAndKeepsTheText()
    {
        IiifResource resource = IiifJson.Parse("""{"id": "https://example.org/m", "type": "manifest"}""");

        resource.Should().BeOfType<Manifest>().Which.Type.Should().Be("manifest");
        IiifJson.Serialize(resource, new IiifWriteOptions { Indented = false })
            .Should().Be("""{"id":"https://example.org/m","type":"manifest"}""");
    }

    [Test]
    public void Read_ObjectWithoutType_TakesTheClassOfItsPlaceAndWritesNoType()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""
            {"items": [{"id": "https://example.org/c1", "items": [{"items": [{"body": {"id": "https://example.org/i.jpg"}}]}]}]}
            """);

        Canvas canvas = manifest.Items[0];
        canvas.Type.Should().BeNull();
        Annotation annotation = canvas.Items[0].Items[0];
        annotation.Type.Should().BeNull();
        annotation.Body[0].Should().BeOfType<ContentResource>().Which.Type.Should().BeNull();
        IiifJson.Serialize(manifest).Should().NotContain("\"type\"");
    }

    [Test]
    public void Read_LoneValuesWhereArraysBelong_AreKeptAsLoneValues()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""
            {"type": "Manifest", "behavior": "paged", "service": {"id": "https://example.org/s", "type": "Service"},
             "homepage": {"id": "https://example.org", "type": "Text"}, "items": []}
            """);

        manifest.Behavior.Should().Equal(Behavior.Paged);
        manifest.Behavior.IsSingleValue().Should().BeTrue();
        manifest.Service.IsSingleValue().Should().BeTrue();
        manifest.Homepage.IsSingleValue().Should().BeTrue();
        manifest.Items.IsSingleValue().Should().BeFalse();
    }

    [Test]
    public void Read_PlainStringLabel_IsAMapWithNoLanguageThatWritesBackAsAString()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""{"type": "Manifest", "label": "Plain title"}""");

        manifest.Label!.IsPlainString.Should().BeTrue();
        manifest.Label[LanguageMap.NoLanguage].Should().Equal("Plain title");
        IiifJson.Serialize(manifest, new IiifWriteOptions { Indented = false })
            .Should().Be("""{"type":"Manifest","label":"Plain title"}""");
    }

    [Test]
    public void Read_ValuesOfShapesTheModelCannotHold_AreKeptRawAndWrittenBack()
    {
        const string json = """
            {"id": null, "type": "Canvas", "width": "1200", "height": 1.5, "duration": "long",
             "label": {"en": ["a", 1]}, "items": [5], "rights": ["x"], "metadata": {"label": "no value"}}
            """;

        Canvas canvas = IiifJson.Deserialize<Canvas>(json);

        canvas.Id.Should().BeNull();
        canvas.Width.Should().BeNull();
        canvas.Height.Should().BeNull();
        canvas.Duration.Should().BeNull();
        canvas.Label.Should().BeNull();
        canvas.Items.Should().BeEmpty();
        canvas.Rights.Should().BeNull();
        canvas.ExtensionData.Select(p => p.Key).Should().Equal("id", "width", "height", "duration", "label", "items", "rights");
        canvas.Metadata.Should().ContainSingle().Which.Label!.IsPlainString.Should().BeTrue();
        JsonAssert.EquivalentIgnoringKeyOrder(json, IiifJson.Serialize(canvas));
    }

    [Test]
    public void Read_IntegralNumberWithFraction_IsReadAsAnInteger()
    {
        Canvas canvas = IiifJson.Deserialize<Canvas>("""{"type": "Canvas", "width": 1200.0, "height": 8e2}""");

        canvas.Width.Should().Be(1200);
        canvas.Height.Should().Be(800);
    }

    [Test]
    public void Read_DurationWithMoreDigitsThanADouble_KeepsEveryDigit()
    {
        const string json = """{"type": "Canvas", "duration": 1.23456789012345678901}""";

        Canvas canvas = IiifJson.Deserialize<Canvas>(json);

        canvas.Duration.Should().BeNull("a double would round it");
        IiifJson.Serialize(canvas).Should().Contain("1.23456789012345678901");
    }

    [Test]
    public void Read_UnknownProperties_KeepTheirOrderAmongThemselves()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""
            {"z-last": 1, "id": "https://example.org/m", "a-first": {"deep": [true, null]}, "type": "Manifest", "m-middle": "x"}
            """);

        manifest.ExtensionData.Select(p => p.Key).Should().Equal("z-last", "a-first", "m-middle");
        IiifJson.Serialize(manifest, new IiifWriteOptions { Indented = false }).Should().Be(
            """{"id":"https://example.org/m","type":"Manifest","z-last":1,"a-first":{"deep":[true,null]},"m-middle":"x"}""");
    }

    [Test]
    public void Read_PropertyOnATypeThatDoesNotDefineIt_IsKeptAsAnExtension()
    {
        AnnotationPage page = IiifJson.Deserialize<AnnotationPage>("""
            {"type": "AnnotationPage", "height": 100, "navDate": "2020-01-01T00:00:00Z", "items": []}
            """);

        page.ExtensionData["height"].GetInt32().Should().Be(100);
        page.ExtensionData["navDate"].GetString().Should().Be("2020-01-01T00:00:00Z");
    }

    [Test]
    public void Read_ServiceWithoutType_IsRecognisedByItsContextOrProfile()
    {
        Image image = IiifJson.Deserialize<Image>("""
            {"type": "Image", "service": [
              {"@context": "http://iiif.io/api/image/2/context.json", "@id": "https://example.org/a", "profile": "http://iiif.io/api/image/2/level1.json"},
              {"@id": "https://example.org/b", "profile": ["http://iiif.io/api/image/2/level2.json", {"formats": ["png"]}]},
              {"@id": "https://example.org/c", "profile": "http://iiif.io/api/auth/1/login", "label": "Log in"},
              {"id": "https://example.org/d", "profile": "http://example.org/other"}
            ]}
            """);

        image.Service.Select(s => s.GetType().Name).Should().Equal("ImageService2", "ImageService2", "AuthCookieService1", "Service");
        image.Service.Should().OnlyContain(s => s.Type == null);
        image.Service.Take(3).Should().OnlyContain(s => s.UsesAtId && !s.UsesAtType);
    }

    [Test]
    public void Read_ServiceWithoutTypeWithImageContextInAList_IsAnImageService()
    {
        // Found by ModelRoundTripTests: a typeless ImageService2 built in code writes its context as a
        // list, which was read back as a generic Service and written in another order.
        var built = new ImageService2("https://example.org/a") { Type = null, Width = 10, Context = { "http://iiif.io/api/image/2/context.json" } };
        built.Service.Add(new AuthCookieService1("https://example.org/login"));
        var image = new Image("https://example.org/i.jpg") { Service = { built } };
        string json = IiifJson.Serialize(image);

        Image read = IiifJson.Deserialize<Image>(json);

        read.Service.Should().ContainSingle().Which.Should().BeOfType<ImageService2>().Which.Width.Should().Be(10);
        IiifJson.Serialize(read).Should().Be(json);
        IiifJson.Deserialize<Image>("""{"type": "Image", "service": [{"@context": ["http://example.org/ext.json", "http://iiif.io/api/image/3/context.json"], "id": "x"}]}""")
            .Service.Should().ContainSingle().Which.Should().BeOfType<ImageService3>();
    }

    [Test]
    public void Read_ServiceWithBothIdKeys_KeepsTheFirstTypedAndTheOtherRaw()
    {
        const string json = """{"id": "https://example.org/a", "@id": "https://example.org/b", "type": "ImageService2"}""";

        Service service = IiifJson.Deserialize<Service>(json);

        service.Should().BeOfType<ImageService2>();
        service.Id.Should().Be("https://example.org/a");
        service.UsesAtId.Should().BeFalse();
        service.UsesAtType.Should().BeFalse();
        service.ExtensionData["@id"].GetString().Should().Be("https://example.org/b");
        JsonAssert.EquivalentIgnoringKeyOrder(json, IiifJson.Serialize(service));
    }

    [Test]
    public void Read_BareUriStrings_AreResourcesOfTheirPlace()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""
            {"type": "Manifest", "start": "https://example.org/c1", "thumbnail": ["https://example.org/t.jpg"],
             "structures": [{"type": "Range", "items": ["https://example.org/c2"]}]}
            """);

        manifest.Start.Should().BeOfType<Canvas>().Which.IsUriString.Should().BeTrue();
        manifest.Thumbnail.Should().ContainSingle().Which.Should().BeOfType<ContentResource>()
            .Which.Id.Should().Be("https://example.org/t.jpg");
        manifest.Structures[0].Items.Should().ContainSingle().Which.Should().BeOfType<Canvas>()
            .Which.Type.Should().BeNull();
    }

    [Test]
    public void Read_CopiesOfACanvasOrServiceId_ShareOneString([Values] ReaderMode mode)
    {
        var manifest = (Manifest)Reader.Parse("""
            {"id": "https://e.org/m", "type": "Manifest", "start": {"id": "https://e.org/c1", "type": "Canvas"},
             "items": [{"id": "https://e.org/c1", "type": "Canvas", "height": 2, "width": 2,
               "thumbnail": [{"id": "https://i.org/1/full/90,/0/default.jpg", "type": "Image",
                 "service": [{"id": "https://i.org/1", "type": "ImageService3", "profile": "level0"}]}],
               "items": [{"id": "https://e.org/p1", "type": "AnnotationPage", "items": [
                 {"id": "https://e.org/a1", "type": "Annotation", "motivation": "painting", "target": "https://e.org/c1",
                  "body": {"id": "https://i.org/1/full/max/0/default.jpg", "type": "Image",
                    "service": [{"id": "https://i.org/1", "type": "ImageService3", "profile": "level0"}]}}]}]},
               {"id": "https://e.org/c\u0032", "type": "Canvas", "height": 2, "width": 2,
                "annotations": [{"id": "https://e.org/p2", "type": "AnnotationPage", "items": [
                  {"id": "https://e.org/a2", "type": "Annotation", "motivation": "commenting", "target": "https://e.org/c2"}]}]},
               {"id": "https://e.org/é", "type": "Canvas", "height": 2, "width": 2}],
             "structures": [{"id": "https://e.org/r", "type": "Range",
               "items": [{"id": "https://e.org/c1", "type": "Canvas"}, "https://e.org/é"]}]}
            """, mode);

        Canvas first = manifest.Items[0];
        var painting = (Annotation)first.Items[0].Items[0];
        manifest.Start!.Id.Should().BeSameAs(first.Id);
        painting.Target[0].Id.Should().BeSameAs(first.Id);
        manifest.Structures[0].Items[0].Id.Should().BeSameAs(first.Id);
        painting.Body[0].Service[0].Id.Should().BeSameAs(first.Thumbnail[0].Service[0].Id);

        // An escaped or non-ASCII id is read as usual: equal, whether or not it is the same instance.
        manifest.Items[1].Id.Should().Be("https://e.org/c2");
        manifest.Items[1].Annotations[0].Items[0].Target[0].Id.Should().Be("https://e.org/c2");
        manifest.Structures[0].Items[1].Id.Should().Be("https://e.org/é").And.Be(manifest.Items[2].Id);
    }

    [Test]
    public void Read_TwoDocuments_ShareNoIdsWithEachOther()
    {
        const string json = """
            {"id": "https://e.org/m", "type": "Manifest", "items": [{"id": "https://e.org/c1", "type": "Canvas"}],
             "start": "https://e.org/c1"}
            """;

        var first = IiifJson.Deserialize<Manifest>(json);
        var second = IiifJson.Deserialize<Manifest>(json);

        second.Start!.Id.Should().BeSameAs(second.Items[0].Id);
        second.Items[0].Id.Should().Be(first.Items[0].Id).And.NotBeSameAs(first.Items[0].Id,
            "the table of one read is emptied when it ends, so it keeps no document alive");
    }

    [Test]
    public void Deserialize_UntypedServiceAtTheTop_IsRecognisedAsInsideAList()
    {
        // An Image API 2 info.json has no @type: read on its own, it is the same class as in a service list.
        const string info = """
            {"@context": "http://iiif.io/api/image/2/context.json", "@id": "https://i.org/iiif/2/p1",
             "protocol": "http://iiif.io/api/image", "width": 1200, "height": 1800,
             "profile": ["http://iiif.io/api/image/2/level1.json"]}
            """;

        Service top = IiifJson.Deserialize<Service>(info);
        ImageService image = IiifJson.Deserialize<ImageService>(info);
        var canvas = (Canvas)IiifJson.Parse("{\"type\": \"Canvas\", \"service\": [" + info + "]}");

        top.Should().BeOfType<ImageService2>();
        image.Should().BeOfType<ImageService2>().Which.Width.Should().Be(1200);
        canvas.Service[0].Should().BeOfType<ImageService2>();
        IiifJson.Serialize(top, new IiifWriteOptions { Indented = false }).Should().Be(
            IiifJson.Serialize(canvas.Service[0], new IiifWriteOptions { Indented = false }));
    }

    [Test]
    public void Read_ByteOrderMark_IsSkipped([Values] ReaderMode mode)
    {
        IiifResource resource = Reader.Parse("\uFEFF{\"type\": \"Manifest\"}", mode);

        resource.Should().BeOfType<Manifest>();
    }

    [Test]
    public void Read_NonAsciiText_IsReadExactly([Values] ReaderMode mode)
    {
        var manifest = (Manifest)Reader.Parse("""
            {"type": "Manifest", "label": {"ar": ["مخطوطة"], "zh-Hant": ["手稿 😀"], "none": ["\u00e9\u2028\ud83d\ude00"]}}
            """, mode);

        manifest.Label!["ar"].Should().Equal("مخطوطة");
        manifest.Label["zh-Hant"].Should().Equal("手稿 😀");
        manifest.Label["none"].Should().Equal("é\u2028😀");
    }

    [Test]
    public void Deserialize_DocumentWithoutType_IsReadAsTheRequestedClass()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""{"id": "https://example.org/m"}""");

        manifest.Type.Should().BeNull();
        manifest.Id.Should().Be("https://example.org/m");
    }

    [Test]
    public void Deserialize_BaseClass_ReturnsTheClassTheTypeNames()
    {
        IiifJson.Deserialize<IiifResource>("""{"type": "Range"}""").Should().BeOfType<IiifRange>();
        IiifJson.Deserialize<ContentResource>("""{"type": "Video"}""").Should().BeOfType<Video>();
        IiifJson.Deserialize<Service>("""{"@type": "ImageService2"}""").Should().BeOfType<ImageService2>();
        IiifJson.Deserialize<ImageService>("""{"type": "ImageService3"}""").Should().BeOfType<ImageService3>();
    }

    [Test]
    public void Deserialize_FromAConverterReader_ReadsTheValueAndStopsAtItsEnd()
    {
        var reader = new Utf8JsonReader("""[{"type": "Canvas", "width": 5}, 7]"""u8);
        reader.Read();
        reader.Read();

        Canvas canvas = IiifJson.Deserialize<Canvas>(ref reader);

        canvas.Width.Should().Be(5);
        reader.TokenType.Should().Be(JsonTokenType.EndObject);
        reader.Read();
        reader.GetInt32().Should().Be(7);
    }

    [Test]
    public void NavDate_XsdDateTime_ConvertsBothWays()
    {
        var manifest = new Manifest();
        manifest.SetNavDate(new System.DateTimeOffset(1856, 1, 2, 3, 4, 5, System.TimeSpan.Zero));

        manifest.NavDate.Should().Be("1856-01-02T03:04:05Z");
        manifest.TryGetNavDate(out System.DateTimeOffset value).Should().BeTrue();
        value.Year.Should().Be(1856);

        manifest.NavDate = "2010-05-06T07:08:09+02:00";
        manifest.TryGetNavDate(out value).Should().BeTrue();
        value.Offset.Should().Be(System.TimeSpan.FromHours(2));

        manifest.NavDate = "last spring";
        manifest.TryGetNavDate(out _).Should().BeFalse();
    }
}
