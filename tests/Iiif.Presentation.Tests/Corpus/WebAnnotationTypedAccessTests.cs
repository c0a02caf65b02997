using System.IO;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Corpus;

/// <summary>
/// Real documents that use the Web Annotation model's properties and the Image API's service description
/// read into typed values, and written back byte for byte as the canonical writer wrote them the first time.
/// </summary>
[TestFixture]
public sealed class WebAnnotationTypedAccessTests
{
    private static string Text(string relativePath) => File.ReadAllText(CorpusFiles.Path(relativePath));

    private static T Read<T>(string relativePath)
        where T : IiifResource =>
        IiifJson.Deserialize<T>(Text(relativePath));

    [TestCase("v3/cookbook/0117-add-image-thumbnail.json")]
    [TestCase("v3/presentation-validator/annotation_full.json")]
    [TestCase("v3/extensions/necessary-reunions/NL-HaNA_4.VEL_232.json")]
    [TestCase("v3/extensions/document-view-sandbox/NL-HaNA_1.04.02_3598_0816.json")]
    [TestCase("v3/extensions/w3c-web-annotation/anno14.json")]
    [TestCase("v3/extensions/w3c-web-annotation/anno25.json")]
    [TestCase("v3/extensions/w3c-web-annotation/anno34.json")]
    [TestCase("v3/extensions/w3c-web-annotation/anno37.json")]
    [TestCase("v3/extensions/w3c-web-annotation/anno40.json")]
    [TestCase("v3/iiif-commons-parser/css.json")]
    [TestCase("v3/iiif-commons-parser/exhibition-1.json")]
    public void ReadThenWrite_Document_KeepsEveryValueAndIsAFixedPoint(string relativePath)
    {
        string original = Text(relativePath);

        string written = IiifJson.Serialize(IiifJson.Parse(original));

        JsonAssert.EquivalentIgnoringKeyOrder(original, written, relativePath);
        IiifJson.Serialize(IiifJson.Parse(written)).Should().Be(written, $"{relativePath}: read then write is byte-identical on canonical output");
    }

    [Test]
    public void ImageService_ThumbnailRecipe_HasProtocolExtraFormatsAndExtraQualities()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0117-add-image-thumbnail.json");

