using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;
using Iiif.Presentation.Validation.Schema;
using Json.Schema;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>
/// The schema layer's quick verdicts (<see cref="FlagEvaluator"/>) are JsonSchema.Net's, on the official schema:
/// on every document of the corpus, on its parts against the schema's classes, and on generated variants of
/// corpus documents with one value changed.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class FlagEvaluatorTests
{
    private static readonly EvaluationOptions s_flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = false };

    private static readonly Lazy<IiifSchema> s_schema = new(() => IiifSchema.Load(CorpusFiles.Path("schema/iiif_3_0.json")));

    /// <summary>Values put in place of a generated variant's chosen value: each kind of JSON value, and strings
    /// the schema's patterns and constants look for.</summary>
    private static readonly string[] s_replacements =
    [
        "null", "true", "1", "2.0", "-1", "0.5", "\"\"", "\"Manifest\"", "\"Canvas\"", "\"AnnotationPage\"", "\"Annotation\"",
        "\"Collection\"", "\"Image\"", "\"ImageService3\"", "\"painting\"", "\"https://example.org/a\"", "\"http://iiif.io/api/presentation/3/context.json\"",
        "\"en\"", "\"left-to-right\"", "\"paged\"", "{}", "[]", "[\"https://example.org/b\"]", "{\"en\":[\"x\"]}",
        "{\"id\":\"https://example.org/c\",\"type\":\"Canvas\"}",
    ];

    private static IEnumerable<TestCaseData> Documents() => CorpusFiles.Cases("v3", "invalid", "v2");

    [Test]
    public void OfficialSchema_IsCompiled()
    {
        s_schema.Value.Verdicts.Should().NotBeNull("the quick verdicts implement every keyword of the official schema");
        s_schema.Value.SubschemaVerdicts("#/classes/manifest").Should().NotBeNull();
    }

    [TestCaseSource(nameof(Documents))]
    public void CorpusDocument_GetsJsonSchemaNetsVerdict(CorpusFile file)
    {
        using JsonDocument? document = TryParse(File.ReadAllText(file.FullPath));
        if (document is null)
        {
            Assert.Pass("not JSON the schema layer evaluates (the reader refuses it first)");
        }

        AssertSameVerdicts(document!.RootElement, file.RelativePath);
    }

    [Test]
    public void ChangedCorpusDocument_GetsJsonSchemaNetsVerdict()
    {
        List<string> documents = JsonMutations.Documents("v3", 30_000);
        FixedSample.Mutations(
            Gen.Select(Gen.Int[0, documents.Count - 1], Gen.Int[0, int.MaxValue], Gen.Int[-1, s_replacements.Length - 1]),
            c =>
            {
                (int index, int pick, int replacement) = c;
                JsonNode root = JsonNode.Parse(documents[index])!;
                List<JsonNode> values = JsonMutations.Values(root);
                if (values.Count > 0)
                {
                    JsonNode target = values[pick % values.Count];
                    if (replacement < 0)
                    {
                        JsonMutations.Remove(target);
                    }
                    else
                    {
                        JsonMutations.Replace(target, JsonNode.Parse(s_replacements[replacement]));
                    }
                }

                using JsonDocument document = JsonDocument.Parse(root.ToJsonString());
                AssertSameVerdicts(document.RootElement, $"document {index}, value {pick}, replacement {replacement}");
            },
            "0aZ3vVu6IB7c",
            cases: 2_000,
            exploringCases: 20_000);
    }

    /// <summary>Numbers at the edges of what a double holds, where an integer or a positive number is asked for.</summary>
    [TestCase("1e400")]
    [TestCase("-1e400")]
    [TestCase("1.0")]
    [TestCase("1e2")]
    [TestCase("123456789012345678901234567890")]
    [TestCase("0.5")]
    public void EdgeNumbers_GetJsonSchemaNetsVerdictAndAReport(string number)
    {
        string json = $$"""
            {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "https://example.org/m", "type": "Manifest",
             "label": {"en": ["n"]}, "items": [{"id": "https://example.org/c", "type": "Canvas", "width": {{number}}, "height": 10,
             "duration": {{number}}, "items": []}]}
            """;
        using JsonDocument document = JsonDocument.Parse(json);

        AssertSameVerdicts(document.RootElement, number);
        Validators.Full.Validate(json, Validators.SchemaOnly).Should().NotBeNull();
    }

    [TestCase("""{"a": 1}""", """{"a": 1.0}""", true)]
    [TestCase("""{"a": [1, "x"], "b": null}""", """{"b": null, "a": [1, "x"]}""", true)]
    [TestCase("""{"a": 1}""", """{"a": 1, "b": 2}""", false)]
    [TestCase("true", "1", false)]
    [TestCase("[1, 2]", "[2, 1]", false)]
    public void JsonEquals_ComparesAsDraft07Does(string a, string b, bool equal)
    {
        using JsonDocument left = JsonDocument.Parse(a);
        using JsonDocument right = JsonDocument.Parse(b);

        FlagEvaluator.JsonEquals(left.RootElement, right.RootElement).Should().Be(equal);
        FlagEvaluator.JsonEquals(right.RootElement, left.RootElement).Should().Be(equal);
    }

    [TestCase("""{"type": "object", "uniqueItems": true}""")]
    [TestCase("""{"$ref": "https://example.org/other.json"}""")]
    [TestCase("""{"properties": {"a": {"$id": "https://example.org/a", "type": "string"}}}""")]
    public void SchemaWithWhatItLacks_IsNotCompiled(string schema)
    {
        using JsonDocument document = JsonDocument.Parse(schema);

        FlagEvaluator.TryCompile(document.RootElement, "https://example.org/schema.json").Should().BeNull();
    }

    /// <summary>The whole document against the root, and each of its objects against each class of the schema.</summary>
    private static void AssertSameVerdicts(JsonElement root, string because)
    {
        IiifSchema schema = s_schema.Value;
        schema.Verdicts!.IsValid(root).Should().Be(schema.Root.Evaluate(root, s_flag).IsValid, because);

        int checkedParts = 0;
        foreach (JsonElement part in Objects(root))
        {
            foreach (string fragment in SchemaClasses.Fragments)
            {
                if (schema.Subschema(fragment) is { } full && checkedParts++ < 200)
                {
                    schema.SubschemaVerdicts(fragment)!.IsValid(part).Should().Be(full.Evaluate(part, s_flag).IsValid, $"{because}, {fragment}");
                }
            }
        }
    }

    /// <summary>The objects of a document, the root's own children first, at most a few dozen.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        int yielded = 0;
        while (queue.Count > 0 && yielded < 40)
        {
            JsonElement next = queue.Dequeue();
            if (next.ValueKind == JsonValueKind.Object)
            {
                yielded++;
                yield return next;
                foreach (JsonProperty property in next.EnumerateObject())
                {
                    queue.Enqueue(property.Value);
                }
            }
            else if (next.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in next.EnumerateArray())
                {
                    queue.Enqueue(item);
                }
            }
        }
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = IiifValidator.MaxDepth });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
