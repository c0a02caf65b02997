using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Json.Schema;

namespace Iiif.Presentation.Validation.Schema;

/// <summary>
/// Evaluates a document against the official schema: the verdict first, cheaply, and only for an
/// invalid document the details, narrowed to the most specific places.
/// </summary>
/// <remarks>
/// <para>
/// The verdict is the official validator's: the whole document against the root schema, draft-07,
/// <c>format</c> not asserted (a pinned test walks the corpus's oracle verdicts).
/// </para>
/// <para>
/// Detailed output is expensive in JsonSchema.Net (close to a minute for the 24 MB synthetic manifest),
/// so details come from smaller evaluations: the top resource's own class instead of the root's
/// <c>oneOf</c>, and for a large <c>items</c> array, the object without it plus each item on its own,
/// only the failing ones in detail. Then, at every <c>oneOf</c> and <c>anyOf</c> where no branch
/// passed, only the branch meant for the instance's <c>type</c> is reported (SPEC.md §4, layering).
/// </para>
/// <para>Stateless apart from the schema; thread-safe.</para>
/// </remarks>
internal sealed class SchemaLayer
{
    /// <summary>Items beyond which the top resource's <c>items</c> are evaluated one by one.</summary>
    internal const int DecomposeAbove = 64;

    /// <summary>Failing items evaluated in detail; the rest are counted.</summary>
    internal const int MaxDetailedItems = 50;

