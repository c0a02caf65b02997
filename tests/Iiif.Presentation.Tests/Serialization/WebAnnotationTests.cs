using System;
using System.Linq;

namespace Iiif.Presentation.Tests.Serialization;

/// <summary>
/// The Web Annotation model's properties, selectors, states and agents: each is read into its typed member,
/// written back in the shape it was read in, and a value of a JSON kind the model cannot hold stays as read.
/// </summary>
[TestFixture]
public sealed class WebAnnotationTests
{
    private static readonly IiifWriteOptions s_compact = new() { Indented = false };

    private static string RoundTrip(string json) => IiifJson.Serialize(IiifJson.Parse(json), s_compact);

    [TestCase("""{"id":"https://example.org/a","type":"Annotation","created":5}""")]
    [TestCase("""{"id":"https://example.org/a","type":"Annotation","creator":[{"id":"https://example.org/u"},7]}""")]
    [TestCase("""{"id":"https://example.org/a","type":"Annotation","stylesheet":["https://example.org/s.css"]}""")]
    [TestCase("""{"id":"https://example.org/a","type":"Annotation","body":{"type":"TextualBody","purpose":{"id":"tagging"},"value":"x"}}""")]
    [TestCase("""{"id":"https://example.org/a","type":"Annotation","target":{"source":"https://example.org/t","state":"https://example.org/s"}}""")]
    [TestCase("""{"id":"https://example.org/a","type":"Annotation","target":{"source":"https://example.org/t","selector":{"type":"TextPositionSelector","start":"0","end":1}}}""")]
    public void ReadThenWrite_ValueOfTheWrongKind_IsKeptAsRead(string json) =>
        RoundTrip(json).Should().Be(json);

    [Test]
    public void Read_CreatedOfTheWrongKind_StaysInExtensionData()
    {
        var annotation = IiifJson.Deserialize<Annotation>("""{"id":"https://example.org/a","type":"Annotation","created":5}""");

        annotation.Created.Should().BeNull();
        annotation.ExtensionData["created"].GetInt32().Should().Be(5);
    }

    [Test]
    public void ReadThenWrite_AgentsAsStringsAndObjects_KeepTheirShapes()
    {
        const string Json = """{"id":"https://example.org/a","type":"Annotation","creator":["https://example.org/u1",{"id":"https://example.org/o","type":"Organization","name":"O","email":"mailto:o@example.org"}],"generator":{"type":"Software","name":"S","homepage":["https://example.org/s"]}}""";

        var annotation = IiifJson.Deserialize<Annotation>(Json);

        annotation.Creator[0].Should().BeOfType<AnnotationAgent>().Which.IsUriString.Should().BeTrue();
        Organization organization = annotation.Creator[1].Should().BeOfType<Organization>().Subject;
        organization.Email.Should().Equal("mailto:o@example.org");
        annotation.Generator.Should().ContainSingle().Which.Should().BeOfType<Software>().Which.Homepage.Should().Equal("https://example.org/s");
        IiifJson.Serialize(annotation, s_compact).Should().Be(Json);
    }

    [Test]
    public void ReadThenWrite_Audience_IsTypedWithItsSchemaPropertiesKeptInOrder()
    {
        // The Web Annotation model's example 31 (section 3.3.3), with a second audience given by its URI, on the
        // Annotation and on its body.
        const string Json = """{"id":"http://example.org/anno30","type":"Annotation","audience":[{"id":"http://example.org/audiences/e1","type":"schema:EducationalAudience","schema:educationalRole":"teacher"},"http://example.org/audiences/e2"],"body":{"type":"TextualBody","audience":{"type":"schema:Audience","schema:audienceType":"students"},"value":"Notes"},"target":"http://example.com/textbook1"}""";

        var annotation = IiifJson.Deserialize<Annotation>(Json);

        AnnotationAudience teachers = annotation.Audience[0];
        (teachers.Id, teachers.Type, teachers.IsUriString).Should().Be(("http://example.org/audiences/e1", "schema:EducationalAudience", false));
        teachers.ExtensionData["schema:educationalRole"].GetString().Should().Be("teacher");
        annotation.Audience[1].Should().BeEquivalentTo(new { Id = "http://example.org/audiences/e2", IsUriString = true });
        ((TextualBody)annotation.Body[0]).Audience.Should().ContainSingle().Which.Type.Should().Be("schema:Audience");
        annotation.ExtensionData.Select(e => e.Key).Should().NotContain("audience");
        IiifJson.Serialize(annotation, s_compact).Should().Be(Json);
    }

