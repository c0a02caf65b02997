using System;
using System.Linq;
using Iiif.Presentation.Validation;
using Iiif.Presentation.Tests.Validation;

namespace Iiif.Presentation.Tests.Building;

/// <summary>The builders write the registered extensions' properties and name each extension's context in
/// the document's <c>@context</c>, once and before the Presentation 3 context.</summary>
[TestFixture]
public sealed class ExtensionBuilderTests
{
    private static ManifestBuilder Map() =>
        new ManifestBuilder("https://example.org/iiif/map/manifest")
            .Label("en", "A map of Amsterdam")
            .Canvas(c => c.Size(1000, 800).Paint(IiifContent.Image("https://example.org/images/map.jpg", "image/jpeg", 1000, 800)));

    [Test]
    public void NavPlacePoint_OnAManifest_AddsTheNavPlaceContextBeforePresentation3()
    {
        Manifest manifest = Map().NavPlacePoint(4.8952, 52.3702, "Amsterdam").Build();

        manifest.Context.Should().Equal(IiifContexts.NavPlace, IiifContexts.Presentation3);
        Feature feature = manifest.NavPlace!.Features.Should().ContainSingle().Subject;
        feature.Geometry.Should().BeOfType<Point>().Which.Coordinates.Should().Be(new Position(4.8952, 52.3702));
        feature.Id.Should().Be("https://example.org/iiif/map/manifest/feature/1");
        manifest.NavPlace.Id.Should().Be("https://example.org/iiif/map/manifest/feature-collection/1");

        string json = IiifJson.Serialize(manifest, new IiifWriteOptions { Indented = false });
        json.Should().StartWith($"{{\"@context\":[\"{IiifContexts.NavPlace}\",\"{IiifContexts.Presentation3}\"]");
        json.Should().Contain("\"navPlace\":{\"id\":\"https://example.org/iiif/map/manifest/feature-collection/1\",\"type\":\"FeatureCollection\"," +
            "\"features\":[{\"id\":\"https://example.org/iiif/map/manifest/feature/1\",\"type\":\"Feature\",\"properties\":{\"label\":{\"none\":[\"Amsterdam\"]}}," +
            "\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.8952,52.3702]}}]}");
    }

    [Test]
    public void NavPlacePolygon_OnACanvas_ClosesTheRingAndAddsTheContextOnce()
    {
        Manifest manifest = Map()
            .Canvas(c => c.Size(10, 10)
                .NavPlacePolygon([new Position(4.8, 52.3), new Position(4.9, 52.3), new Position(4.9, 52.4)])
                .NavPlacePoint(4.85, 52.35))
            .NavPlacePoint(4.8952, 52.3702)
            .Build();

        manifest.Context.Should().Equal(IiifContexts.NavPlace, IiifContexts.Presentation3);
        FeatureCollection place = manifest.Items[1].NavPlace!;
        place.Features.Should().HaveCount(2);
        var polygon = place.Features[0].Geometry.Should().BeOfType<Polygon>().Subject;
        polygon.Coordinates.Should().ContainSingle().Which.Should().Equal(
            new Position(4.8, 52.3), new Position(4.9, 52.3), new Position(4.9, 52.4), new Position(4.8, 52.3));
        place.Features[1].Id.Should().Be("https://example.org/iiif/map/canvas/2/feature/2");
    }

    [Test]
    public void NavPlace_BuiltDocument_HasNoExtensionFinding()
    {
        Manifest manifest = Map()
            .Canvas(c => c.Size(10, 10).NavPlacePolygon([new Position(4.8, 52.3), new Position(4.9, 52.3), new Position(4.9, 52.4)]))
            .NavPlacePoint(4.8952, 52.3702, "Amsterdam")
            .Build();

        ValidationReport report = Validators.Full.Validate(IiifJson.SerializeToUtf8Bytes(manifest));

        report.Findings.Where(f => f.Code.StartsWith("P3-EXT-", StringComparison.Ordinal)).Should().BeEmpty(report.ToString());
    }

