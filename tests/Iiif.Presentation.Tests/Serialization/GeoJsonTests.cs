using System.Text.Json;

namespace Iiif.Presentation.Tests.Serialization;

/// <summary>GeoJSON in navPlace and georeference bodies: typed where it has the shape RFC 7946 gives it,
/// kept as read (and written back in place) where it does not.</summary>
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
