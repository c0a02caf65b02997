using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Diff;

/// <summary>
/// Every Presentation 3 document of the corpus against itself rewritten (compact, indented, keys shuffled)
/// and against itself with one seeded edit: the diff sees no difference in the first case, and exactly the
/// edit, at its pointer, in the second.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed partial class IiifDiffTests
{
    private const string MutatedValue = "iiif-diff-mutated-value";
    private const string RenamedKey = "iiif-diff-renamed-key";

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions s_compact = new() { WriteIndented = false };

    private static IEnumerable<TestCaseData> CorpusDocuments() => CorpusFiles.Cases("v3");

    // The documents that hold an item to remove (most do): the others are left out of that test rather than
    // skipped in it.
    private static IEnumerable<TestCaseData> DocumentsWithItems() => CorpusDocuments().Where(
        c => c.Arguments[0] is not CorpusFile { FullPath.Length: > 0 } file || RemovableItems(JsonNode.Parse(File.ReadAllText(file.FullPath))!).Count > 0);

    // An item unlike the next one, so that the removal has one place to be reported at.
    private static List<JsonNode> RemovableItems(JsonNode root) => Nodes(root)
        .Where(n => n.Parent is JsonArray array && (n.GetElementIndex() == array.Count - 1 || !JsonNode.DeepEquals(n, array[n.GetElementIndex() + 1])))
        .ToList();

    [TestCaseSource(nameof(CorpusDocuments))]
    public void Compare_CorpusDocumentRewritten_IsSame(CorpusFile file)
    {
        string original = File.ReadAllText(file.FullPath);
        JsonNode node = JsonNode.Parse(original)!;
        var random = new Random(Seed(file));

        AssertSame(original, node.ToJsonString(s_compact), "compact");
        AssertSame(original, node.ToJsonString(s_indented), "indented");
        AssertSame(original, Shuffled(node, random)!.ToJsonString(s_indented), "keys shuffled");
        IiifDiff.Compare(Encoding.UTF8.GetBytes(original), Encoding.UTF8.GetBytes(Shuffled(node, random)!.ToJsonString(s_compact)))
            .IsSame.Should().BeTrue("keys shuffled, compact, as UTF-8");
    }

    [TestCaseSource(nameof(CorpusDocuments))]
    public void Compare_CorpusDocumentWithOneValueChanged_ReportsItAtItsPointer(CorpusFile file)
    {
        string original = File.ReadAllText(file.FullPath);
        JsonNode root = JsonNode.Parse(original)!;
        List<JsonValue> scalars = Nodes(root).OfType<JsonValue>().ToList();
        scalars.Should().NotBeEmpty("every IIIF document holds a value to change");

        JsonValue target = scalars[new Random(Seed(file)).Next(scalars.Count)];
        string pointer = Pointer(target);
        target.ReplaceWith(JsonValue.Create(MutatedValue));

        IiifDiffResult result = IiifDiff.Compare(original, root.ToJsonString(s_compact));

        IiifDifference difference = result.Differences.Should().ContainSingle(result.ToString()).Subject;
        (difference.Kind, difference.Pointer).Should().Be((IiifDifferenceKind.Changed, pointer));
        difference.Actual!.Value.GetString().Should().Be(MutatedValue);
    }

    [TestCaseSource(nameof(CorpusDocuments))]
    public void Compare_CorpusDocumentWithOneKeyRenamed_ReportsItRemovedAndAdded(CorpusFile file)
    {
        string original = File.ReadAllText(file.FullPath);
        JsonNode root = JsonNode.Parse(original)!;
        List<JsonObject> objects = Nodes(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        JsonObject target = objects[new Random(Seed(file)).Next(objects.Count)];
        string key = target.ElementAt(new Random(Seed(file)).Next(target.Count)).Key;
        string pointer = Pointer(target);
        JsonNode? value = target[key];
        target.Remove(key);
        target[RenamedKey] = value;

        IiifDiffResult result = IiifDiff.Compare(original, root.ToJsonString(s_indented));

        result.Differences.Select(d => (d.Kind, d.Pointer)).Should().Equal(
            [(IiifDifferenceKind.Removed, pointer + "/" + Escape(key)),
             (IiifDifferenceKind.Added, pointer + "/" + RenamedKey)],
            result.ToString());
    }

    [TestCaseSource(nameof(DocumentsWithItems))]
    public void Compare_CorpusDocumentWithOneArrayItemRemoved_ReportsItAtItsPointer(CorpusFile file)
    {
        string original = File.ReadAllText(file.FullPath);
        JsonNode root = JsonNode.Parse(original)!;
        List<JsonNode> items = RemovableItems(root);

        JsonNode target = items[new Random(Seed(file)).Next(items.Count)];
        string pointer = Pointer(target);
        string removed = target.ToJsonString();
        ((JsonArray)target.Parent!).Remove(target);

        IiifDiffResult result = IiifDiff.Compare(original, root.ToJsonString(s_compact));

        IiifDifference difference = result.Differences.Should().ContainSingle(result.ToString()).Subject;
        (difference.Kind, difference.Pointer).Should().Be((IiifDifferenceKind.Removed, pointer));
        JsonNode.DeepEquals(JsonNode.Parse(difference.Expected!.Value.GetRawText()), JsonNode.Parse(removed)).Should().BeTrue();
    }

    private static void AssertSame(string expected, string actual, string because)
    {
        IiifDiffResult result = IiifDiff.Compare(expected, actual);
        result.IsSame.Should().BeTrue($"{because}: {result}");
    }

    /// <summary>A seed from the file's name, the same on every run and platform.</summary>
    private static int Seed(CorpusFile file) =>
        file.RelativePath.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    /// <summary>Copies a value with the keys of every object in a random order.</summary>
    private static JsonNode? Shuffled(JsonNode? node, Random random) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(_ => random.Next()).Select(p => KeyValuePair.Create(p.Key, Shuffled(p.Value, random)))),
        JsonArray array => new JsonArray(array.Select(item => Shuffled(item, random)).ToArray()),
        _ => node?.DeepClone(),
    };

    /// <summary>Lists the values of a document, parents before their children.</summary>
    private static IEnumerable<JsonNode> Nodes(JsonNode root)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            JsonNode node = pending.Pop();
            yield return node;
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.Select(p => p.Value),
                JsonArray array => array,
                _ => [],
            };
            foreach (JsonNode child in children.OfType<JsonNode>().Reverse())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>The JSON Pointer of a value, built from its parents.</summary>
    private static string Pointer(JsonNode node)
    {
        var tokens = new List<string>();
        for (JsonNode current = node; current.Parent is { } parent; current = parent)
        {
            tokens.Add(parent is JsonArray
                ? current.GetElementIndex().ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Escape(current.GetPropertyName()));
        }

        tokens.Reverse();
        return string.Concat(tokens.Select(t => "/" + t));
    }

    private static string Escape(string key) =>
        key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
