using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Corpus;

/// <summary>
/// Real documents that use the registered IIIF extensions (navPlace, georeference, text granularity), read
/// into typed values, and written back exactly.
/// </summary>
[TestFixture]
public sealed class ExtensionTypedAccessTests
{
    private static T Read<T>(string relativePath)
        where T : IiifResource =>
        IiifJson.Deserialize<T>(System.IO.File.ReadAllBytes(CorpusFiles.Path(relativePath)));

    [Test]
    public void NavPlace_NavplaceMiradorManifest_IsAPointFeatureWithItsProperties()
    {
        Manifest manifest = Read<Manifest>("v3/extensions/navplace-mirador/1011.json");

        FeatureCollection place = manifest.NavPlace!;
        place.Id.Should().Be("https://127.0.0.1:3000/1011/feature");
        Feature feature = place.Features.Should().ContainSingle().Subject;
        feature.Id.Should().Be("feature1");
        feature.Type.Should().Be("Feature");
        var point = feature.Geometry.Should().BeOfType<Point>().Subject;
        point.Coordinates.Should().Be(new Position(12.4924, 41.8902));
        point.Coordinates!.Value.Longitude.Should().Be(12.4924);
        point.Coordinates.Value.Latitude.Should().Be(41.8902);
        feature.Properties!.Value.GetProperty("label").GetProperty("en")[0].GetString().Should().Be("The Colosseum, Rome");
        feature.ExtensionData.Should().BeEmpty();
        manifest.ExtensionData.ContainsKey("navPlace").Should().BeFalse();
    }

    [Test]
    public void NavPlace_AllmapsCanvas_IsAPolygonWithAClosedRing()
    {
        Manifest manifest = Read<Manifest>("v3/extensions/allmaps/manifest.3.pica-toegankelijke-kaartcollectie.json");

        Canvas canvas = manifest.Items[0];
        var polygon = canvas.NavPlace!.Features[0].Geometry.Should().BeOfType<Polygon>().Subject;
        IList<Position> ring = polygon.Coordinates.Should().ContainSingle().Subject;
        ring.Should().HaveCount(41);
        ring[0].Should().Be(new Position(4.870270752, 52.377139406));
        ring[1].Should().Be(new Position(4.87356528, 52.37517493));
        ring[^1].Should().Be(ring[0], "a linear ring is closed");
        canvas.ExtensionData.ContainsKey("navPlace").Should().BeFalse();
    }

    [Test]
    public void Georeference_AllmapsAnnotation_HasTypedControlPointsAndTransformation()
    {
        Annotation annotation = Read<Annotation>("v3/extensions/allmaps/annotation.canvas-target.json");

        annotation.Motivation.Should().Equal(Motivation.Georeferencing);
        annotation.Motivation[0].IsKnown.Should().BeTrue();
        var body = annotation.Body.Should().ContainSingle().Which.Should().BeOfType<FeatureCollection>().Subject;
        body.Transformation!.Type.Should().Be(Transformation.Polynomial);
        body.Transformation.Options!.Value.GetProperty("order").GetInt32().Should().Be(1);
        Feature gcp = body.Features[0];
        gcp.ResourceCoords.Should().Equal(2286, 2995);
        gcp.UsesPixelCoords.Should().BeFalse();
        gcp.Geometry.Should().BeOfType<Point>().Which.Coordinates.Should().Be(new Position(4.8864474, 52.3796498));
        body.ExtensionData.Select(e => e.Key).Should().Equal(["_allmaps"], "the GeoJSON and georeference members are typed");
    }

    [Test]
    public void Georeference_OlderPixelCoords_AreReadAsResourceCoords()
    {
        AnnotationPage page = Read<AnnotationPage>("v3/extensions/allmaps/13fd7a1921f2b011.json");

        var body = (FeatureCollection)page.Items[0].Body[0];
        body.Features[0].ResourceCoords.Should().Equal(3899, 6412);
        body.Features[0].UsesPixelCoords.Should().BeTrue();
    }

    [Test]
    public void Georeference_ThinPlateSplineAndResourceCrs_AreTyped()
    {
        AnnotationPage page = Read<AnnotationPage>("v3/extensions/necessary-reunions/MAL_1.json");
        var body = (FeatureCollection)page.Items[0].Body[0];
        body.Transformation!.Type.Should().Be(Transformation.ThinPlateSpline);
        body.Transformation.Options.Should().BeNull();
        body.Features.Should().HaveCount(11);

        Annotation projected = Read<Annotation>("v3/extensions/allmaps/annotation.projection.json");
        var projectedBody = (FeatureCollection)projected.Body[0];
        projectedBody.ResourceCrs!.Value.GetProperty("name").GetString().Should().Be("Bonne");
        projectedBody.Features[0].ResourceCoords.Should().Equal(5645, 2302);
    }

    [Test]
    public void TextGranularity_JiiifyAnnotation_IsLine()
    {
        Annotation annotation = Read<Annotation>("v3/extensions/jiiify-presentation/annotation-supplementing-text-granularity.json");

        annotation.TextGranularity.Should().Be(TextGranularity.Line);
        annotation.TextGranularity!.Value.IsKnown.Should().BeTrue();
        annotation.ExtensionData.ContainsKey("textGranularity").Should().BeFalse();
    }

    [Test]
    public void TextGranularity_UnknownValue_PassesThrough()
    {
        AnnotationPage page = Read<AnnotationPage>("v3/extensions/document-view-sandbox/NL-HaNA_1.04.02_3965_0177.json");

        page.Items.Select(a => a.TextGranularity).Should().Contain(TextGranularity.Word).And.Contain(new TextGranularity("page-htr"));
        new TextGranularity("page-htr").IsKnown.Should().BeFalse();
    }

    [TestCase("v3/extensions/navplace-mirador/1011.json")]
    [TestCase("v3/extensions/allmaps/manifest.3.pica-toegankelijke-kaartcollectie.json")]
    [TestCase("v3/extensions/allmaps/annotation.canvas-target.json")]
    [TestCase("v3/extensions/allmaps/annotation.projection.json")]
    [TestCase("v3/extensions/soduco-allmaps-annotations/10110057.json")]
    [TestCase("v3/extensions/jiiify-presentation/annotation-supplementing-text-granularity.json")]
    public void Write_ExtensionDocument_IsByteIdenticalToItsCompactInput(string relativePath)
    {
        // Compact output of the typed model, against the input made compact with its keys in the order read:
        // the same numbers, written the same way, in the same places.
        string original = System.IO.File.ReadAllText(CorpusFiles.Path(relativePath));
        IiifResource resource = IiifJson.Parse(original);
        string written = IiifJson.Serialize(resource, new IiifWriteOptions { Indented = false });

        JsonAssert.EquivalentIgnoringKeyOrder(original, written, relativePath);
        using JsonDocument a = JsonDocument.Parse(original);
        using JsonDocument b = JsonDocument.Parse(written);
        Numbers(a.RootElement).Should().Equal(Numbers(b.RootElement), "every number is written as it was read");
    }

    private static IEnumerable<string> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetRawText()],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        JsonValueKind.Object => element.EnumerateObject().OrderBy(p => p.Name, System.StringComparer.Ordinal).SelectMany(p => Numbers(p.Value)),
        _ => [],
    };
}