    [Test]
    public void NavPlace_OnACollectionAndARange_AddsTheContext()
    {
        Collection collection = new CollectionBuilder("https://example.org/iiif/maps")
            .Label("en", "Maps")
            .NavPlacePoint(4.8952, 52.3702)
            .Build();
        collection.Context.Should().Equal(IiifContexts.NavPlace, IiifContexts.Presentation3);

        Manifest manifest = Map().Range(null, r => r.Label("en", "Part").Canvas("https://example.org/iiif/map/canvas/1").NavPlacePoint(5, 52)).Build();
        manifest.Structures[0].NavPlace!.Features.Should().ContainSingle();
        manifest.Context.Should().Equal(IiifContexts.NavPlace, IiifContexts.Presentation3);
    }

    [Test]
    public void NavPlace_WithIdsAndALabelInTwoLanguages_WritesThemInTheFeature()
    {
        var label = new LanguageMap { { "en", "Amsterdam" }, { "nl", "Amsterdam (stad)" } };

        Manifest manifest = Map()
            .NavPlace(new Point(new Position(4.8952, 52.3702)), label, "https://example.org/places/feature/7", "https://example.org/places/feature-collection/7")
            .Build();

        manifest.Context.Should().Equal(IiifContexts.NavPlace, IiifContexts.Presentation3);
        manifest.NavPlace!.Id.Should().Be("https://example.org/places/feature-collection/7");
        IiifJson.Serialize(manifest.NavPlace, new IiifWriteOptions { Indented = false }).Should().Be(
            "{\"id\":\"https://example.org/places/feature-collection/7\",\"type\":\"FeatureCollection\"," +
            "\"features\":[{\"id\":\"https://example.org/places/feature/7\",\"type\":\"Feature\"," +
            "\"properties\":{\"label\":{\"en\":[\"Amsterdam\"],\"nl\":[\"Amsterdam (stad)\"]}}," +
            "\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.8952,52.3702]}}]}");
    }

    [Test]
    public void NavPlace_WithoutIds_MintsThemBelowTheResourceAndKeepsAGivenCollectionId()
    {
        Manifest manifest = Map()
            .NavPlace(new Point(new Position(4.8952, 52.3702)), new LanguageMap("en", "Amsterdam"), collectionId: "https://example.org/places/1")
            .NavPlace(new Point(new Position(4.4777, 51.9244)), new LanguageMap("en", "Rotterdam"))
            .Build();

        manifest.NavPlace!.Id.Should().Be("https://example.org/places/1");
        manifest.NavPlace.Features.Select(f => f.Id).Should().Equal(
            "https://example.org/iiif/map/manifest/feature/1", "https://example.org/iiif/map/manifest/feature/2");
    }

    [Test]
    public void NavPlace_WithAnEmptyLabel_Throws()
    {
        ManifestBuilder map = Map();

        Action act = () => map.NavPlace(new Point(new Position(4.8952, 52.3702)), new LanguageMap());

        act.Should().Throw<ArgumentException>().WithParameterName("label");
        map.Resource.NavPlace.Should().BeNull("a refused place leaves navPlace as it was");
    }

    [Test]
    public void CollectionItem_WithANavPlace_AddsTheContext()
    {
        var reference = new Manifest("https://example.org/iiif/map/manifest") { Label = new LanguageMap("en", "A map of Amsterdam") };
        reference.NavPlace = Map().NavPlacePoint(4.8952, 52.3702).Build().NavPlace;

        Collection collection = new CollectionBuilder("https://example.org/iiif/maps")
            .Label("en", "Maps")
            .Item(reference)
            .Build();

        collection.Context.Should().Equal(IiifContexts.NavPlace, IiifContexts.Presentation3);
    }

    [Test]
    public void ExtensionContext_IsNamedOnceBeforePresentation3InTheOrderGiven()
    {
        Manifest manifest = Map()
            .ExtensionContext(IiifContexts.GeoJson)
            .NavPlacePoint(4.8952, 52.3702)
            .ExtensionContext("https://example.org/ns/context.json")
            .Canvas(c => c.Size(10, 10).ExtensionContext(IiifContexts.GeoJson))
            .Build();

        manifest.Context.Should().Equal(IiifContexts.GeoJson, IiifContexts.NavPlace, "https://example.org/ns/context.json", IiifContexts.Presentation3);
    }

