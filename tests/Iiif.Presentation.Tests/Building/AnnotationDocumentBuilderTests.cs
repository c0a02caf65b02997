using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Building;

/// <summary>
/// Annotations published as documents of their own: a standalone Annotation, and an AnnotationCollection whose
/// pages the builder links as the spec requires (first, last, total; partOf, prev, next, startIndex), each of
/// them valid as built.
/// </summary>
[TestFixture]
public sealed class AnnotationDocumentBuilderTests
{
    private const string Base = "https://example.org/iiif/newspaper";

    private static AnnotationCollectionBuilder Newspaper() =>
        new AnnotationCollectionBuilder(Base + "/transcription")
            .Label("en", "Transcription of the issue")
            .Page(Base + "/transcription/p1", Base + "/canvas/p1", p => p
                .Annotation(null, Motivation.Supplementing, a => a.Text("Headline", "en").Target(Base + "/canvas/p1#xywh=0,0,100,20"))
                .Annotation(null, Motivation.Supplementing, a => a.Text("First line", "en").Target(Base + "/canvas/p1#xywh=0,20,100,20"))
                .Annotation(null, Motivation.Supplementing, a => a.Text("Second line", "en").Target(Base + "/canvas/p1#xywh=0,40,100,20")))
            .Page(Base + "/transcription/p2", Base + "/canvas/p2", p => p
                .Annotation(null, Motivation.Supplementing, a => a.Text("Page two", "en")))
            .Page(Base + "/transcription/p3", Base + "/canvas/p3", p => p
                .Annotation(null, Motivation.Supplementing, a => a.Text("Page three", "en"))
                .Annotation(null, Motivation.Supplementing, a => a.Text("The end", "en")));

    [Test]
    public void Build_Collection_LinksFirstLastAndCountsEveryAnnotation()
    {
        AnnotationCollectionBuilder builder = Newspaper();

        AnnotationCollection collection = builder.Build();

        collection.First!.Id.Should().Be(Base + "/transcription/p1");
        collection.Last!.Id.Should().Be(Base + "/transcription/p3");
        collection.Total.Should().Be(6);

        using JsonDocument written = JsonDocument.Parse(IiifJson.Serialize(collection));
        JsonElement root = written.RootElement;
        root.GetProperty("first").GetProperty("type").GetString().Should().Be("AnnotationPage", "a page link is an object with id and type");
        root.GetProperty("last").GetProperty("id").GetString().Should().Be(Base + "/transcription/p3");
        root.GetProperty("@context").GetString().Should().Be(IiifContexts.Presentation3);
        root.TryGetProperty("items", out _).Should().BeFalse("an AnnotationCollection points to its pages; it does not embed them");
    }

    [Test]
    public void BuildPages_Collection_LinksEachPageToTheCollectionAndItsNeighbours()
    {
        IReadOnlyList<AnnotationPage> pages = Newspaper().BuildPages();

        pages.Select(p => p.Id).Should().Equal(Base + "/transcription/p1", Base + "/transcription/p2", Base + "/transcription/p3");
        pages.Select(p => p.StartIndex).Should().Equal(0, 3, 4);
        pages.Select(p => p.Prev?.Id).Should().Equal(null, Base + "/transcription/p1", Base + "/transcription/p2");
        pages.Select(p => p.Next?.Id).Should().Equal(Base + "/transcription/p2", Base + "/transcription/p3", null);
        pages.Should().OnlyContain(p => p.PartOf.Count == 1 && p.PartOf[0].Id == Base + "/transcription" && p.PartOf[0] is AnnotationCollection);
        pages[1].Items.Single().Target.Single().Id.Should().Be(Base + "/canvas/p2", "an annotation targets its page's resource unless it says otherwise");

        using JsonDocument second = JsonDocument.Parse(IiifJson.Serialize(pages[1]));
        second.RootElement.GetProperty("prev").GetProperty("type").GetString().Should().Be("AnnotationPage");
        second.RootElement.GetProperty("next").GetProperty("id").GetString().Should().Be(Base + "/transcription/p3");
        second.RootElement.GetProperty("partOf")[0].GetProperty("type").GetString().Should().Be("AnnotationCollection");
    }

    [Test]
    public void Build_Twice_GivesTheSameBytes()
    {
        AnnotationCollectionBuilder builder = Newspaper();

        string first = IiifJson.Serialize(builder.Build()) + string.Concat(builder.BuildPages().Select(p => IiifJson.Serialize(p)));
        string second = IiifJson.Serialize(builder.Build()) + string.Concat(builder.BuildPages().Select(p => IiifJson.Serialize(p)));

        second.Should().Be(first);
    }