    private static readonly EvaluationOptions s_flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = false };
    private static readonly EvaluationOptions s_detail = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = false };

    private readonly IiifSchema _schema;

    public SchemaLayer(IiifSchema schema)
    {
        _schema = schema;
    }

    /// <summary>Returns whether the document passes the schema, and, when it does not, why.</summary>
    public bool Evaluate(JsonElement root, List<SchemaError> errors)
    {
        if (_schema.Root.Evaluate(root, s_flag).IsValid)
        {
            return true;
        }

        int before = errors.Count;
        string? classFragment = _schema.IsPinned ? ClassOf(root) : null;
        if (classFragment is not null)
        {
            if (root.TryGetProperty("items", out JsonElement items) && items.ValueKind == JsonValueKind.Array &&
                items.GetArrayLength() > DecomposeAbove && classFragment != "#/classes/annotation")
            {
                DetailLarge(root, items, classFragment, errors);
            }
            else
            {
                Detail(_schema.Subschema(classFragment), root, string.Empty, errors);
            }
        }

        if (errors.Count == before)
        {
            // The instance passes its own class (say, it also matches a second root branch), or its type
            // names no root class: the root's own output, layered, says why.
            Detail(_schema.Root, root, string.Empty, errors);
        }

        if (errors.Count == before)
        {
            errors.Add(new SchemaError(string.Empty, "oneOf", "The document does not match exactly one of the schema's top-level classes.", string.Empty));
        }

        return false;
    }

    private void DetailLarge(JsonElement root, JsonElement items, string classFragment, List<SchemaError> errors)
    {
        using (JsonDocument shell = WithoutItems(root))
        {
            Detail(_schema.Subschema(classFragment), shell.RootElement, string.Empty, errors);
        }

        JsonSchema itemSchema = _schema.Subschema(classFragment + "/allOf/1/properties/items/items");
        int failing = 0;
        int index = 0;
        foreach (JsonElement item in items.EnumerateArray())
        {
            if (!itemSchema.Evaluate(item, s_flag).IsValid)
            {
                if (failing < MaxDetailedItems)
                {
                    Detail(itemSchema, item, $"/items/{index}", errors);
                }

                failing++;
            }

            index++;
        }

        if (failing > MaxDetailedItems)
        {
            errors.Add(new SchemaError(
                "/items",
                "items",
                $"{failing - MaxDetailedItems} more of the {index} items fail the schema; only the first {MaxDetailedItems} are shown in detail.",
                "/items"));
        }
    }

    private static void Detail(JsonSchema schema, JsonElement instance, string prefix, List<SchemaError> errors)
    {
        EvaluationResults results = schema.Evaluate(instance, s_detail);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(results, prefix, errors, seen);
    }

    /// <summary>Collects the failures under a node, following only the meant branch of a failed <c>oneOf</c>/<c>anyOf</c>.</summary>
    private static void Collect(EvaluationResults node, string prefix, List<SchemaError> errors, HashSet<string> seen)
    {
        if (node.IsValid)
        {
            return;
        }

        string location = prefix + node.InstanceLocation;
        string path = node.EvaluationPath.ToString();
        IReadOnlyList<EvaluationResults>? details = node.Details;

        if (node.Errors is not null)
        {
            foreach (KeyValuePair<string, string> error in node.Errors)
            {
                // A failed oneOf/anyOf is explained by the branch below, unless no branch failed
                // (oneOf matched twice): then its own message is the explanation.
                if (error.Key is "oneOf" or "anyOf" && HasFailingBranch(details, path, error.Key))
                {
                    continue;
                }

                if (seen.Add(location + "\n" + error.Value))
                {
                    errors.Add(new SchemaError(location, error.Key, error.Value, path));
                }
            }
        }

        if (details is null)
        {
            return;
        }

        // Group the sub-results by the keyword that produced them: anyOf and oneOf are alternatives.
        List<EvaluationResults>? anyOf = null;
        List<EvaluationResults>? oneOf = null;
        foreach (EvaluationResults child in details)
        {
            switch (KeywordOf(child, path))
            {
                case "anyOf":
                    (anyOf ??= []).Add(child);
                    break;
                case "oneOf":
                    (oneOf ??= []).Add(child);
                    break;
                default:
                    Collect(child, prefix, errors, seen);
                    break;
            }
        }

        CollectAlternatives(anyOf, node.InstanceLocation.ToString(), prefix, errors, seen);
        CollectAlternatives(oneOf, node.InstanceLocation.ToString(), prefix, errors, seen);
    }

    private static void CollectAlternatives(List<EvaluationResults>? branches, string instance, string prefix, List<SchemaError> errors, HashSet<string> seen)
    {
        if (branches is null || branches.Exists(b => b.IsValid))
        {
            return;
        }

        // The branch meant for this instance is the first whose failures are not about the instance's
        // kind or its type; if every branch fails on those, the first failure stands.
        EvaluationResults chosen = branches.Find(b => !FailsOnKindOrType(b, instance)) ?? branches[0];
        Collect(chosen, prefix, errors, seen);
    }

    private static bool HasFailingBranch(IReadOnlyList<EvaluationResults>? details, string path, string keyword)
    {
        if (details is null)
        {
            return false;
        }

        foreach (EvaluationResults child in details)
        {
            if (!child.IsValid && KeywordOf(child, path) == keyword)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FailsOnKindOrType(EvaluationResults branch, string instance)
    {
        if (branch.IsValid)
        {
            return false;
        }

        string location = branch.InstanceLocation.ToString();
        if (branch.Errors is not null)
        {
            if (location == instance && (branch.Errors.ContainsKey("type") || branch.Errors.ContainsKey("const")))
            {
                return true; // the instance is not even the right JSON kind for this branch
            }

            if (location == instance + "/type")
            {
                return true; // the branch's "type" property rejects the instance's type
            }

            if (location == instance && branch.Errors.TryGetValue("required", out string? required) &&
                required.Contains("\"type\""))
            {
                return true;
            }
        }

        if (branch.Details is not null)
        {
            foreach (EvaluationResults child in branch.Details)
            {
                string childLocation = child.InstanceLocation.ToString();
                if ((childLocation == instance || childLocation == instance + "/type") && FailsOnKindOrType(child, instance))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string KeywordOf(EvaluationResults child, string parentPath)
    {
        string path = child.EvaluationPath.ToString();
        if (path.Length <= parentPath.Length + 1 || !path.StartsWith(parentPath, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        int start = parentPath.Length + 1;
        int end = path.IndexOf('/', start);
        return end < 0 ? path.Substring(start) : path.Substring(start, end - start);
    }

    /// <summary>Returns the schema's class for the document's top <c>type</c>, or <see langword="null"/>.</summary>
    private static string? ClassOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out JsonElement type) ||
            type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return type.GetString() switch
        {
            "Manifest" => "#/classes/manifest",
            "Collection" => "#/classes/collection",
            "AnnotationCollection" => "#/classes/annotationCollection",
            "AnnotationPage" => "#/classes/annotationPage",
            "Annotation" => "#/classes/annotation",
            _ => null,
        };
    }

    /// <summary>Copies an object with its <c>items</c> emptied: its own properties can then be checked
    /// in detail without evaluating every item again.</summary>
    private static JsonDocument WithoutItems(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (property.NameEquals("items"))
                {
                    writer.WritePropertyName(property.Name);
                    writer.WriteStartArray();
                    writer.WriteEndArray();
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.ToArray());
    }
}
