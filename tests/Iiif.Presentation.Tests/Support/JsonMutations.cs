using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Iiif.Presentation.Tests.Support;

/// <summary>
/// Helpers for the mutation tests: the corpus sample, the seed and budget of a run, and the edits of a
/// parsed document (find its values, replace or remove one).
/// </summary>
/// <remarks>CI runs each property over a fixed series of cases (<see cref="FixedSample.Mutations{T}"/>); set
/// <c>IIIF_MUTATION_SEED</c> to a CsCheck seed to run that case first and then random ones, with the larger
/// budget. A failing property prints the seed of its failing case ("Set seed: …"): set
/// <c>IIIF_MUTATION_SEED</c> to it to replay that case.</remarks>
public static class JsonMutations
{
    /// <summary>An edit of one value of a document.</summary>
    public enum ValueEdit
    {
        Delete,
        Null,
        ToString,
        ToNumber,
        ToObject,
        ToArray,
        Wrap,
    }

    public const string SeedVariable = "IIIF_MUTATION_SEED";

    private static readonly Dictionary<(string, int), List<string>> s_samples = [];

    /// <summary>Gets the texts of the corpus files of a folder below a size, read once per run.</summary>
    public static List<string> Documents(string folder, int maxBytes)
    {
        lock (s_samples)
        {
            if (!s_samples.TryGetValue((folder, maxBytes), out List<string>? documents))
            {
                documents = CorpusFiles.Files(folder)
                    .Where(f => new System.IO.FileInfo(f.FullPath).Length < maxBytes)
                    .Select(f => System.IO.File.ReadAllText(f.FullPath))
                    .ToList();
                s_samples[(folder, maxBytes)] = documents;
            }

            return documents;
        }
    }

    /// <summary>Applies an edit to a value: removes it, or puts in its place <c>null</c>, a string, the
    /// given number or object, an empty array, or an array around the value.</summary>
    public static void Edit(JsonNode target, ValueEdit edit, double number, JsonObject obj)
    {
        if (edit == ValueEdit.Delete)
        {
            Remove(target);
            return;
        }

        Replace(target, edit switch
        {
            ValueEdit.Null => null,
            ValueEdit.ToString => JsonValue.Create("mutated"),
            ValueEdit.ToNumber => JsonValue.Create(number),
            ValueEdit.ToObject => obj,
            ValueEdit.ToArray => new JsonArray(),
            _ => new JsonArray(target.DeepClone()),
        });
    }

    /// <summary>Lists every value below <paramref name="node"/> (not the node itself), in document order.</summary>
    public static List<JsonNode> Values(JsonNode node)
    {
        var into = new List<JsonNode>();
        Collect(node, into);
        return into;
    }

    /// <summary>Puts <paramref name="replacement"/> (a JSON <c>null</c> when <see langword="null"/>) where
    /// <paramref name="target"/> is.</summary>
    public static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[KeyOf(obj, target)] = replacement;
                break;
            case JsonArray array:
                array[array.IndexOf(target)] = replacement;
                break;
        }
    }

    /// <summary>Removes <paramref name="target"/> from its object or array.</summary>
    public static void Remove(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj.Remove(KeyOf(obj, target));
                break;
            case JsonArray array:
                array.RemoveAt(array.IndexOf(target));
                break;
        }
    }

    private static string KeyOf(JsonObject obj, JsonNode value) => obj.First(p => ReferenceEquals(p.Value, value)).Key;

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            if (child is not null)
            {
                into.Add(child);
                Collect(child, into);
            }
        }
    }
}