    [Test]
    public void Build_CollectionAndPages_AreValid()
    {
        AnnotationCollectionBuilder builder = Newspaper();

        IEnumerable<IiifResource> documents = new IiifResource[] { builder.Build() }.Concat(builder.BuildPages());

        foreach (IiifResource document in documents)
        {
            ValidationReport report = Validators.Full.Validate(IiifJson.Serialize(document));
            report.Findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => f.ToString())
                .Should().BeEmpty($"{document.Type} {document.Id} is built valid");
        }
    }

    [Test]
    public void Build_CollectionWithoutPages_IsRefused()
    {
        Action build = () => new AnnotationCollectionBuilder(Base + "/empty").Build();

        build.Should().Throw<IiifBuildException>().WithMessage("*has no page*");
    }

    [Test]
    public void Build_CollectionOfPagesBuiltElsewhere_LinksFirstAndLastWithoutTotal()
    {
        AnnotationCollection collection = new AnnotationCollectionBuilder(Base + "/transcription")
            .Label("en", "Transcription of the issue")
            .PageReference(Base + "/transcription/p1")
            .PageReference(Base + "/transcription/p2")
            .Build();

        collection.First!.Id.Should().Be(Base + "/transcription/p1");
        collection.Last!.Id.Should().Be(Base + "/transcription/p2");
        collection.Total.Should().BeNull("the annotations of pages built elsewhere are not known here");
        string json = IiifJson.Serialize(collection);
        json.Should().NotContain("\"total\"");
        Validators.Full.Validate(json).Findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => f.ToString()).Should().BeEmpty();
    }

    [Test]
    public void BuildPages_AfterAPageBuiltElsewhere_NameItButGiveNoStartIndex()
    {
        var builder = new AnnotationCollectionBuilder(Base + "/transcription")
            .Page(Base + "/transcription/p1", Base + "/canvas/p1", p => p.Annotation(null, Motivation.Supplementing, a => a.Text("One", "en")))
            .PageReference(Base + "/transcription/p2")
            .Page(Base + "/transcription/p3", Base + "/canvas/p3", p => p.Annotation(null, Motivation.Supplementing, a => a.Text("Three", "en")));

        IReadOnlyList<AnnotationPage> pages = builder.BuildPages();

        pages.Select(p => p.Id).Should().Equal(Base + "/transcription/p1", Base + "/transcription/p3");
        pages.Select(p => p.StartIndex).Should().Equal(0, null);
        pages[0].Next!.Id.Should().Be(Base + "/transcription/p2");
        pages[1].Prev!.Id.Should().Be(Base + "/transcription/p2");
        builder.Build().Total.Should().BeNull();
    }

    [Test]
    public void TargetRegion_GivesTheCanvasPartOfItsManifestWithAFragmentSelector()
    {
        Annotation annotation = new AnnotationBuilder(Base + "/annotation/1", Motivation.Supplementing)
            .Text("Headline", "de", "text/plain")
            .TargetRegion(Base + "/canvas/p1", Base + "/manifest", new CanvasRegion(0, 376, 399, 53))
            .Build();

        string json = IiifJson.Serialize(annotation);
        using JsonDocument written = JsonDocument.Parse(json);
        JsonElement target = written.RootElement.GetProperty("target");
        target.GetProperty("type").GetString().Should().Be("SpecificResource");
        target.GetProperty("source").GetProperty("id").GetString().Should().Be(Base + "/canvas/p1");
        target.GetProperty("source").GetProperty("type").GetString().Should().Be("Canvas");
        target.GetProperty("source").GetProperty("partOf")[0].GetProperty("id").GetString().Should().Be(Base + "/manifest");
        target.GetProperty("source").GetProperty("partOf")[0].GetProperty("type").GetString().Should().Be("Manifest");
        target.GetProperty("selector").GetProperty("conformsTo").GetString().Should().Be(FragmentSelector.MediaFragments);
        target.GetProperty("selector").GetProperty("value").GetString().Should().Be("xywh=0,376,399,53");
        CanvasTarget.TryFrom(annotation.Target[0], out CanvasTarget? read).Should().BeTrue();
        read!.Region.Should().Be(new CanvasRegion(0, 376, 399, 53));
        Validators.Full.Validate(json).Findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => f.ToString()).Should().BeEmpty();
    }

    [Test]
    public void TargetRegion_CanvasIdWithAFragmentOrNoArea_IsRefusedAtTheCall()
    {
        var annotation = new AnnotationBuilder(Base + "/annotation/1", Motivation.Supplementing);

        FluentActions.Invoking(() => annotation.TargetRegion(Base + "/canvas/p1#xywh=0,0,1,1", Base + "/manifest", new CanvasRegion(0, 0, 10, 10)))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => annotation.TargetRegion(Base + "/canvas/p1", Base + "/manifest", new CanvasRegion(0, 0, 0, 10)))
            .Should().Throw<ArgumentException>();
    }

    [Test]
    public void PageNextAndPrev_AreWrittenAsReferencesWithType()
    {
        AnnotationPage page = new AnnotationPageBuilder(Base + "/list/2", Base + "/canvas/p2")
            .Prev(Base + "/list/1")
            .Next(Base + "/list/3")
            .Build();

        using JsonDocument written = JsonDocument.Parse(IiifJson.Serialize(page));

        written.RootElement.GetProperty("prev").ValueKind.Should().Be(JsonValueKind.Object);
        written.RootElement.GetProperty("next").GetProperty("type").GetString().Should().Be("AnnotationPage");
        Validators.Full.Validate(IiifJson.Serialize(page)).Findings.Where(f => f.Severity == ValidationSeverity.Error).Should().BeEmpty();
    }

    [Test]
    public void StartIndex_Negative_IsRefusedAtTheCall()
    {
        var page = new AnnotationPageBuilder(Base + "/list/1", Base + "/canvas/p1");

        Action call = () => page.StartIndex(-1);

        call.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Test]
    public void StandaloneAnnotation_IsADocumentWithItsContextAndIsValid()
    {
        Annotation annotation = new AnnotationBuilder(Base + "/annotation/1", Motivation.Commenting)
            .Text("A fine initial", "en")
            .Target(Base + "/canvas/p1#xywh=10,10,50,50")
            .Build();

        string json = IiifJson.Serialize(annotation);
        using JsonDocument written = JsonDocument.Parse(json);

        written.RootElement.EnumerateObject().First().Name.Should().Be("@context");
        written.RootElement.GetProperty("motivation").GetString().Should().Be("commenting");
        written.RootElement.GetProperty("target").GetString().Should().Be(Base + "/canvas/p1#xywh=10,10,50,50");
        Validators.Full.Validate(json).Findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => f.ToString()).Should().BeEmpty();
    }
}