    [Test]
    public void Write_AudienceAdded_IsWrittenAsAListAfterTheProvenance()
    {
        var annotation = new Annotation("https://example.org/a") { Created = "2026-12-03T00:00:00Z" };
        annotation.Audience.Add(new AnnotationAudience { Type = "schema:EducationalAudience" });

        IiifJson.Serialize(annotation, s_compact).Should().Contain(
            """"created":"2026-12-03T00:00:00Z","audience":[{"type":"schema:EducationalAudience"}]"""");
    }

    [Test]
    public void Write_AgentReadAsAStringWithANameSet_IsWrittenAsAnObject()
    {
        var annotation = IiifJson.Deserialize<Annotation>("""{"id":"https://example.org/a","type":"Annotation","creator":"https://example.org/u"}""");

        annotation.Creator[0].Name = "U";

        IiifJson.Serialize(annotation, s_compact).Should().Contain(""""creator":{"id":"https://example.org/u","name":"U"}"""");
    }

    [Test]
    public void ReadThenWrite_EverySelectorType_IsTypedAndWrittenInCanonicalOrder()
    {
        const string Json = """
            {"id":"https://example.org/a","type":"Annotation","target":{"type":"SpecificResource","source":"https://example.org/t","selector":[
            {"type":"TextQuoteSelector","exact":"b","prefix":"a","suffix":"c"},
            {"type":"TextPositionSelector","start":1,"end":2},
            {"type":"DataPositionSelector","start":4294967296,"end":4294967297},
            {"type":"XPathSelector","value":"/p[1]"},
            {"type":"CssSelector","value":"#x","refinedBy":{"type":"TextPositionSelector","start":0,"end":1}},
            {"type":"RangeSelector","startSelector":{"type":"XPathSelector","value":"/p[1]"},"endSelector":{"type":"XPathSelector","value":"/p[2]"}},
            {"type":"PointSelector","x":1,"refinedBy":[{"type":"FragmentSelector","value":"t=1"}]}]}}
            """;
        string compact = string.Concat(Json.Split('\n').Select(l => l.Trim()));

        var annotation = IiifJson.Deserialize<Annotation>(compact);

        var selectors = ((SpecificResource)annotation.Target[0]).Selector;
        selectors.Select(s => s.GetType()).Should().Equal(
            typeof(TextQuoteSelector), typeof(TextPositionSelector), typeof(DataPositionSelector), typeof(XPathSelector),
            typeof(CssSelector), typeof(RangeSelector), typeof(PointSelector));
        ((TextQuoteSelector)selectors[0]).Prefix.Should().Be("a");
        ((DataPositionSelector)selectors[2]).End.Should().Be(4294967297L);
        ((CssSelector)selectors[4]).RefinedBy.Should().ContainSingle().Which.Should().BeOfType<TextPositionSelector>();
        ((RangeSelector)selectors[5]).EndSelector.Should().BeOfType<XPathSelector>().Which.Value.Should().Be("/p[2]");
        selectors.Should().OnlyContain(s => s.ExtensionData.Count == 0);

        IiifJson.Serialize(annotation, s_compact).Should().Be(compact);
    }

    [Test]
    public void Write_KeysReadInAnotherOrder_AreWrittenInTheShapesOrder()
    {
        var annotation = IiifJson.Deserialize<Annotation>(
            """{"target":"https://example.org/c","body":"https://example.org/b","generated":"g","created":"c","creator":"https://example.org/u","type":"Annotation","id":"https://example.org/a"}""");

        IiifJson.Serialize(annotation, s_compact).Should().Be(
            """{"id":"https://example.org/a","type":"Annotation","creator":"https://example.org/u","created":"c","generated":"g","body":"https://example.org/b","target":"https://example.org/c"}""");
    }

    [Test]
    public void Read_UntypedObjectWithASource_IsASpecificResourceWrittenBackWithoutAType()
    {
        const string Json = """{"id":"https://example.org/a","type":"Annotation","target":{"source":"https://example.org/t","styleClass":"red","renderedVia":{"type":"Software","name":"R"}}}""";

        var annotation = IiifJson.Deserialize<Annotation>(Json);

        SpecificResource target = annotation.Target.Should().ContainSingle().Which.Should().BeOfType<SpecificResource>().Subject;
        target.Type.Should().BeNull();
        target.StyleClass.Should().Be("red");
        target.RenderedVia.Should().ContainSingle().Which.Should().BeOfType<Software>();
        IiifJson.Serialize(annotation, s_compact).Should().Be(Json);
    }

    [Test]
    public void Read_UntypedTargetWithoutASource_IsStillACanvas()
    {
        var annotation = IiifJson.Deserialize<Annotation>("""{"id":"https://example.org/a","type":"Annotation","target":{"id":"https://example.org/c"}}""");

        annotation.Target[0].Should().BeOfType<Canvas>();
    }

    [Test]
    public void Purpose_WellKnownValues_AreTheMotivationsValues()
    {
        Purpose.Tagging.Value.Should().Be("tagging");
        Purpose.Supplementing.Should().Be(Purpose.FromMotivation(Motivation.Supplementing));
        Purpose.Describing.IsKnown.Should().BeTrue();
        new Purpose("textspotting").IsKnown.Should().BeFalse();
        ((Purpose)"painting").IsKnown.Should().BeTrue();
    }

    [Test]
    public void Build_AnnotationWithWebAnnotationProperties_WritesThemTyped()
    {
        var page = new AnnotationPageBuilder("https://example.org/page", "https://example.org/canvas")
            .Annotation("https://example.org/anno", Motivation.Commenting, a => a
                .Text(Purpose.Tagging, "love", "en")
                .Creator(new Person("https://example.org/user1", "A. Person"))
                .Created(new DateTimeOffset(2015, 10, 13, 13, 0, 0, TimeSpan.Zero))
                .Generator(new Software("https://example.org/client1") { Homepage = { "https://example.org/homepage1" } })
                .Stylesheet(CssStylesheet.Embedded(".red { color: red }"))
                .TargetQuote("https://example.org/text1", "annotation", prefix: "this ", suffix: " has"))
            .Build();

        string json = IiifJson.Serialize(page, s_compact);

        Annotation read = IiifJson.Deserialize<AnnotationPage>(json).Items[0];
        read.Created.Should().Be("2015-10-13T13:00:00Z");
        read.Creator.Should().ContainSingle().Which.Should().BeOfType<Person>().Which.Name.Should().Be("A. Person");
        read.Generator[0].Homepage.Should().Equal("https://example.org/homepage1");
        read.Stylesheet!.Value.Should().Be(".red { color: red }");
        ((TextualBody)read.Body[0]).Purpose.Should().Equal(Purpose.Tagging);
        TextQuoteSelector quote = ((SpecificResource)read.Target[0]).Selector.Should().ContainSingle().Which.Should().BeOfType<TextQuoteSelector>().Subject;
        (quote.Exact, quote.Prefix, quote.Suffix).Should().Be(("annotation", "this ", " has"));
        json.Should().Contain(""""stylesheet":{"type":"CssStylesheet","value":".red { color: red }"}"""");
        json.Should().Contain("\"purpose\":\"tagging\"", "one purpose the builder adds is written lone, as the Web Annotation examples write it");
    }

    [Test]
    public void Build_ImageServiceWithExtraFormats_WritesThem()
    {
        Image image = IiifContent.ImageFromService("https://example.org/iiif/img1", 100, 200, "level1", s =>
        {
            s.ExtraFormats.Add("png");
            s.Protocol = "http://iiif.io/api/image";
        });

        string json = IiifJson.Serialize(image, s_compact);

        json.Should().Contain(""""extraFormats":["png"]"""");
        var read = IiifJson.Deserialize<Image>(json);
        var service = (ImageService3)read.Service[0];
        service.ExtraFormats.Should().Equal("png");
        service.Protocol.Should().Be("http://iiif.io/api/image");
    }
}
