using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Model;

[TestFixture]
public sealed partial class ContentStateTests
{
    private const string Manifest = "https://example.org/iiif/book1/manifest";
    private const string Canvas = "https://example.org/iiif/book1/canvas/p2";

    // The content states of the corpus: the cookbook's recipes, the validator's and clover's examples.
    private static readonly string[] s_corpusContentStates =
    [
        "v3/cookbook/0485-contentstate-canvas-region__annotation.json",
        "v3/cookbook/0540-link-for-opening-multiple-canvases__annotation.json",
        "v3/cookbook/0599-drag-and-drop.json",
        "v3/presentation-validator/content_state.json",
        "v3/clover-iiif/manifest/content-state/annotations-integrated.json",
        "v3/clover-iiif/manifest/content-state/canvas-xywh-body.json",
        "v3/clover-iiif/manifest/content-state/canvas-xywh.json",
        "v3/clover-iiif/manifest/content-state/canvas.json",
        "v3/clover-iiif/manifest/content-state/motivation-string.json",
        "v3/clover-iiif/manifest/content-state/point-selector.json",
        "v3/clover-iiif/manifest/content-state/specific-resource.json",
    ];

    private static IEnumerable<TestCaseData> CorpusContentStates()
    {
        if (CorpusFiles.Root is null)
        {
            yield return new TestCaseData("(corpus not found)").Ignore(CorpusFiles.MissingReason);
            yield break;
        }

        foreach (string relative in s_corpusContentStates)
        {
            yield return new TestCaseData(relative).SetName($"CorpusRoundTrip({relative})");
        }
    }

    [Test]
    public void CorpusList_HoldsEveryContentStateOfTheCorpus()
    {
        // A content state added to the corpus joins the round trip, instead of being silently left out.
        string root = CorpusFiles.Root ?? throw new IgnoreException(CorpusFiles.MissingReason);
        string[] found = CorpusFiles.Files("v3")
            .Where(f => File.ReadAllText(f.FullPath).Contains("\"contentState\"", StringComparison.Ordinal))
            .Where(f => IiifJson.Parse(File.ReadAllText(f.FullPath)) is Annotation)
            .Select(f => f.RelativePath)
            .ToArray();

        found.Should().BeEquivalentTo(s_corpusContentStates, because: $"these are the content-state Annotations under {root}");
    }

    [TestCaseSource(nameof(CorpusContentStates))]
    public void EncodeDecode_CorpusContentState_GivesTheSameTextAndAnnotation(string relative)
    {
        string json = File.ReadAllText(CorpusFiles.Path(relative));

        string encoded = ContentState.Encode(json);
        encoded.Should().MatchRegex("^[A-Za-z0-9_-]+$", because: $"{relative} encodes to base64url without padding");
        ContentState.Decode(encoded).Should().Be(json, because: $"{relative} decodes to the text that was encoded");

        ContentState plain = ContentState.Parse(json);
        ContentState decoded = ContentState.Parse(encoded);
        plain.WasEncoded.Should().BeFalse();
        decoded.WasEncoded.Should().BeTrue();
        decoded.Form.Should().Be(ContentStateForm.Annotation);
        decoded.Value.Should().Be(json.Trim());
        decoded.Annotation.Motivation.Should().Contain(Motivation.ContentState, because: relative);
        decoded.Annotation.Target.Should().NotBeEmpty(because: relative);
        JsonAssert.EquivalentIgnoringKeyOrder(json, IiifJson.Serialize(decoded.Annotation), relative);
    }

    [Test]
    public void Parse_BareUri_IsTheUriFormWithTheUriAsTarget()
    {
        ContentState state = ContentState.Parse("  " + Manifest + "\n");

        state.Form.Should().Be(ContentStateForm.Uri);
        state.WasEncoded.Should().BeFalse();
        state.Value.Should().Be(Manifest);
        state.Annotation.Motivation.Should().Equal(Motivation.ContentState);
        state.Annotation.Target.Should().ContainSingle().Which.Should().Match<IiifResource>(t => t.Id == Manifest && t.IsUriString);
        state.Annotation.Context.Should().Equal(IiifContexts.Presentation3);
    }

    [Test]
    public void Parse_UriAsJsonString_IsTheUriForm()
    {
        ContentState state = ContentState.Parse("\"" + Manifest + "\"");

        state.Form.Should().Be(ContentStateForm.Uri);
        state.Annotation.Target.Should().ContainSingle().Which.Id.Should().Be(Manifest);
    }

    [Test]
    public void Parse_ReferenceWithPartOf_IsWrappedInAContentStateAnnotation()
    {
        string json = $$"""
            {
              "@context": "http://iiif.io/api/presentation/3/context.json",
              "id": "{{Canvas}}#xywh=1000,2000,1000,2000",
              "type": "Canvas",
              "partOf": [{ "id": "{{Manifest}}", "type": "Manifest" }]
            }
            """;

        ContentState state = ContentState.Parse(json);

        state.Form.Should().Be(ContentStateForm.Resource);
        state.Value.Should().Be(json);
        Annotation annotation = state.Annotation;
        annotation.Motivation.Should().Equal(Motivation.ContentState);
        annotation.Context.Should().Equal(IiifContexts.Presentation3);
        Canvas target = annotation.Target.Should().ContainSingle().Which.Should().BeOfType<Canvas>().Subject;
        target.Id.Should().Be(Canvas + "#xywh=1000,2000,1000,2000");
        target.PartOf.Should().ContainSingle().Which.Should().Match<IiifResource>(p => p.Id == Manifest && p is Manifest);
        JsonAssert.EquivalentIgnoringKeyOrder(
            $$"""
            {
              "@context": "http://iiif.io/api/presentation/3/context.json",
              "type": "Annotation",
              "motivation": ["contentState"],
              "target": [{ "id": "{{Canvas}}#xywh=1000,2000,1000,2000", "type": "Canvas", "partOf": [{ "id": "{{Manifest}}", "type": "Manifest" }] }]
            }
            """,
            IiifJson.Serialize(annotation));
    }

