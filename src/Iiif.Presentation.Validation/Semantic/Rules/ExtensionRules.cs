using System.Linq;
using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// The registered IIIF extensions: a <c>navPlace</c> is a GeoJSON FeatureCollection on the classes that may
/// have one (P3-EXT-01) whose geometries nest and stay on the Earth (P3-EXT-02); a document names the context
/// of each extension it uses (P3-EXT-03); a georeferencing Annotation's body holds its control points
/// (P3-EXT-04); a <c>textGranularity</c> is one the extension defines (P3-EXT-05).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/extension/navplace/"/>,
/// <see href="https://iiif.io/api/extension/georef/"/>, <see href="https://iiif.io/api/extension/text-granularity/"/>,
/// <see href="https://www.rfc-editor.org/rfc/rfc7946"/>. One instance checks one document.</remarks>
internal sealed class ExtensionRules(RuleContext context)
{
    private readonly HashSet<string> _contextReported = new(StringComparer.Ordinal);
    private JsonElement _top;

    /// <summary>Remembers the top resource, whose <c>@context</c> names the extensions the document uses.</summary>
    public void SetTop(JsonElement root) => _top = root;

    /// <summary>P3-EXT-01/02/03/05 for a property an extension defines; the path is on the property.</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <param name="kind">The kind of the resource that has it.</param>
    /// <param name="owner">The resource that has it.</param>
    public void CheckProperty(IiifProperty property, JsonElement value, ResourceKind? kind, JsonElement owner)
    {
        if (property == IiifProperties.NavPlace)
        {
            CheckContext(owner, IiifContexts.NavPlace, "navPlace");
            CheckNavPlace(value, kind);
        }
        else if (property == IiifProperties.TextGranularity)
        {
            CheckContext(owner, IiifContexts.TextGranularity, "text granularity");
            if (value.ValueKind != JsonValueKind.String || !TextGranularity.KnownValues.Contains(value.GetString()!))
            {
                string found = value.ValueKind == JsonValueKind.String ? $"\"{Show(value.GetString()!)}\"" : Kind(value.ValueKind);
                context.Report(ValidationRules.Ext05, $"`textGranularity` is {found}; the extension defines {string.Join(", ", TextGranularity.KnownValues)}.");
            }
        }
    }

    /// <summary>P3-EXT-03/04 for an Annotation whose motivation is <c>georeferencing</c>.</summary>
    public void CheckAnnotation(JsonElement annotation)
    {
        if (!HasString(annotation, "motivation", Motivation.Georeferencing.Value))
        {
            return;
        }

        CheckContext(annotation, IiifContexts.Georeference, "georeference");
        if (!annotation.TryGetProperty("body", out JsonElement bodies))
        {
            context.ReportMissing(ValidationRules.Ext04, "body", "A georeferencing Annotation has a `body`: a FeatureCollection of control points.");
            return;
        }

        context.Path.Push("body");
        foreach (JsonElement body in context.Each(bodies))
        {
            CheckGeoreference(body);
        }

        context.Path.Pop();
    }

    /// <summary>P3-EXT-01: a navPlace's value and place.</summary>
    private void CheckNavPlace(JsonElement value, ResourceKind? kind)
    {
        if (kind is not (ResourceKind.Collection or ResourceKind.Manifest or ResourceKind.Range or ResourceKind.Canvas))
        {
            context.Report(ValidationRules.Ext01, $"`navPlace` may be given on a Collection, Manifest, Range or Canvas, not on a {ResourceKinds.Name(kind)}.");
            return;
        }

        if (!IsFeatureCollection(value, ValidationRules.Ext01, "`navPlace`"))
        {
            return;
        }

        context.Path.Push("features");
        int index = 0;
        foreach (JsonElement feature in value.GetProperty("features").EnumerateArray())
        {
            context.Path.Push(index++);
            if (feature.ValueKind != JsonValueKind.Object || TypeOf(feature) != GeoJsonTypes.Feature)
            {
                context.Report(ValidationRules.Ext01, "Each of `features` is an object with `type` \"Feature\".");
            }
            else if (!feature.TryGetProperty("geometry", out JsonElement geometry))
            {
                context.ReportMissing(ValidationRules.Ext01, "geometry", "A Feature has a `geometry` (or `null`).");
            }
            else if (geometry.ValueKind == JsonValueKind.Object)
            {
                context.Path.Push("geometry");
                CheckGeometry(geometry);
                context.Path.Pop();
            }
            else if (geometry.ValueKind != JsonValueKind.Null)
            {
                context.ReportProperty(ValidationRules.Ext01, "geometry", $"A Feature's `geometry` is an object or `null`, not {Kind(geometry.ValueKind)}.");
            }

            context.Path.Pop();
        }

        context.Path.Pop();
    }

