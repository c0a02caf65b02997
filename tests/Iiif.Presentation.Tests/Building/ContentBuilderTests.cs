using System;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Building;

/// <summary>
/// Content as the builder paints and annotates it beyond a plain image: resources rendered with a CSS class
/// of their Annotation's stylesheet, painting annotations with properties of their own, and annotations of one
/// content resource (a layer of a Choice) rather than of the Canvas.
/// </summary>
[TestFixture]
public sealed class ContentBuilderTests
{
    private const string Base = "https://example.org/iiif/book";

    private static Image Photo(string name = "p1") =>
        IiifContent.ImageFromService($"https://example.org/images/{name}", 1500, 1000);

    private static string Valid(Manifest manifest)
    {
        string json = IiifJson.Serialize(manifest);
        Validators.Full.Validate(json).Findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => f.ToString()).Should().BeEmpty();
        return json;
    }

    [Test]
    public void Paint_WithConfigure_GivesThePaintingAnnotationAStylesheetForItsStyledBody()
    {
        Manifest manifest = new ManifestBuilder(Base + "/manifest")
            .Label("en", "Rotated")
            .Canvas(c => c
                .Size(1000, 1500)
                .Paint(IiifContent.Styled(Photo(), "rotated", Base + "/body/1"), null, null, a => a
                    .Stylesheet(CssStylesheet.Embedded(".rotated { transform: rotate(90deg); }"))))
            .Build();

        using JsonDocument written = JsonDocument.Parse(Valid(manifest));
        JsonElement annotation = written.RootElement.GetProperty("items")[0].GetProperty("items")[0].GetProperty("items")[0];

        annotation.GetProperty("id").GetString().Should().Be(Base + "/canvas/1/page/1/annotation/1");
        annotation.GetProperty("motivation").GetString().Should().Be("painting");
        annotation.GetProperty("target").GetString().Should().Be(Base + "/canvas/1");
        annotation.GetProperty("stylesheet").GetProperty("type").GetString().Should().Be("CssStylesheet");
        annotation.GetProperty("stylesheet").GetProperty("value").GetString().Should().Contain("rotate(90deg)");
        JsonElement body = annotation.GetProperty("body");
        body.GetProperty("type").GetString().Should().Be("SpecificResource");
        body.GetProperty("id").GetString().Should().Be(Base + "/body/1");
        body.GetProperty("styleClass").GetString().Should().Be("rotated");
        body.GetProperty("source").GetProperty("id").GetString().Should().Be("https://example.org/images/p1/full/max/0/default.jpg");
        body.TryGetProperty("selector", out _).Should().BeFalse();
    }

    [Test]
    public void Paint_WithConfigure_WritesWhatPaintWithoutItWritesOtherwise()
    {
        static string Painted(Action<CanvasBuilder> paint) =>
            IiifJson.Serialize(new ManifestBuilder(Base + "/manifest").Label("en", "Book").Canvas(c => paint(c.Size(1500, 1000))).Build());

        Painted(c => c.Paint(Photo(), null, "xywh=0,0,10,10", _ => { }))
            .Should().Be(Painted(c => c.Paint(Photo(), null, "xywh=0,0,10,10")));
    }

    [Test]
    public void PartAndText_WithStyleClassAndId_WriteThem()
    {
        SpecificResource region = IiifContent.Part(Base + "/canvas/1", new FragmentSelector("xywh=0,0,10,10"), styleClass: "highlight");
        SpecificResource detail = IiifContent.Part(Photo(), new ImageApiSelector { Region = "0,0,10,10" }, Base + "/detail", "framed");
        TextualBody note = IiifContent.Text("<p>A note</p>", "en", "text/html", id: Base + "/note/1");

        region.StyleClass.Should().Be("highlight");
        region.Id.Should().BeNull();
        detail.StyleClass.Should().Be("framed");
        detail.Id.Should().Be(Base + "/detail");
        note.Id.Should().Be(Base + "/note/1");
        IiifContent.Text("plain").Id.Should().BeNull();
        IiifContent.Part(Base + "/canvas/1", new FragmentSelector("xywh=0,0,10,10")).StyleClass.Should().BeNull();
    }

    [Test]
    public void AnnotationWithStyledBodyAndTarget_IsValid()
    {
        Manifest manifest = new ManifestBuilder(Base + "/manifest")
            .Label("en", "Commented")
            .Canvas(c => c
                .Size(1500, 1000)
                .Paint(Photo())
                .Annotations(null, page => page
                    .Annotation(null, Motivation.Commenting, a => a
                        .Stylesheet(CssStylesheet.Reference(Base + "/style.css"))
                        .Body(IiifContent.Styled(IiifContent.Text("<p>Look here</p>", "en", "text/html", id: Base + "/text/1"), "note"))
                        .Target(IiifContent.Part(Base + "/canvas/1", new FragmentSelector("xywh=0,0,10,10"), styleClass: "highlight")))))
            .Build();

        using JsonDocument written = JsonDocument.Parse(Valid(manifest));
        JsonElement annotation = written.RootElement.GetProperty("items")[0].GetProperty("annotations")[0].GetProperty("items")[0];

        annotation.GetProperty("stylesheet").GetString().Should().Be(Base + "/style.css");
        annotation.GetProperty("body").GetProperty("styleClass").GetString().Should().Be("note");
        annotation.GetProperty("body").GetProperty("source").GetProperty("id").GetString().Should().Be(Base + "/text/1");
        annotation.GetProperty("target").GetProperty("styleClass").GetString().Should().Be("highlight");
    }

    [Test]
    public void Styled_WithoutSourceOrClass_IsRefusedAtTheCall()
    {
        FluentActions.Invoking(() => IiifContent.Styled(null!, "c")).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => IiifContent.Styled(Photo(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("styleClass");
    }

    [Test]
    public void ContentAnnotations_OnALayerOfAChoice_TargetTheLayerAndMintTheirOwnPageIds()
    {
        Image natural = Photo("natural");
        Image xray = Photo("xray");

        Manifest manifest = new ManifestBuilder(Base + "/manifest")
            .Label("en", "Layers")
            .Canvas(c => c
                .Size(1500, 1000)
                .PaintChoice(null, natural, xray)
                .ContentAnnotations(xray, null, page => page.Annotation(null, Motivation.Tagging, a => a.Text("skulls", "en")))
                .Annotations(null, page => page.Comment(null, "The whole painting")))
            .Build();

        Valid(manifest);
        AnnotationPage layer = xray.Annotations.Should().ContainSingle().Which;
        layer.Items.Should().ContainSingle().Which.Target.Single().Id.Should().Be(xray.Id);
        natural.Annotations.Should().BeEmpty();
        AnnotationPage canvasPage = manifest.Items[0].Annotations.Should().ContainSingle().Which;
        new[] { manifest.Items[0].Items[0].Id, layer.Id, canvasPage.Id }.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void ContentAnnotations_ContentWithoutId_IsRefusedAtTheCall()
    {
        var builder = new ManifestBuilder(Base + "/manifest");

        FluentActions.Invoking(() => builder.Canvas(c => c.ContentAnnotations(new Image(), null, _ => { })))
            .Should().Throw<ArgumentNullException>().WithParameterName("content");
    }
}
