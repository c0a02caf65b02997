using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Serialization;

/// <summary>GeoJSON in navPlace, georeference bodies and Feature bodies: typed where it has the shape RFC 7946
/// gives it, kept as read (and written back in place) where it does not.</summary>
[TestFixture]
public sealed class GeoJsonTests
{
    private static readonly IiifWriteOptions s_compact = new() { Indented = false };

    private static Canvas ReadCanvas(string navPlace) =>
        IiifJson.Deserialize<Canvas>($$"""{"id": "https://example.org/c", "type": "Canvas", "width": 1, "height": 1, "navPlace": {{navPlace}}}""");

    private static string Written(Canvas canvas) => IiifJson.Serialize(canvas, s_compact);

    [Test]
    public void Read_PointWithNestedCoordinates_KeepsThemRawAndWritesThemBack()
    {
        Canvas canvas = ReadCanvas("""{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [[4.9, 52.4]], "bbox": [1, 2, 3, 4]}}]}""");

        var point = canvas.NavPlace!.Features[0].Geometry.Should().BeOfType<Point>().Subject;
        point.Coordinates.Should().BeNull();
        point.ExtensionData["coordinates"].GetRawText().Should().Be("[[4.9, 52.4]]");
        Written(canvas).Should().Contain("""{"type":"Point","coordinates":[[4.9,52.4]],"bbox":[1,2,3,4]}""");
    }

    [Test]
    public void Read_PolygonAccessedButNotTyped_KeepsItsRawCoordinates()
    {
        Canvas canvas = ReadCanvas("""{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [1, 2]}}]}""");

        var polygon = (Polygon)canvas.NavPlace!.Features[0].Geometry!;
        polygon.Coordinates.Should().BeEmpty("the raw value is not typed");

        Written(canvas).Should().Contain("""{"type":"Polygon","coordinates":[1,2]}""");
    }

    [Test]
    public void Read_EveryGeometryType_IsTypedAndWrittenAsRead()
    {
        const string geometries = """
            {"type": "GeometryCollection", "geometries": [
             {"type": "Point", "coordinates": [1.5, 2, 30]},
             {"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]},
             {"type": "LineString", "coordinates": [[1, 2], [3, 4]]},
             {"type": "MultiLineString", "coordinates": [[[1, 2], [3, 4]]]},
             {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]},
             {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]]]}]}
            """;
        Canvas canvas = ReadCanvas($$"""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": null, "geometry": {{geometries}}}]}""");

        var collection = (GeometryCollection)canvas.NavPlace!.Features[0].Geometry!;
        collection.Geometries.Should().SatisfyRespectively(
            g => g.Should().BeOfType<Point>().Which.Coordinates.Should().Be(new Position(1.5, 2, 30)),
            g => g.Should().BeOfType<MultiPoint>().Which.Coordinates.Should().HaveCount(2),
            g => g.Should().BeOfType<LineString>().Which.Coordinates[1].Should().Be(new Position(3, 4)),
            g => g.Should().BeOfType<MultiLineString>().Which.Coordinates[0].Should().HaveCount(2),
            g => g.Should().BeOfType<Polygon>().Which.Coordinates[0].Should().HaveCount(4),
            g => g.Should().BeOfType<MultiPolygon>().Which.Coordinates[0][0][2].Should().Be(new Position(1, 1)));
        collection.Geometries.Should().OnlyContain(g => g.ExtensionData.Count == 0);
        canvas.NavPlace.Features[0].Properties!.Value.ValueKind.Should().Be(JsonValueKind.Null);

        Written(canvas).Should().Contain(
            """{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1.5,2,30]},""" +
            """{"type":"MultiPoint","coordinates":[[1,2],[3,4]]},{"type":"LineString","coordinates":[[1,2],[3,4]]},""" +
            """{"type":"MultiLineString","coordinates":[[[1,2],[3,4]]]},{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},""" +
            """{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}]}""");
    }

    [Test]
    public void Read_NumberADoubleDoesNotKeep_LeavesTheCoordinatesRaw()
    {
        Canvas canvas = ReadCanvas("""{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [4.12345678901234567890, 52]}}]}""");

        ((Point)canvas.NavPlace!.Features[0].Geometry!).Coordinates.Should().BeNull();
        Written(canvas).Should().Contain("[4.12345678901234567890,52]");
    }

    [Test]
    public void Read_NavPlaceThatIsNoObject_IsKeptInExtensionData()
    {
        Canvas canvas = ReadCanvas("\"https://example.org/place\"");

        canvas.NavPlace.Should().BeNull();
        canvas.ExtensionData["navPlace"].GetString().Should().Be("https://example.org/place");
        Written(canvas).Should().Contain("\"navPlace\":\"https://example.org/place\"");
    }

