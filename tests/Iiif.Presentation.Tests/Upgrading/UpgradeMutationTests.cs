using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using CsCheck;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// The upgrader never throws on JSON (UPGRADE.md §1 and §6, "Never throws"): corpus documents with nodes
/// deleted, retyped or nulled still upgrade, deterministically, to output that reads back.
/// </summary>
/// <remarks>Seed and budget: see <see cref="JsonMutations"/>.</remarks>
[TestFixture]
public sealed class UpgradeMutationTests
{
    [Test]
    public void Upgrade_MutatedCorpusDocuments_NeverThrows()
    {
        List<string> documents = JsonMutations.Documents("v2", 200_000);
        FixedSample.Mutations(
            Gen.Select(Gen.Int[0, documents.Count - 1], Gen.Int[0, int.MaxValue].Array[1, 4], Gen.Enum<JsonMutations.ValueEdit>().Array[1, 4]),
            c =>
            {
                (int document, int[] picks, JsonMutations.ValueEdit[] mutations) = c;
                string json = Mutate(documents[document], picks, mutations);
                UpgradeResult result = IiifUpgrader.Upgrade(json);
                string output = IiifJson.Serialize(result.Resource);
                IiifJson.Serialize(IiifUpgrader.Upgrade(json).Resource).Should().Be(output);
                IiifJson.Parse(output).Should().NotBeNull();
            },
            "0N0XIzNsQ0O2",
            cases: 3000,
            exploringCases: 20000);
    }

    private static string Mutate(string json, int[] picks, JsonMutations.ValueEdit[] mutations)
    {
        JsonNode root = JsonNode.Parse(json)!;
        for (int i = 0; i < Math.Min(picks.Length, mutations.Length); i++)
        {
            List<JsonNode> nodes = JsonMutations.Values(root);
            if (nodes.Count == 0)
            {
                break;
            }

            JsonMutations.Edit(nodes[picks[i] % nodes.Count], mutations[i], -1.5, new JsonObject { ["@type"] = "sc:Mutated" });
        }

        return root.ToJsonString();
    }
}
