using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Serialization.Members;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Tests.Vocabulary;

/// <summary>
/// What a class's shape declares reaches a .NET user typed: on every Presentation 3 document of the corpus,
/// no key that the shape of a resource's class declares is left in that resource's <c>ExtensionData</c>,
/// unless its value is of a JSON kind the member cannot hold (which the lossless round trip keeps raw).
/// Here rather than under Corpus, because it reads the shapes, which are internal: the target-framework test
/// projects compile the corpus tests without access to internals.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class TypedCoverageTests
{
    private static IEnumerable<TestCaseData> Documents() => CorpusFiles.Cases("v3");

    [TestCaseSource(nameof(Documents))]
    public void DeclaredKeys_CorpusDocument_AreReadIntoTheirMembers(CorpusFile file)
    {
        IiifResource top = IiifJson.Parse(File.ReadAllBytes(file.FullPath));

        var untyped = new List<string>();
        foreach (LocatedResource located in top.EnumerateResources())
        {
            IiifResource resource = located.Resource;
            foreach (KeyValuePair<string, JsonElement> entry in resource.ExtensionData)
            {
                Member<IiifResource>? member = resource.Shape.Members.FirstOrDefault(m => m.Property.Name == entry.Key);
                if (member is not null && IsReadAlone(resource, member, entry.Value))
                {
                    untyped.Add($"{located.JsonPointer}/{entry.Key}");
                }
            }
        }

        untyped.Should().BeEmpty($"{file.RelativePath}: these values are of a kind their members hold, so they should be typed");
    }

    [Test]
    public void IsReadAlone_ValueOfTheWrongKind_IsNotCountedAsUntyped()
    {
        // The exception the corpus test allows must be a real one: a number where a language map belongs
        // stays raw, a language map does not.
        var canvas = new Canvas { Id = "https://example.org/c" };
        Member<IiifResource> label = canvas.Shape.Members.Single(m => m.Property.Name == "label");

        using JsonDocument number = JsonDocument.Parse("42");
        using JsonDocument map = JsonDocument.Parse("""{"en": ["A"]}""");

        IsReadAlone(canvas, label, number.RootElement).Should().BeFalse();
        IsReadAlone(canvas, label, map.RootElement).Should().BeTrue();
    }

    /// <summary>Whether the member takes the value when it is read alone into a resource of the same class: a value
    /// of another kind (or a form the model keeps as read, such as an array <c>type</c>) stays in the extension data.</summary>
    private static bool IsReadAlone(IiifResource resource, Member<IiifResource> member, JsonElement value)
    {
        string type = resource.Type ?? IiifTypes.ForClass(resource.GetType())?.Name ?? resource.Shape.Name;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (member.Property.Name != "id")
            {
                writer.WriteString("id", "https://example.org/alone");
            }

            if (member.Property.Name != "type")
            {
                writer.WriteString("type", type);
            }

            writer.WritePropertyName(member.Property.Name);
            value.WriteTo(writer);
            writer.WriteEndObject();
        }

        IiifResource alone = resource is Service ? IiifJson.Deserialize<Service>(buffer.WrittenSpan) : IiifJson.Parse(buffer.WrittenSpan);
        alone.GetType().Should().Be(resource.GetType(), "the value is read alone into a resource of the same class");
        return !alone.ExtensionData.ContainsKey(member.Property.Name);
    }
}
