using System;
using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Building;

[TestFixture]
public sealed class ContentStateBuilderTests
{
    private const string Book = "https://iiif.io/api/cookbook/recipe/0009-book-1/manifest.json";
    private const string Page2 = "https://iiif.io/api/cookbook/recipe/0009-book-1/canvas/p2";

    [Test]
    public void Region_AsFragment_GivesTheCookbookRecipe0485()
    {
        ContentState state = new ContentStateBuilder("https://iiif.io/api/cookbook/recipe/0485-contentstate-canvas-region/annotation.json")
            .Region(Page2, Book, new CanvasRegion(1528, 3024, 344, 408))
            .Build();

        state.Form.Should().Be(ContentStateForm.Annotation);
        var recipe = (Annotation)IiifJson.Parse(File.ReadAllText(CorpusFiles.Path("v3/cookbook/0485-contentstate-canvas-region__annotation.json")));
        state.Annotation.Id.Should().Be(recipe.Id);
        state.Annotation.Context.Should().Equal(recipe.Context);
        state.Annotation.Motivation.Should().Equal(recipe.Motivation);
        // The recipe gives its one target as an object, the builder as a list of one, as the spec prefers; the target is the same.
        state.Annotation.Target.Should().ContainSingle();
        JsonAssert.EquivalentIgnoringKeyOrder(IiifJson.Serialize(recipe.Target[0]), IiifJson.Serialize(state.Annotation.Target[0]));
        ContentState.Parse(state.Encode()).Value.Should().Be(state.Value);
    }

    [Test]
    public void Canvas_WholeCanvas_TargetsTheCanvasPartOfItsManifest()
    {
        ContentState state = new ContentStateBuilder().Canvas(Page2, Book).Build();

        JsonAssert.EquivalentIgnoringKeyOrder(
            $$"""
            {
              "@context": "http://iiif.io/api/presentation/3/context.json",
              "type": "Annotation",
              "motivation": ["contentState"],
              "target": { "id": "{{Page2}}", "type": "Canvas", "partOf": [{ "id": "{{Book}}", "type": "Manifest" }] }
            }
            """,
            state.Value);
        state.Annotation.Target.Should().ContainSingle().Which.Should().BeOfType<Canvas>();
    }

    [Test]
    public void Time_AsFragment_PutsTOnTheCanvasId()
    {
        ContentState state = new ContentStateBuilder().Time(Page2, Book, new TimeInterval(71.5, 90)).Build();

        state.Annotation.Target.Should().ContainSingle().Which.Id.Should().Be(Page2 + "#t=71.5,90");
    }

    [Test]
    public void Region_AsSpecificResource_UsesAFragmentSelectorOnTheCanvasPartOfItsManifest()
    {
        ContentState state = new ContentStateBuilder().Region(Page2, Book, new CanvasRegion(10, 20, 30, 40), asSpecificResource: true).Build();

        JsonAssert.EquivalentIgnoringKeyOrder(
            $$"""
            {
              "@context": "http://iiif.io/api/presentation/3/context.json",
              "type": "Annotation",
              "motivation": ["contentState"],
              "target": {
                "type": "SpecificResource",
                "source": { "id": "{{Page2}}", "type": "Canvas", "partOf": [{ "id": "{{Book}}", "type": "Manifest" }] },
                "selector": { "type": "FragmentSelector", "conformsTo": "http://www.w3.org/TR/media-frags/", "value": "xywh=10,20,30,40" }
              }
            }
            """,
            state.Value);
        CanvasTarget.TryFrom(state.Annotation.Target[0], out CanvasTarget? target).Should().BeTrue();
        target!.Region.Should().Be(new CanvasRegion(10, 20, 30, 40));
    }

    [Test]
    public void Canvases_SeveralCanvases_TargetsEachInOrder()
    {
        ContentState state = new ContentStateBuilder()
            .Canvases(Book, [Page2, "https://iiif.io/api/cookbook/recipe/0009-book-1/canvas/p3"])
            .Canvas("https://example.org/other/canvas/1", "https://example.org/other/manifest")
            .Build();

        state.Annotation.Target.Should().HaveCount(3);
        state.Annotation.Target[1].Id.Should().EndWith("/canvas/p3");
        state.Annotation.Target[1].PartOf[0].Id.Should().Be(Book);
        state.Annotation.Target[2].PartOf[0].Id.Should().Be("https://example.org/other/manifest");
        using var written = System.Text.Json.JsonDocument.Parse(state.Value);
        written.RootElement.GetProperty("target").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Array, "several targets are an array; one is an object");
    }

    [Test]
    public void Manifest_WholeManifest_IsTheOnlyTargetWithoutPartOf()
    {
        ContentState state = new ContentStateBuilder().Manifest(Book).Collection("https://example.org/collection").Build();

        state.Annotation.Target[0].Should().BeOfType<Manifest>().Which.PartOf.Should().BeEmpty();
        state.Annotation.Target[1].Should().BeOfType<Collection>();
    }

    [Test]
    public void Build_NoTarget_ThrowsIiifBuildException()
    {
        Action build = () => new ContentStateBuilder().Build();

        build.Should().Throw<IiifBuildException>().Which.Problems.Should().ContainSingle().Which.Should().Contain("at least one target");
    }

    [Test]
    public void Canvas_IdWithFragment_ThrowsArgumentException()
    {
        Action add = () => new ContentStateBuilder().Canvas(Page2 + "#xywh=0,0,1,1", Book);

        add.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Build_ThenMoreTargets_LeavesTheBuiltContentStateAsItWas()
    {
        var builder = new ContentStateBuilder().Canvas(Page2, Book);
        ContentState first = builder.Build();

        builder.Manifest(Book);

        first.Annotation.Target.Should().ContainSingle();
    }
}