    /// <summary>Reports (under <paramref name="rule"/>) a value that is no FeatureCollection object with a
    /// <c>features</c> array; returns whether it is one.</summary>
    private bool IsFeatureCollection(JsonElement value, ValidationRule rule, string what)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Report(rule, $"{what} is a GeoJSON FeatureCollection object, not {Kind(value.ValueKind)}.");
            return false;
        }

        if (TypeOf(value) != GeoJsonTypes.FeatureCollection)
        {
            context.ReportProperty(rule, "type", $"{what} is a GeoJSON FeatureCollection: its `type` is \"FeatureCollection\".");
            return false;
        }

        if (!value.TryGetProperty("features", out JsonElement features) || features.ValueKind != JsonValueKind.Array)
        {
            context.ReportMissing(rule, "features", $"{what}'s FeatureCollection has `features`, an array of Features.");
            return false;
        }

        return true;
    }

    /// <summary>P3-EXT-02: a geometry's type and coordinates; the path is on the geometry. One finding a geometry.</summary>
    private void CheckGeometry(JsonElement geometry)
    {
        string? type = TypeOf(geometry);
        if (type == GeoJsonTypes.GeometryCollection)
        {
            if (!geometry.TryGetProperty("geometries", out JsonElement geometries) || geometries.ValueKind != JsonValueKind.Array)
            {
                context.ReportMissing(ValidationRules.Ext02, "geometries", "A GeometryCollection has `geometries`, an array of geometries.");
                return;
            }

            context.Path.Push("geometries");
            int index = 0;
            foreach (JsonElement item in geometries.EnumerateArray())
            {
                context.Path.Push(index++);
                if (item.ValueKind == JsonValueKind.Object)
                {
                    CheckGeometry(item);
                }
                else
                {
                    context.Report(ValidationRules.Ext02, $"Each of `geometries` is a geometry object, not {Kind(item.ValueKind)}.");
                }

                context.Path.Pop();
            }

            context.Path.Pop();
            return;
        }

        int depth = GeoJsonTypes.Depth(type);
        if (depth < 0)
        {
            context.ReportProperty(ValidationRules.Ext02, "type",
                $"{(type is null ? "A geometry without a string `type`" : $"\"{Show(type)}\"")} is not a GeoJSON geometry type ({string.Join(", ", GeoJsonTypes.Geometries)}).");
            return;
        }

        if (!geometry.TryGetProperty("coordinates", out JsonElement coordinates))
        {
            context.ReportMissing(ValidationRules.Ext02, "coordinates", $"A {type} has `coordinates`.");
            return;
        }

        if (CoordinatesProblem(type!, coordinates) is { } problem)
        {
            context.ReportProperty(ValidationRules.Ext02, "coordinates", $"The coordinates of a {type} {problem}");
        }
    }

    /// <summary>Returns what is wrong with a geometry's coordinates, or <see langword="null"/>.</summary>
    private static string? CoordinatesProblem(string type, JsonElement coordinates) => type switch
    {
        GeoJsonTypes.Point => PositionProblem(coordinates),
        GeoJsonTypes.MultiPoint => ListProblem(coordinates, 0, PositionProblem, "positions"),
        GeoJsonTypes.LineString => LineProblem(coordinates),
        GeoJsonTypes.MultiLineString => ListProblem(coordinates, 0, LineProblem, "lines"),
        GeoJsonTypes.Polygon => PolygonProblem(coordinates),
        _ => ListProblem(coordinates, 0, PolygonProblem, "polygons"),
    };

    private static string? PolygonProblem(JsonElement polygon) => ListProblem(polygon, 0, RingProblem, "linear rings");

    private static string? LineProblem(JsonElement line) => ListProblem(line, 2, PositionProblem, "positions");

    private static string? RingProblem(JsonElement ring)
    {
        if (ListProblem(ring, 4, PositionProblem, "positions") is { } problem)
        {
            return problem;
        }

        JsonElement first = ring[0];
        JsonElement last = ring[ring.GetArrayLength() - 1];
        return first.GetArrayLength() == last.GetArrayLength() &&
            first.EnumerateArray().Zip(last.EnumerateArray(), (a, b) => a.GetDouble() == b.GetDouble()).All(same => same)
            ? null
            : "have a linear ring whose last position is not its first: a ring is closed.";
    }

    private static string? ListProblem(JsonElement value, int minimum, Func<JsonElement, string?> item, string what)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return $"nest too shallow: {Kind(value.ValueKind)} where an array of {what} belongs.";
        }

        if (value.GetArrayLength() < minimum)
        {
            return $"have {value.GetArrayLength()} {what} where at least {minimum} belong.";
        }

        foreach (JsonElement one in value.EnumerateArray())
        {
            if (item(one) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? PositionProblem(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
        {
            return position.ValueKind == JsonValueKind.Array && position.EnumerateArray().Any(n => n.ValueKind == JsonValueKind.Array)
                ? "nest too deep: an array where a number of a position belongs."
                : $"nest wrongly: {Kind(position.ValueKind)} where a position (an array of numbers) belongs.";
        }

        if (position.GetArrayLength() < 2)
        {
            return "have a position with fewer than two numbers: a position is a longitude and a latitude.";
        }

        double longitude = position[0].GetDouble();
        double latitude = position[1].GetDouble();
        if (longitude is < -180 or > 180 || latitude is < -90 or > 90)
        {
            return FormattableString.Invariant(
                $"have the position [{longitude}, {latitude}] off the Earth: longitude is within -180…180 and latitude within -90…90, longitude first.");
        }

        return null;
    }

    /// <summary>P3-EXT-04: one body of a georeferencing Annotation; the path is on it.</summary>
    private void CheckGeoreference(JsonElement body)
    {
        if (!IsFeatureCollection(body, ValidationRules.Ext04, "A georeferencing Annotation's body"))
        {
            return;
        }

        int controlPoints = 0;
        context.Path.Push("features");
        int index = 0;
        foreach (JsonElement feature in body.GetProperty("features").EnumerateArray())
        {
            context.Path.Push(index++);
            if (CheckControlPoint(feature))
            {
                controlPoints++;
            }

            context.Path.Pop();
        }

        context.Path.Pop();
        if (controlPoints < 3)
        {
            context.ReportProperty(ValidationRules.Ext04, "features",
                $"A georeference needs at least 3 control points (Features with `properties.resourceCoords` and a Point geometry); this body has {controlPoints}.");
        }
    }

    /// <summary>Checks one Feature of a georeference body; returns whether it is a control point.</summary>
    private bool CheckControlPoint(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object || TypeOf(feature) != GeoJsonTypes.Feature)
        {
            context.Report(ValidationRules.Ext04, "Each of `features` is a Feature: an object with `type` \"Feature\".");
            return false;
        }

        JsonElement coords = default;
        bool hasCoords = feature.TryGetProperty("properties", out JsonElement properties) && properties.ValueKind == JsonValueKind.Object &&
            (properties.TryGetProperty("resourceCoords", out coords) || properties.TryGetProperty("pixelCoords", out coords));
        if (!hasCoords)
        {
            context.ReportMissing(ValidationRules.Ext04, "properties", "A control point gives its image coordinates in `properties.resourceCoords`.");
            return false;
        }

        bool pixel = !properties.TryGetProperty("resourceCoords", out _);
        if (pixel)
        {
            context.Path.Push("properties");
            context.ReportProperty(ValidationRules.Prop03, "pixelCoords", "`pixelCoords` is the georeference extension's draft name; write `resourceCoords`.");
            context.Path.Pop();
        }

        if (coords.ValueKind != JsonValueKind.Array || coords.GetArrayLength() != 2 || coords.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
        {
            context.Path.Push("properties");
            context.ReportProperty(ValidationRules.Ext04, pixel ? "pixelCoords" : "resourceCoords", "A control point's image coordinates are two numbers, x and y.");
            context.Path.Pop();
            return false;
        }

        if (!feature.TryGetProperty("geometry", out JsonElement geometry) || TypeOf(geometry) != GeoJsonTypes.Point)
        {
            context.ReportProperty(ValidationRules.Ext04, "geometry", "A control point's `geometry` is a Point: where the image point is on the Earth.");
            return false;
        }

        context.Path.Push("geometry");
        CheckGeometry(geometry);
        context.Path.Pop();
        return true;
    }

    /// <summary>P3-EXT-03: the document names an extension's context, before the Presentation 3 context, on its
    /// top resource or on the resource that uses the extension; reported once an extension.</summary>
    private void CheckContext(JsonElement owner, string extensionContext, string extension)
    {
        if (_contextReported.Contains(extension) || Names(owner, extensionContext) || Names(_top, extensionContext))
        {
            return;
        }

        _contextReported.Add(extension);
        context.Report(ValidationRules.Ext03,
            $"The document uses the {extension} extension: list \"{extensionContext}\" in the top `@context`, before \"{IiifContexts.Presentation3}\".");
    }

    /// <summary>Returns whether a resource's own <c>@context</c> names a context before any Presentation 3 context.</summary>
    private static bool Names(JsonElement resource, string extensionContext)
    {
        if (resource.ValueKind != JsonValueKind.Object || !resource.TryGetProperty("@context", out JsonElement contexts))
        {
            return false;
        }

        foreach (JsonElement entry in Values(contexts))
        {
            if (entry.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            string uri = entry.GetString()!;
            if (IiifContexts.SameUri(uri, extensionContext))
            {
                return true;
            }

            if (IiifContexts.SameUri(uri, IiifContexts.Presentation3))
            {
                return false;
            }
        }

        return false;
    }
}