        ImageService3 service = manifest.Thumbnail[0].Service.Should().ContainSingle().Which.Should().BeOfType<ImageService3>().Subject;
        service.Protocol.Should().Be("http://iiif.io/api/image");
        service.ExtraFormats.Should().Equal("png");
        service.ExtraQualities.Should().Equal("default", "color", "gray");
        service.ExtraFeatures.Should().BeEmpty();
        service.ExtensionData.Select(e => e.Key).Should().NotContain(["protocol", "extraFormats", "extraQualities"]);
    }

    [Test]
    public void ImageService2_ProfileList_HasItsDescriptionTyped()
    {
        Manifest manifest = Read<Manifest>("v3/iiif-commons-parser/exhibition-1.json");
        var body = (SpecificResource)manifest.Items[0].Items[0].Items[0].Body[0];

        ImageService2 service = body.Source!.Service.OfType<ImageService2>().First();

        service.Profile.Should().Be("http://iiif.io/api/image/2/level1.json");
        ImageProfile description = service.ProfileDescriptions.Should().ContainSingle().Subject;
        description.Formats.Should().Equal("jpg");
        description.Qualities.Should().Equal("native", "color", "gray");
        description.Supports.Should().Contain(["regionByPct", "sizeByWh", "rotationBy90s", "mirroring"]);
        description.ExtensionData.Should().BeEmpty();
    }

    [Test]
    public void ImageService2_ProfileDescriptionAdded_WritesProfileAsAList()
    {
        var service = new ImageService2("https://example.org/iiif/2/img", "http://iiif.io/api/image/2/level1.json");
        service.ProfileDescriptions.Add(new ImageProfile { Formats = { "png" }, MaxWidth = 2000 });

        string json = IiifJson.Serialize(service, new IiifWriteOptions { Indented = false });

        json.Should().Contain(""""profile":["http://iiif.io/api/image/2/level1.json",{"formats":["png"],"maxWidth":2000}]"""");
        IiifJson.Deserialize<ImageService2>(json).ProfileDescriptions.Should().ContainSingle().Which.MaxWidth.Should().Be(2000);
    }

    [TestCase("""["level2",{"qualities":["gray"],"@type":"iiif:ImageProfile"}]""", 1, 0)]
    [TestCase("""["level2","https://example.org/extra.json",{"qualities":["gray"]}]""", 0, 2)]
    [TestCase("""["level2",{"supports":["mirroring"]},"https://example.org/extra.json",{"qualities":["gray"]}]""", 1, 2)]
    [TestCase("""["level2",{"maxArea":"big"}]""", 1, 0)]
    public void ImageService2_ProfileList_KeepsEveryEntryInOrder(string profile, int typed, int untyped)
    {
        string json = "{\"@id\":\"https://example.org/i\",\"@type\":\"ImageService2\",\"profile\":" + profile + "}";

        var service = IiifJson.Deserialize<ImageService2>(json);

        service.ProfileDescriptions.Should().HaveCount(typed);
        JsonAssert.EquivalentIgnoringKeyOrder(json, IiifJson.Serialize(service));
        JsonDocument.Parse(IiifJson.Serialize(service)).RootElement.GetProperty("profile").GetArrayLength().Should().Be(1 + typed + untyped);
    }

    [Test]
    public void ImageService_ExtraFormatsAsALoneString_IsKeptLone()
    {
        const string Json = """{"id": "https://example.org/i", "type": "ImageService3", "extraFormats": "png"}""";

        var service = IiifJson.Deserialize<ImageService3>(Json);

        service.ExtraFormats.Should().Equal("png");
        IiifJson.Serialize(service, new IiifWriteOptions { Indented = false }).Should().Be(Json.Replace(" ", string.Empty, System.StringComparison.Ordinal));
    }

    [Test]
    public void ImageService_ProtocolOfTheWrongKind_StaysInExtensionDataAndIsWrittenBack()
    {
        const string Json = """{"id":"https://example.org/i","type":"ImageService3","protocol":7}""";

        var service = IiifJson.Deserialize<ImageService3>(Json);

        service.Protocol.Should().BeNull();
        service.ExtensionData["protocol"].GetInt32().Should().Be(7);
        IiifJson.Serialize(service, new IiifWriteOptions { Indented = false }).Should().Be(Json);
    }

    [Test]
    public void Annotation_ValidatorsFullExample_HasTypedProvenanceStylesheetPurposesStatesAndRefinedSelectors()
    {
        AnnotationPage page = Read<AnnotationPage>("v3/presentation-validator/annotation_full.json");
        Annotation annotation = page.Items.Should().ContainSingle().Subject;

        Person creator = annotation.Creator.Should().ContainSingle().Which.Should().BeOfType<Person>().Subject;
        creator.Id.Should().Be("http://example.org/user1");
        creator.Name.Should().Be("A. Person");
        creator.Nickname.Should().Be("user1");
        annotation.Created.Should().Be("2015-10-13T13:00:00Z");
        Software generator = annotation.Generator.Should().ContainSingle().Which.Should().BeOfType<Software>().Subject;
        generator.Name.Should().Be("Code v2.1");
        generator.Homepage.Should().Equal("http://example.org/homepage1");
        annotation.Generated.Should().Be("2015-10-14T15:13:28Z");
        annotation.Stylesheet.Should().NotBeNull();
        annotation.Stylesheet!.Id.Should().Be("http://example.org/stylesheet1");
        annotation.Stylesheet.Type.Should().Be("CssStylesheet");
        annotation.Stylesheet.IsUriString.Should().BeFalse();

        var tag = (TextualBody)annotation.Body[0];
        tag.Purpose.Should().Equal(Purpose.Tagging);
        var choice = (Choice)annotation.Body[1];
        var description = (TextualBody)choice.Items[0];
        description.Purpose.Should().Equal(Purpose.Describing);
        description.Creator.Should().ContainSingle().Which.IsUriString.Should().BeTrue();
        description.Creator[0].Id.Should().Be("http://example.org/user1");
        var audio = (SpecificResource)choice.Items[1];
        audio.Purpose.Should().Equal(Purpose.Describing);
        ((ContentResource)audio.Source!).Creator.Should().ContainSingle().Which.Should().BeOfType<Person>();

        var target = (SpecificResource)annotation.Target[0];
        target.StyleClass.Should().Be("mystyle");
        HttpRequestState request = target.State.Should().ContainSingle().Which.Should().BeOfType<HttpRequestState>().Subject;
        request.Value.Should().Be("Accept: application/xml");
        request.RefinedBy.Should().ContainSingle().Which.Should().BeOfType<TimeState>().Which.SourceDate.Should().Be("2015-09-25T12:00:00Z");
        var fragment = (FragmentSelector)target.Selector[0];
        TextPositionSelector position = fragment.RefinedBy.Should().ContainSingle().Which.Should().BeOfType<TextPositionSelector>().Subject;
        (position.Start, position.End).Should().Be((6, 27));

        annotation.ExtensionData.Should().BeEmpty();
        target.ExtensionData.Should().BeEmpty();
        fragment.ExtensionData.Should().BeEmpty();
    }

    [Test]
    public void TextualBody_TextSpottingPage_HasPurposeAndSoftwareGeneratorsAndAnUntypedSpecificResourceTarget()
    {
        AnnotationPage page = Read<AnnotationPage>("v3/extensions/necessary-reunions/NL-HaNA_4.VEL_232.json");
        Annotation annotation = page.Items[0];

        var body = (TextualBody)annotation.Body[1];
        body.Purpose.Should().Equal(Purpose.Supplementing);
        body.Purpose.Should().BeAssignableTo<OneOrMany<Purpose>>().Which.IsSingleValue.Should().BeTrue("a lone purpose stays lone");
        Software software = body.Generator.Should().ContainSingle().Which.Should().BeOfType<Software>().Subject;
        software.Id.Should().Be("https://hdl.handle.net/10622/X2JZYY");
        software.ExtensionData.ContainsKey("label").Should().BeTrue("a label is no property of a Web Annotation agent");
        body.ExtensionData.Should().BeEmpty();

        SpecificResource target = annotation.Target.Should().ContainSingle().Which.Should().BeOfType<SpecificResource>().Subject;
        target.Type.Should().BeNull("the target has a source but no type");
        target.Source!.Id.Should().Be("https://data.globalise.huygens.knaw.nl/manifests/maps/4.VEL/B/B.3/B.3.3/232.json/canvas/p1");
        target.Selector.Should().ContainSingle().Which.Should().BeOfType<SvgSelector>();
        target.Generator.Should().ContainSingle().Which.Should().BeOfType<Software>();
        IiifJson.Serialize(target).Should().NotContain("\"type\": \"SpecificResource\"", "the target is written without the type it was read without");
    }

    [Test]
    public void SpecificResource_DocumentViewSandbox_HasTextQuoteAndTextPositionSelectors()
    {
        AnnotationPage page = Read<AnnotationPage>("v3/extensions/document-view-sandbox/NL-HaNA_1.04.02_3598_0816.json");

        Selector[] selectors = page.Items.SelectMany(a => a.Target.OfType<SpecificResource>()).SelectMany(t => t.Selector).ToArray();

        TextQuoteSelector quote = selectors.OfType<TextQuoteSelector>().First(q => q.Exact == "Boser");
        quote.Suffix.Should().Be(" 3 No 10 Nag");
        quote.Prefix.Should().BeNull();
        quote.ExtensionData.Should().BeEmpty();
        selectors.OfType<TextPositionSelector>().Should().Contain(p => p.Start == 2 && p.End == 7);
        selectors.Should().NotContain(s => s.GetType() == typeof(Selector), "every selector type of the page is typed");
    }

    [Test]
    public void Annotation_W3cExample14_HasProvenanceAsUriStringsAndDates()
    {
        Annotation annotation = Read<Annotation>("v3/extensions/w3c-web-annotation/anno14.json");

        annotation.Creator.Should().ContainSingle().Which.Id.Should().Be("http://example.org/user1");
        annotation.Creator[0].IsUriString.Should().BeTrue();
        annotation.Created.Should().Be("2015-01-28T12:00:00Z");
        annotation.Modified.Should().Be("2015-01-29T09:00:00Z");
        annotation.Generator.Should().ContainSingle().Which.Id.Should().Be("http://example.org/client1");
        annotation.Generated.Should().Be("2015-02-04T12:00:00Z");
        var body = (ContentResource)annotation.Body[0];
        body.Creator.Should().ContainSingle().Which.Id.Should().Be("http://example.net/user2");
        body.Created.Should().Be("2014-06-02T17:00:00Z");
        IiifJson.Serialize(annotation).Should().Contain("\"creator\": \"http://example.org/user1\"", "an agent read as a string is written as one");
    }

    [Test]
    public void Annotation_W3cStyleAndStateExamples_HaveTypedStylesheetStyleClassStateAndScope()
    {
        Annotation styled = Read<Annotation>("v3/extensions/w3c-web-annotation/anno37.json");
        styled.Stylesheet!.IsUriString.Should().BeTrue();
        styled.Stylesheet.Id.Should().Be("http://example.org/style1");
        ((SpecificResource)styled.Target[0]).StyleClass.Should().Be("red");

        Annotation cached = Read<Annotation>("v3/extensions/w3c-web-annotation/anno34.json");
        TimeState state = ((SpecificResource)cached.Target[0]).State.Should().ContainSingle().Which.Should().BeOfType<TimeState>().Subject;
        state.SourceDate.Should().Be("2015-07-20T13:30:00Z");
        state.Cached.Should().Be("http://archive.example.org/copy1");

        Annotation scoped = Read<Annotation>("v3/extensions/w3c-web-annotation/anno40.json");
        ((SpecificResource)scoped.Target[0]).Scope.Should().Equal("http://example.org/page1");

        Annotation xpath = Read<Annotation>("v3/extensions/w3c-web-annotation/anno25.json");
        ((SpecificResource)xpath.Target[0]).Selector.Should().ContainSingle().Which.Should().BeOfType<XPathSelector>()
            .Which.Value.Should().Be("/html/body/p[2]/table/tr[2]/td[3]/span");
    }
}
