using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Serialization.Members;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Tests.Vocabulary;

/// <summary>
/// Each class's properties are declared once, in its shape, and the reader, the writer and the traversal
/// follow that one declaration: every declared property is read into its member, written in the declared
/// order, and (when it holds resources) visited in that order.
/// </summary>
[TestFixture]
public sealed class ShapeTests
{
    /// <summary>A type string that makes each shape's class.</summary>
    private static readonly Dictionary<string, string> s_typeOfShape = new(StringComparer.Ordinal)
    {
        ["Content"] = "Image",
        ["ImageService"] = "ImageService3",
    };

    private static IEnumerable<TestCaseData> Shapes() =>
        ResourceShapes.All.Select(s => new TestCaseData(s.Name).SetArgDisplayNames(s.Name));

    [TestCaseSource(nameof(Shapes))]
    public void EveryDeclaredProperty_IsReadWrittenAndTraversedInTheDeclaredOrder(string shapeName)
    {
        Shape<IiifResource> shape = ResourceShapes.All.Single(s => s.Name == shapeName);

        // Keys in the reverse of the declared order, so that the writer's order cannot come from the input's.
        string json = "{" + string.Join(",", shape.Members.Reverse().Select(m => $"\"{m.Property.Name}\": {SampleJson(m, TypeOf(shape))}")) + "}";

        IiifResource resource = Read(json, TypeOf(shape));

        resource.Shape.Should().BeSameAs(shape, json);
        resource.ExtensionData.Should().BeEmpty("every declared key is read by its member: " + json);
        shape.Members.Where(m => !m.IsSet(resource)).Select(m => m.Property.Name).Should().BeEmpty("every member holds what was read");

        using JsonDocument written = JsonDocument.Parse(IiifJson.Serialize(resource));
        written.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(shape.Members.Select(m => m.Property.Name), "the writer follows the shape");

        resource.EnumerateResources().Where(e => ReferenceEquals(e.Parent?.Resource, resource)).Select(e => e.Property)
            .Should().Equal(shape.Members.Where(m => m.HoldsResources).Select(m => m.Property.Name), "the traversal follows the shape");
    }

    [TestCaseSource(nameof(Shapes))]
    public void OutOfLineMembers_AreExactlyThoseKeptInSparseProperties(string shapeName)
    {
        // The writer passes over the out-of-line members of a resource that has no sparse properties: a member
        // marked so whose value is kept inline would lose its value in the output.
        Shape<IiifResource> shape = ResourceShapes.All.Single(s => s.Name == shapeName);
        string type = TypeOf(shape);
        string bare = $$"""{"id": "https://example.org/own", "type": "{{type}}"}""";
        foreach (Member<IiifResource> member in shape.Members.Where(m => m.Property.Name is not ("id" or "type")))
        {
            string json = bare.TrimEnd('}') + $", \"{member.Property.Name}\": {SampleJson(member, type)}}}";
            IiifResource resource = Read(json, type);

            member.IsSet(resource).Should().BeTrue(json);
            (resource.SparseOrNull is not null).Should().Be(member.OutOfLine, $"{shapeName}.{member.Property.Name} is marked as kept where it is kept");
            shape.MembersOf(resource).Should().Contain(member);
            IiifJson.Serialize(resource).Should().Contain($"\"{member.Property.Name}\":", json);
        }

        IiifResource plain = Read(bare, type);
        plain.SparseOrNull.Should().BeNull("a resource with an id and a type alone keeps nothing out of line");
        shape.MembersOf(plain).Should().Equal(shape.Members.Where(m => !m.OutOfLine));
        shape.Members.Where(m => m.OutOfLine).Should().NotBeEmpty();
    }

    [Test]
    public void ValueShapes_AreReadAndWrittenInTheDeclaredOrder()
    {
        var canvas = IiifJson.Deserialize<Canvas>("""
            {"id": "https://example.org/c", "type": "Canvas",
             "metadata": [{"value": {"en": ["v"]}, "label": {"en": ["l"]}}]}
            """);
        IiifJson.Serialize(canvas, new IiifWriteOptions { Indented = false })
            .Should().Contain("""{"label":{"en":["l"]},"value":{"en":["v"]}}""");

        var service = IiifJson.Deserialize<ImageService3>("""
            {"tiles": [{"scaleFactors": [1], "height": 2, "width": 1, "type": "Tile"}], "sizes": [{"height": 2, "width": 1, "type": "Size"}],
             "type": "ImageService3", "id": "https://example.org/i"}
            """);
        IiifJson.Serialize(service, new IiifWriteOptions { Indented = false }).Should().Be(
            """{"id":"https://example.org/i","type":"ImageService3","sizes":[{"type":"Size","width":1,"height":2}],"tiles":[{"type":"Tile","width":1,"height":2,"scaleFactors":[1]}]}""");
    }

