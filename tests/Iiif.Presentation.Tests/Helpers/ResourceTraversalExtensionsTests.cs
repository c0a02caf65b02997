using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed class ResourceTraversalExtensionsTests
{
    // The JSON properties whose values are resources of the model (the writer's list); logo only on an
    // Agent and source only on a SpecificResource, where the model has them.
    private static readonly HashSet<string> s_resourceProperties = new(StringComparer.Ordinal)
    {
        "provider", "thumbnail", "homepage", "logo", "rendering", "seeAlso", "service", "placeholderCanvas",
        "accompanyingCanvas", "services", "partOf", "start", "supplementary", "prev", "next", "first", "last",
        "items", "structures", "annotations", "body", "target", "source",
    };

    private static IEnumerable<CorpusFile> Cookbook() => CorpusFiles.Files("v3/cookbook");

    private static IEnumerable<CorpusFile> AllV3() => CorpusFiles.Files("v3");

    [Test]
    public void EnumerateResources_ImageRecipe_GivesEveryResourceWithItsPointer()
    {
        IiifResource manifest = IiifJson.Parse(File.ReadAllBytes(CorpusFiles.Path("v3/cookbook/0001-mvm-image.json")));

        manifest.EnumerateResources().Select(r => (r.JsonPointer, r.Resource.GetType().Name, r.Property, r.Depth)).Should().Equal(
            ("", "Manifest", null, 0),
            ("/items/0", "Canvas", "items", 1),
            ("/items/0/items/0", "AnnotationPage", "items", 2),
            ("/items/0/items/0/items/0", "Annotation", "items", 3),
            ("/items/0/items/0/items/0/body", "Image", "body", 4),
            ("/items/0/items/0/items/0/target", "Canvas", "target", 4));
    }

    [Test]
    public void FindById_OperaRecipe_FindsTheCanvasAndEveryReferenceToIt()
    {
        IiifResource manifest = IiifJson.Parse(File.ReadAllBytes(CorpusFiles.Path("v3/cookbook/0065-opera-multiple-canvases.json")));
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(CorpusFiles.Path("v3/cookbook/0065-opera-multiple-canvases.json")));
        const string id = "https://iiif.io/api/cookbook/recipe/0065-opera-multiple-canvases/canvas/1";

        IReadOnlyList<LocatedResource> found = manifest.FindById(id);

        found.Select(f => f.JsonPointer).Should().BeEquivalentTo(ExpectedIdPointers(json.RootElement, "", id));
        found[0].JsonPointer.Should().Be("/items/0");
        found[0].Resource.Should().BeSameAs(((Manifest)manifest).Items[0]);
        found.Skip(1).Should().NotBeEmpty().And.OnlyContain(f => f.JsonPointer.StartsWith("/items/0/", StringComparison.Ordinal) ||
            f.JsonPointer.StartsWith("/structures/", StringComparison.Ordinal));
        manifest.FindById("https://example.org/nothing").Should().BeEmpty();
    }

    [TestCaseSource(nameof(Cookbook))]
    public void EnumerateResources_Cookbook_EveryPointerResolvesToTheResource(CorpusFile file)
    {
        byte[] bytes = File.ReadAllBytes(file.FullPath);
        IiifResource root = IiifJson.Parse(bytes);
        using JsonDocument json = JsonDocument.Parse(bytes);

        List<LocatedResource> all = root.EnumerateResources().ToList();

        all.Should().NotBeEmpty();
        all[0].Resource.Should().BeSameAs(root);
        foreach (LocatedResource entry in all)
        {
            JsonElement element = Resolve(json.RootElement, entry.JsonPointer);
            if (element.ValueKind == JsonValueKind.String)
            {
                entry.Resource.IsUriString.Should().BeTrue(entry.JsonPointer);
                element.GetString().Should().Be(entry.Resource.Id, entry.JsonPointer);
            }
            else
            {
                element.ValueKind.Should().Be(JsonValueKind.Object, entry.JsonPointer);
                IdOf(element, entry.Resource is Service).Should().Be(entry.Resource.Id, entry.JsonPointer);
                TypeOf(element).Should().Be(entry.Resource.Type, entry.JsonPointer);
            }
        }

        // And nothing is missed: every value of a resource property, reached from the root through
        // resource properties only, is visited; in the order IiifJson writes them, which may differ
        // from the order of the file.
        all.Select(e => e.JsonPointer).Should().BeEquivalentTo(ResourcePointers(json.RootElement, ""));
        using JsonDocument written = JsonDocument.Parse(IiifJson.Serialize(root));
        all.Select(e => e.JsonPointer).Should().Equal(ResourcePointers(written.RootElement, ""));
    }

    [TestCaseSource(nameof(AllV3))]
    public void EnumerateResources_AnyV3Document_PointersResolveInTheWrittenJson(CorpusFile file)
    {
        IiifResource root = IiifJson.Parse(File.ReadAllBytes(file.FullPath));
        using JsonDocument written = JsonDocument.Parse(IiifJson.Serialize(root));

        List<LocatedResource> all = root.EnumerateResources().ToList();

        foreach (LocatedResource entry in all)
        {
            JsonElement element = Resolve(written.RootElement, entry.JsonPointer);
            (element.ValueKind == JsonValueKind.String ? element.GetString() : IdOf(element, entry.Resource is Service))
                .Should().Be(entry.Resource.Id, entry.JsonPointer);
        }

        all.Select(e => e.JsonPointer).Should().Equal(ResourcePointers(written.RootElement, ""));
    }

    /// <summary>
    /// The walk repeats, type by type, the order in which the writer writes resource-valued properties.
    /// Random trees with every resource type and property (the round-trip generator) keep the two in step
    /// where the corpus has no example.
    /// </summary>
    [Test]
    public void EnumerateResources_AnyModelTree_FollowsTheWritersOrder() =>
        FixedSample.Run(
            Robustness.ModelGenerators.AnyDocument,
            root =>
            {
                // Range trees go deeper than JsonDocument's default of 64 levels.
                using JsonDocument written = JsonDocument.Parse(IiifJson.Serialize(root), new JsonDocumentOptions { MaxDepth = 256 });
                List<LocatedResource> all = root.EnumerateResources().ToList();
                var model = new Dictionary<string, IiifResource>(StringComparer.Ordinal);
                foreach (LocatedResource entry in all)
                {
                    model[entry.JsonPointer] = entry.Resource;
                }

                all.Select(e => e.JsonPointer).Should().Equal(ResourcePointers(written.RootElement, "", model));
                foreach (LocatedResource entry in all)
                {
                    JsonElement element = Resolve(written.RootElement, entry.JsonPointer);
                    (element.ValueKind == JsonValueKind.String ? element.GetString() : IdOf(element, entry.Resource is Service))
                        .Should().Be(entry.Resource.Id, entry.JsonPointer);
                }
            },
            "0Tr4v3rs4l01",
            cases: 300,
            print: root => IiifJson.Serialize(root));

    [Test]
    public void EnumerateResources_LoneValuesAndNulls_FollowTheWrittenShape()
    {
        var canvas = new Canvas { Id = "c" };
        var page = new AnnotationPage { Id = "p" };
        var annotation = new Annotation { Id = "a" };
        annotation.Body.Add(new TextualBody { Value = "x" });
        annotation.Body.SetSingleValue(true);
        annotation.Target.Add(new SpecificResource(new Canvas { Id = "c", IsUriString = true }));
        page.Items.Add(null!);
        page.Items.Add(annotation);
        canvas.Items.Add(page);
        var manifest = new Manifest { Id = "m", Items = { canvas } };
        manifest.Structures.Add(new IiifRange { Id = "r", Items = { new Canvas { Id = "c" } } });
        manifest.Provider.Add(new Agent { Id = "ag", Logo = { new Image { Id = "logo" } } });

        manifest.EnumerateResources().Select(r => r.JsonPointer).Should().Equal(
            "",
            "/provider/0",
            "/provider/0/logo/0",
            "/items/0",
            "/items/0/items/0",
            "/items/0/items/0/items/1",
            "/items/0/items/0/items/1/body",
            "/items/0/items/0/items/1/target/0",
            "/items/0/items/0/items/1/target/0/source",
            "/structures/0",
            "/structures/0/items/0");

        manifest.FindById("c").Select(r => r.JsonPointer)
            .Should().Equal("/items/0", "/items/0/items/0/items/1/target/0/source", "/structures/0/items/0");

        using JsonDocument json = JsonDocument.Parse(IiifJson.Serialize(manifest));
        foreach (LocatedResource entry in manifest.EnumerateResources())
        {
            JsonElement element = Resolve(json.RootElement, entry.JsonPointer);
            (element.ValueKind == JsonValueKind.String ? element.GetString() : IdOf(element)).Should().Be(entry.Resource.Id);
        }
    }

    [Test]
    public void EnumerateResources_Cycle_VisitsButDoesNotLoop()
    {
        var range = new IiifRange { Id = "r" };
        range.Items.Add(range);

        range.EnumerateResources().Select(r => r.JsonPointer).Should().Equal("", "/items/0");
    }

    [Test]
    public void Helpers_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ResourceTraversalExtensions.EnumerateResources(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Manifest().FindById(null!)).Should().Throw<ArgumentNullException>();
    }

    private static JsonElement Resolve(JsonElement root, string pointer)
    {
        JsonElement current = root;
        foreach (string token in pointer.Split('/').Skip(1))
        {
            string name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current.ValueKind == JsonValueKind.Array ? current[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)] : current.GetProperty(name);
        }

        return current;
    }

    // @id is the id of a service only: on other resources it is an unknown property.
    private static string? IdOf(JsonElement element, bool service = true) =>
        element.TryGetProperty("id", out JsonElement id) || (service && element.TryGetProperty("@id", out id))
            ? (id.ValueKind == JsonValueKind.String ? id.GetString() : null)
            : null;

    private static string? TypeOf(JsonElement element) =>
        element.TryGetProperty("type", out JsonElement type) || element.TryGetProperty("@type", out type)
            ? (type.ValueKind == JsonValueKind.String ? type.GetString() : null)
            : null;

    /// <summary>Lists, in document order, the pointer of every value reached through resource properties.</summary>
    /// <param name="element">The value at <paramref name="pointer"/>.</param>
    /// <param name="pointer">Its pointer.</param>
    /// <param name="model">The resources by pointer, to say where <c>logo</c> and <c>source</c> are the model's
    /// own properties; without it, the JSON <c>type</c> says.</param>
    private static IEnumerable<string> ResourcePointers(JsonElement element, string pointer, IReadOnlyDictionary<string, IiifResource>? model = null)
    {
        yield return pointer;
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            IiifResource? resource = model is not null && model.TryGetValue(pointer, out IiifResource? r) ? r : null;
            if (!s_resourceProperties.Contains(property.Name) ||
                (property.Name == "logo" && (model is null ? TypeOf(element) != "Agent" : resource is not Agent)) ||
                // An object with a source and no type is read as a SpecificResource too.
                (property.Name == "source" && (model is null ? TypeOf(element) is not (null or "SpecificResource") : resource is not SpecificResource)))
            {
                continue;
            }

            string child = pointer + "/" + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (JsonElement item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Object or JsonValueKind.String)
                    {
                        foreach (string p in ResourcePointers(item, child + "/" + i, model))
                        {
                            yield return p;
                        }
                    }

                    i++;
                }
            }
            else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.String)
            {
                foreach (string p in ResourcePointers(property.Value, child, model))
                {
                    yield return p;
                }
            }
        }
    }

    private static IEnumerable<string> ExpectedIdPointers(JsonElement root, string pointer, string id) =>
        ResourcePointers(root, pointer).Where(p =>
        {
            JsonElement e = Resolve(root, p);
            return e.ValueKind == JsonValueKind.String ? e.GetString() == id : IdOf(e) == id;
        });
}