    [Test]
    public void Parse_ManifestReference_IsTheResourceForm()
    {
        ContentState state = ContentState.Parse($$"""{ "id": "{{Manifest}}", "type": "Manifest" }""");

        state.Form.Should().Be(ContentStateForm.Resource);
        state.Annotation.Target.Should().ContainSingle().Which.Should().BeOfType<Manifest>().Which.Id.Should().Be(Manifest);
    }

    [Test]
    public void Parse_FullAnnotation_IsTheAnnotationGiven()
    {
        string json = $$"""
            {
              "@context": "http://iiif.io/api/presentation/3/context.json",
              "id": "https://example.org/import/1",
              "type": "Annotation",
              "motivation": ["contentState"],
              "target": { "id": "{{Canvas}}", "type": "Canvas", "partOf": [{ "id": "{{Manifest}}", "type": "Manifest" }] }
            }
            """;

        ContentState state = ContentState.Parse(json);

        state.Form.Should().Be(ContentStateForm.Annotation);
        state.Annotation.Id.Should().Be("https://example.org/import/1");
        state.Annotation.Target.Should().ContainSingle().Which.Id.Should().Be(Canvas);
        JsonAssert.EquivalentIgnoringKeyOrder(json, IiifJson.Serialize(state.Annotation));
    }

    [Test]
    public void Parse_SeveralTargets_KeepsThemInOrder()
    {
        string json = $$"""
            {
              "type": "Annotation",
              "motivation": "contentState",
              "target": [
                { "id": "{{Canvas}}", "type": "Canvas", "partOf": [{ "id": "{{Manifest}}", "type": "Manifest" }] },
                { "id": "https://example.org/iiif/book2/canvas/p9", "type": "Canvas", "partOf": [{ "id": "https://example.org/iiif/book2/manifest", "type": "Manifest" }] }
              ]
            }
            """;

        ContentState state = ContentState.Parse(json);

        state.Form.Should().Be(ContentStateForm.Annotation);
        state.Annotation.Target.Select(t => t.Id).Should().Equal(Canvas, "https://example.org/iiif/book2/canvas/p9");
        state.Annotation.Target.Select(t => t.PartOf.Single().Id).Should().Equal(Manifest, "https://example.org/iiif/book2/manifest");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Parse_EncodedOrPlain_GivesTheSameAnnotation(bool padded)
    {
        string json = $$$"""{"type":"Annotation","motivation":["contentState"],"target":{"id":"{{{Canvas}}}","type":"Canvas","partOf":[{"id":"{{{Manifest}}}","type":"Manifest"}]}}""";
        string encoded = ContentState.Encode(json);
        if (padded)
        {
            encoded += new string('=', (4 - (encoded.Length % 4)) % 4);
            encoded.Should().EndWith("=", because: "this JSON's encoding needs padding, so the case is meaningful");
        }

        ContentState fromEncoded = ContentState.Parse(encoded);
        ContentState fromPlain = ContentState.Parse(json);

        fromEncoded.WasEncoded.Should().BeTrue();
        fromPlain.WasEncoded.Should().BeFalse();
        fromEncoded.Value.Should().Be(json);
        IiifJson.Serialize(fromEncoded.Annotation).Should().Be(IiifJson.Serialize(fromPlain.Annotation));
    }

    [Test]
    public void Parse_EncodedUri_IsTheUriForm()
    {
        ContentState state = ContentState.Parse(ContentState.Encode(Manifest));

        state.Form.Should().Be(ContentStateForm.Uri);
        state.WasEncoded.Should().BeTrue();
        state.Annotation.Target.Single().Id.Should().Be(Manifest);
    }

    [TestCase("", "empty")]
    [TestCase("   ", "empty")]
    [TestCase("[{\"id\":\"https://example.org/m\",\"type\":\"Manifest\"}]", "not a JSON array")]
    [TestCase("\"not a uri\"", "holds a URI")]
    [TestCase("abc$def", "'$' at index 3")]
    [TestCase("eyJ0eXBlIjoiQW5ub3RhdGlvbiJ9+", "standard base64 alphabet")]
    [TestCase("JTIw", "neither JSON nor a URI")] // Found by DecodeAndTryParse_AnyInput_FailOnlyAsDocumented: it decodes to a space.
    public void Parse_NotAContentState_ThrowsFormatExceptionThatSaysWhy(string value, string reason)
    {
        Action parse = () => ContentState.Parse(value);

        parse.Should().Throw<FormatException>().WithMessage($"*{reason}*");
        ContentState.TryParse(value, out ContentState? state).Should().BeFalse();
        state.Should().BeNull();
    }

    [Test]
    public void Parse_BrokenJson_ThrowsIiifJsonExceptionWithThePosition()
    {
        Action parse = () => ContentState.Parse("{\"type\": \"Annotation\", \"target\": }");

        parse.Should().Throw<IiifJsonException>().Which.LineNumber.Should().Be(0);
        ContentState.TryParse("{\"type\": \"Annotation\", \"target\": }", out _).Should().BeFalse();
        ContentState.TryParse(null, out _).Should().BeFalse();
    }

    [Test]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Action parse = () => ContentState.Parse(null!);

        parse.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Instance_Encode_EncodesTheValue()
    {
        ContentState state = ContentState.Parse(Manifest);

        state.Encode().Should().Be(ContentState.Encode(Manifest));
        state.ToString().Should().Be(Manifest);
    }
}