    [Test]
    public void Read_UnknownGeometryTypeAndFeatureMembers_AreKeptInOrder()
    {
        Canvas canvas = ReadCanvas("""{"type": "FeatureCollection", "features": [{"type": "Feature", "when": {"timespans": []}, "geometry": {"type": "Circle", "radius": 5, "center": [1, 2]}, "zz": 1}]}""");

        Feature feature = canvas.NavPlace!.Features[0];
        feature.Geometry!.GetType().Should().Be<Geometry>();
        feature.Geometry.Type.Should().Be("Circle");
        Written(canvas).Should().Contain("""{"type":"Feature","geometry":{"type":"Circle","radius":5,"center":[1,2]},"when":{"timespans":[]},"zz":1}""");
    }

    private const string FeatureBodyAnnotation = """
        {"id": "https://example.org/anno", "type": "Annotation", "motivation": "tagging",
         "body": {"id": "https://example.org/geo", "type": "Feature", "properties": {"label": {"en": ["Canal"]}, "n": 1},
                  "geometry": {"type": "Polygon", "coordinates": [[[-77.01, 38.91], [-77.11, 38.84], [-77.28, 38.99]]]}, "when": "1850"},
         "target": "https://example.org/canvas#xywh=1,2,3,4"}
        """;

    [Test]
    public void Read_FeatureBody_IsATypedFeature([Values] ReaderMode mode)
    {
        var annotation = (Annotation)Reader.Parse(FeatureBodyAnnotation, mode);

        Feature feature = annotation.Body.Should().ContainSingle().Which.Should().BeOfType<Feature>().Subject;
        feature.Id.Should().Be("https://example.org/geo");
        feature.Properties!.Value.GetProperty("label").GetProperty("en")[0].GetString().Should().Be("Canal");
        feature.Geometry.Should().BeOfType<Polygon>().Which.Coordinates.Should().ContainSingle().Which.Should().Equal(
            new Position(-77.01, 38.91), new Position(-77.11, 38.84), new Position(-77.28, 38.99));
        feature.ExtensionData.Select(e => e.Key).Should().Equal("when");
    }

    [Test]
    public void Write_ReadFeatureBody_GivesTheSameJson([Values] ReaderMode mode)
    {
        IiifResource annotation = Reader.Parse(FeatureBodyAnnotation, mode);

        IiifJson.Serialize(annotation, s_compact).Should().Be(string.Concat(
            """{"id":"https://example.org/anno","type":"Annotation","motivation":"tagging",""",
            """ "body":{"id":"https://example.org/geo","type":"Feature","properties":{"label":{"en":["Canal"]},"n":1},""".TrimStart(),
            """ "geometry":{"type":"Polygon","coordinates":[[[-77.01,38.91],[-77.11,38.84],[-77.28,38.99]]]},"when":"1850"},""".TrimStart(),
            """ "target":"https://example.org/canvas#xywh=1,2,3,4"}""".TrimStart()));
    }

    [Test]
    public void Read_FeatureBody_IsNotAVisitedPlaceOfNavPlace()
    {
        var annotation = IiifJson.Deserialize<Annotation>(FeatureBodyAnnotation);

        annotation.EnumerateResources().Select(e => e.Resource).OfType<Feature>().Should().ContainSingle("the body is visited as a resource");
        Canvas canvas = ReadCanvas("""{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null}]}""");
        canvas.EnumerateResources().Select(e => e.Resource).OfType<Feature>().Should().BeEmpty("a navPlace's Features are GeoJSON, not resources of the document");
    }

    [Test]
    public void Read_FeatureWithANumberIdAndNoType_KeepsThemAsReadInPlace()
    {
        Canvas canvas = ReadCanvas("""{"type": "FeatureCollection", "features": [{"id": 7, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}""");

        Feature feature = canvas.NavPlace!.Features[0];
        feature.Id.Should().BeNull();
        feature.Type.Should().BeNull();
        feature.ExtensionData["id"].GetInt32().Should().Be(7);
        Written(canvas).Should().Contain("""{"id":7,"geometry":{"type":"Point","coordinates":[1,2]}}""", "the id is kept where it was");
    }

    [Test]
    public void Write_BuiltFeatureCollection_HasTheGeoJsonShape()
    {
        var canvas = new Canvas("https://example.org/c")
        {
            NavPlace = new FeatureCollection("https://example.org/fc")
            {
                Features = { new Feature(new LineString([new Position(1, 2), new Position(3, 4.5)])) },
            },
        };

        Written(canvas).Should().Be(
            """{"id":"https://example.org/c","type":"Canvas","navPlace":{"id":"https://example.org/fc","type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4.5]]}}]}}""");
    }
}