    [Test]
    public void Feature_AsAnAnnotationBody_IsWrittenWithItsLabelInProperties()
    {
        Feature place = IiifContent.Feature(new Point(new Position(4.8952, 52.3702)), new LanguageMap("en", "Amsterdam"), "https://example.org/places/1");

        Manifest manifest = Map()
            .ExtensionContext(IiifContexts.GeoJson)
            .Canvas(c => c.Size(10, 10).Annotations(null, p => p.Annotation(null, Motivation.Tagging, a => a
                .Body(place)
                .Target("https://example.org/iiif/map/canvas/2#xywh=0,0,5,5"))))
            .Build();

        string json = IiifJson.Serialize(manifest, new IiifWriteOptions { Indented = false });
        json.Should().StartWith($"{{\"@context\":[\"{IiifContexts.GeoJson}\",\"{IiifContexts.Presentation3}\"]");
        json.Should().Contain("\"body\":{\"id\":\"https://example.org/places/1\",\"type\":\"Feature\",\"properties\":{\"label\":{\"en\":[\"Amsterdam\"]}}," +
            "\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.8952,52.3702]}}");
        IiifJson.Serialize(IiifJson.Deserialize<Manifest>(json), new IiifWriteOptions { Indented = false }).Should().Be(json);
    }

    [Test]
    public void Feature_WithoutALabel_HasNoProperties_AndWithAnEmptyOneThrows()
    {
        IiifContent.Feature(new Point(new Position(1, 2))).Properties.Should().BeNull();

        Action act = () => IiifContent.Feature(new Point(new Position(1, 2)), new LanguageMap());

        act.Should().Throw<ArgumentException>().WithParameterName("label");
    }

    [TestCase(181, 0)]
    [TestCase(0, -90.5)]
    [TestCase(double.NaN, 0)]
    public void NavPlacePoint_OffTheEarth_Throws(double longitude, double latitude)
    {
        Action act = () => Map().NavPlacePoint(longitude, latitude);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void NavPlacePolygon_WithTwoCorners_Throws()
    {
        Action act = () => Map().NavPlacePolygon([new Position(4.8, 52.3), new Position(4.9, 52.3), new Position(4.8, 52.3)]);

        act.Should().Throw<ArgumentException>().WithParameterName("ring");
    }

    [Test]
    public void TextGranularity_OnAnAnnotation_IsWrittenWithItsContext()
    {
        Manifest manifest = Map()
            .Canvas(c => c.Size(10, 10).Annotations(null, p => p.Annotation(null, Motivation.Supplementing, a => a
                .Text("Amsterdam", "nl")
                .TextGranularity(TextGranularity.Word))))
            .Build();

        manifest.Context.Should().Equal(IiifContexts.TextGranularity, IiifContexts.Presentation3);
        Annotation annotation = manifest.Items[1].Annotations[0].Items[0];
        annotation.TextGranularity.Should().Be(TextGranularity.Word);
        IiifJson.Serialize(annotation, new IiifWriteOptions { Indented = false }).Should().Contain("\"textGranularity\":\"word\"");
    }

    [Test]
    public void Georeferencing_Annotation_AddsTheGeoreferenceContext()
    {
        var body = new FeatureCollection { Transformation = new Transformation { Type = Transformation.Polynomial } };
        Manifest manifest = Map()
            .NavPlacePoint(4.8952, 52.3702)
            .Canvas(c => c.Size(10, 10).Annotations(null, p => p.Annotation(null, Motivation.Georeferencing, a => a.Body(body))))
            .Build();

        manifest.Context.Should().Equal(IiifContexts.NavPlace, IiifContexts.Georeference, IiifContexts.Presentation3);
    }

    [Test]
    public void Read_FeatureCollectionBodyAndNavPlace_RoundTripsTheBuiltDocument()
    {
        Manifest built = Map().NavPlacePoint(4.8952, 52.3702, "Amsterdam").Build();
        string json = IiifJson.Serialize(built);

        Manifest read = IiifJson.Deserialize<Manifest>(json);

        read.NavPlace!.Features[0].Properties!.Value.GetProperty("label").GetProperty("none")[0].GetString().Should().Be("Amsterdam");
        IiifJson.Serialize(read).Should().Be(json);
    }
}
