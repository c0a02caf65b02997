using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// The upgrader never throws on JSON (UPGRADE.md §1 and §6, "Never throws"): corpus documents with nodes
/// deleted, retyped or nulled still upgrade, deterministically, to output that reads back.
/// </summary>
/// <remarks>CI runs a fixed seed; set <c>IIIF_MUTATION_SEED</c> to a CsCheck seed to explore others, with more
/// iterations.</remarks>
[TestFixture]
public sealed class UpgradeMutationTests
{
    private static readonly Lazy<List<string>> s_documents = new(() =>
        CorpusFiles.Files("v2").Where(f => new FileInfo(f.FullPath).Length < 200_000).Select(f => File.ReadAllText(f.FullPath)).ToList());

    private enum Mutation
    {
        Delete,
        Null,
        ToString,
        ToNumber,
        ToObject,
        ToArray,
        Wrap,
    }

    [Test]
    public void Upgrade_MutatedCorpusDocuments_NeverThrows()
    {
        List<string> documents = s_documents.Value;
        Gen.Select(Gen.Int[0, documents.Count - 1], Gen.Int[0, int.MaxValue].Array[1, 4], Gen.Enum<Mutation>().Array[1, 4])
            .Sample(
                (document, picks, mutations) =>
                {
                    string json = Mutate(documents[document], picks, mutations);
                    UpgradeResult result = IiifUpgrader.Upgrade(json);
                    string output = IiifJson.Serialize(result.Resource);
                    IiifJson.Serialize(IiifUpgrader.Upgrade(json).Resource).Should().Be(output);
                    IiifJson.Parse(output).Should().NotBeNull();
                },
                iter: System.Environment.GetEnvironmentVariable("IIIF_MUTATION_SEED") is null ? 3000 : 20000,
                threads: 1,
                seed: System.Environment.GetEnvironmentVariable("IIIF_MUTATION_SEED") ?? "0N0XIzNsQ0O2");
    }

    private static string Mutate(string json, int[] picks, Mutation[] mutations)
    {
        JsonNode root = JsonNode.Parse(json)!;
        for (int i = 0; i < Math.Min(picks.Length, mutations.Length); i++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            if (nodes.Count == 0)
            {
                break;
            }

            JsonNode target = nodes[picks[i] % nodes.Count];
            Replace(target, mutations[i] switch
            {
                Mutation.Delete => null,
                Mutation.Null => JsonValue.Create((string?)null),
                Mutation.ToString => JsonValue.Create("mutated"),
                Mutation.ToNumber => JsonValue.Create(-1.5),
                Mutation.ToObject => new JsonObject { ["@type"] = "sc:Mutated" },
                Mutation.ToArray => new JsonArray(),
                _ => new JsonArray(target.DeepClone()),
            }, mutations[i] == Mutation.Delete);
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    if (property.Value is not null)
                    {
                        into.Add(property.Value);
                        Collect(property.Value, into);
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        into.Add(item);
                        Collect(item, into);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement, bool delete)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                string key = obj.First(p => ReferenceEquals(p.Value, target)).Key;
                if (delete)
                {
                    obj.Remove(key);
                }
                else
                {
                    obj[key] = replacement;
                }

                break;
            case JsonArray array:
                int index = array.IndexOf(target);
                if (delete)
                {
                    array.RemoveAt(index);
                }
                else
                {
                    array[index] = replacement;
                }

                break;
        }
    }
}