    [Test]
    public void RequiredMembers_AreTheItemsTheSchemaRequires_AndAreWrittenEmpty()
    {
        ResourceShapes.All.SelectMany(s => s.Members.Where(m => m.Required).Select(m => $"{s.Name}.{m.Property.Name}"))
            .Should().BeEquivalentTo("Collection.items", "Manifest.items", "Canvas.items", "Range.items", "AnnotationPage.items", "Choice.items");

        foreach (IiifResource resource in new IiifResource[] { new Manifest("https://example.org/m"), new Choice(), new Agent("https://example.org/a") })
        {
            resource.Shape.EnsureRequiredWritten(resource);
            string json = IiifJson.Serialize(resource, new IiifWriteOptions { Indented = false });
            json.Contains("\"items\":[]", StringComparison.Ordinal).Should().Be(resource is not Agent, json);
        }
    }

    [Test]
    public void Properties_FitTheWritersSetOfWrittenProperties()
    {
        IiifProperties.Count.Should().BeLessThanOrEqualTo(Iiif.Presentation.Serialization.Writing.PropertySet.Capacity);
        IiifProperties.All.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        IiifProperties.All.Select((p, i) => p.Index == i).Should().AllBeEquivalentTo(true);
    }

    [Test]
    public void Of_EachFamily_IsTheShapeItsResourcesHave()
    {
        foreach (IiifType type in IiifTypes.All.Where(t => t.Kind is not (ResourceKind.Service or ResourceKind.Selector)))
        {
            ResourceShapes.Of(type.Kind).Should().BeSameAs(type.CreateResource().Shape, type.Name);
        }

        ResourceShapes.Of(ResourceKind.Service).Should().BeSameAs(new Service("ExampleService").Shape, "a service of a type the model does not know");
        ResourceShapes.Of(ResourceKind.Selector).Should().BeNull();
    }

    private static string TypeOf(Shape<IiifResource> shape) => s_typeOfShape.TryGetValue(shape.Name, out string? type) ? type : shape.Name;

    private static IiifResource Read(string json, string type) =>
        IiifTypes.Find(type)?.Kind == ResourceKind.Service || type == "Service"
            ? IiifJson.Deserialize<Service>(json)
            : IiifJson.Parse(json);

    /// <summary>A value of the member's shape: what its codec reads.</summary>
    private static string SampleJson(Member<IiifResource> member, string ownType)
    {
        string one = member.Property.Name switch
        {
            "type" => $"\"{ownType}\"",
            "id" => "\"https://example.org/own\"",
            "@context" => $"\"{IiifContexts.Presentation3}\"",
            _ => SampleOf(member.ValueType, member.Slot),
        };

        bool list = member.GetType().IsGenericType && member.GetType().GetGenericTypeDefinition() == typeof(ListMember<,>);
        return list ? $"[{one}]" : one;
    }

    private static string SampleOf(Type type, Slot slot)
    {
        if (type == typeof(string) || type == typeof(Behavior) || type == typeof(Motivation) || type == typeof(ViewingDirection) || type == typeof(TimeMode) ||
            type == typeof(Purpose) || type == typeof(TextGranularity))
        {
            return "\"x\"";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "1";
        }

        if (type == typeof(double))
        {
            return "1.5";
        }

        if (type == typeof(LanguageMap))
        {
            return """{"en": ["x"]}""";
        }

        if (type == typeof(MetadataEntry))
        {
            return """{"label": {"en": ["l"]}, "value": {"en": ["v"]}}""";
        }

        if (type == typeof(ImageSize))
        {
            return """{"width": 1, "height": 1}""";
        }

        if (type == typeof(ImageTile))
        {
            return """{"width": 1, "scaleFactors": [1]}""";
        }

        if (type == typeof(Selector))
        {
            return """{"type": "FragmentSelector", "value": "xywh=0,0,1,1"}""";
        }

        if (type == typeof(AnnotationAgent))
        {
            return """{"id": "https://example.org/agent", "type": "Person", "name": "A. Person"}""";
        }

        if (type == typeof(AnnotationAudience))
        {
            return """{"id": "https://example.org/audience", "type": "schema:EducationalAudience"}""";
        }

        if (type == typeof(CssStylesheet))
        {
            return """{"type": "CssStylesheet", "value": ".red { color: red }"}""";
        }

        if (type == typeof(State))
        {
            return """{"type": "TimeState", "sourceDate": "2015-07-20T13:30:00Z"}""";
        }

        if (type == typeof(JsonElement))
        {
            return """{"name": "x"}""";
        }

        if (type == typeof(Transformation))
        {
            return """{"type": "polynomial", "options": {"order": 1}}""";
        }

        if (type == typeof(Feature))
        {
            return """{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1.5, 2]}}""";
        }

        if (type == typeof(Geometry))
        {
            return """{"type": "Point", "coordinates": [1.5, 2]}""";
        }

        if (type == typeof(FeatureCollection))
        {
            return """{"type": "FeatureCollection", "features": []}""";
        }

        typeof(IiifResource).IsAssignableFrom(type).Should().BeTrue($"a sample for {type.Name} is missing");
        string childType = Slots.FixedKind(slot) is { } fixedKind ? IiifTypes.OfKind(fixedKind)!.Name
            : Slots.Family(slot) == ResourceKind.Service ? "ImageService3"
            : Slots.UntypedKind(slot) is { } untyped ? IiifTypes.OfKind(untyped)!.Name
            : "Image";
        return $$"""{"id": "https://example.org/{{childType}}", "type": "{{childType}}"}""";
    }
}
