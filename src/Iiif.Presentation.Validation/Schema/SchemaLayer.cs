using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Iiif.Presentation.Serialization;
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
        string? classFragment = _schema.IsPinned ? SchemaClasses.ClassOf(root) : null;
        if (classFragment is not null && _schema.Subschema(classFragment) is { } classSchema)
        {
            if (root.TryGetProperty("items", out JsonElement items) && items.ValueKind == JsonValueKind.Array &&
                items.GetArrayLength() > DecomposeAbove && _schema.Subschema(SchemaClasses.ItemsOf(classFragment)) is { } itemSchema)
            {
                DetailLarge(root, items, classSchema, itemSchema, errors);
            }
            else
            {
                Detail(classSchema, root, string.Empty, errors);
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

    private void DetailLarge(JsonElement root, JsonElement items, JsonSchema classSchema, JsonSchema itemSchema, List<SchemaError> errors)
    {
        using (JsonDocument shell = WithoutItems(root))
        {
            Detail(classSchema, shell.RootElement, string.Empty, errors);
        }

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

    private void Detail(JsonSchema schema, JsonElement instance, string prefix, List<SchemaError> errors)
    {
        EvaluationResults results = schema.Evaluate(instance, s_detail);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int first = errors.Count;
        Collect(results, instance, prefix, errors, seen);
        MergeRequired(errors, first);
        for (int i = first; i < errors.Count; i++)
        {
            errors[i] = Explain(errors[i], instance, prefix);
        }
    }

    /// <summary>Collects the failures under a node, following only the meant branch of a failed <c>oneOf</c>/<c>anyOf</c>.</summary>
    private void Collect(EvaluationResults node, JsonElement instance, string prefix, List<SchemaError> errors, HashSet<string> seen)
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
                    errors.Add(new SchemaError(location, error.Key, error.Value, path, node.SchemaLocation?.OriginalString));
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
                case "not" or "if" or "contains":
                    // A failing subschema here is no failure of this node (not, if), or not necessarily
                    // one (contains); the node's own message says what is wrong.
                    break;
                default:
                    Collect(child, instance, prefix, errors, seen);
                    break;
            }
        }

        CollectAlternatives(anyOf, node.InstanceLocation.ToString(), instance, prefix, errors, seen);
        CollectAlternatives(oneOf, node.InstanceLocation.ToString(), instance, prefix, errors, seen);
    }

    private void CollectAlternatives(List<EvaluationResults>? branches, string location, JsonElement instance, string prefix, List<SchemaError> errors, HashSet<string> seen)
    {
        if (branches is null || branches.Exists(b => b.IsValid))
        {
            return;
        }

        if (AllowedValues(branches, location) is { } allowed)
        {
            string key = location + "\nvalues";
            if (seen.Add(key))
            {
                errors.Add(new SchemaError(prefix + location, "anyOf", $"The value {Value(instance, prefix + location, prefix)} is none of the values the schema allows here: {allowed}.", string.Empty));
            }

            return;
        }

        // An instance without a type names no branch: the first failure that is not about its JSON kind stands.
        if (!HasType(instance, location))
        {
            EvaluationResults first = branches.Find(b => !FailsOnKind(b, location)) ?? branches[0];
            Collect(first, instance, prefix, errors, seen);
            return;
        }

        // The branch meant for this instance is one whose failures are not about the instance's kind or
        // its type; of those, the one that failed deepest in the instance got furthest, so its errors
        // are the telling ones. If every branch fails on kind or type, the first failure stands.
        // A tie goes to the branch with fewer failures.
        EvaluationResults? chosen = null;
        int chosenDepth = -1;
        int chosenCount = int.MaxValue;
        foreach (EvaluationResults branch in branches)
        {
            if (FailsOnKindOrType(branch, location))
            {
                continue;
            }

            int depth = DeepestFailure(branch);
            int count = CountFailures(branch);
            if (depth > chosenDepth || (depth == chosenDepth && count < chosenCount))
            {
                chosen = branch;
                chosenDepth = depth;
                chosenCount = count;
            }
        }

        Collect(chosen ?? branches[0], instance, prefix, errors, seen);
    }

    /// <summary>When every alternative is just a value the instance is not (a pattern <c>^x$</c>, a
    /// constant), returns those values for one message instead of one per alternative.</summary>
    private string? AllowedValues(List<EvaluationResults> branches, string location)
    {
        var values = new List<string>();
        foreach (EvaluationResults branch in branches)
        {
            if (branch.InstanceLocation.ToString() != location || branch.Details is { Count: > 0 } ||
                branch.Errors is not { Count: 1 } || branch.SchemaLocation is null ||
                _schema.Resolve(branch.SchemaLocation.OriginalString) is not { ValueKind: JsonValueKind.Object } subschema)
            {
                return null;
            }

            if (subschema.TryGetProperty("const", out JsonElement constant))
            {
                values.Add(constant.GetRawText());
            }
            else if (subschema.TryGetProperty("pattern", out JsonElement pattern) && pattern.GetString() is { } text &&
                     text.StartsWith("^", StringComparison.Ordinal) && text.EndsWith("$", StringComparison.Ordinal) &&
                     text.IndexOfAny(['*', '+', '?', '[', '(', '|', '.', '\\']) < 0)
            {
                values.Add("\"" + text.Substring(1, text.Length - 2) + "\"");
            }
            else
            {
                return null;
            }
        }

        return values.Count == 0 ? null : string.Join(", ", values);
    }

    private static bool FailsOnKind(EvaluationResults branch, string location) =>
        !branch.IsValid && branch.InstanceLocation.ToString() == location && branch.Errors is not null &&
        (branch.Errors.ContainsKey("type") || branch.Errors.ContainsKey("const"));

    private static bool HasType(JsonElement instance, string location) =>
        JsonPointer.Resolve(instance, location) is { ValueKind: JsonValueKind.Object } element &&
        (element.TryGetProperty("type", out _) || element.TryGetProperty("@type", out _));

    /// <summary>Returns the depth, in pointer segments, of the deepest failing location under a result.</summary>
    private static int DeepestFailure(EvaluationResults node)
    {
        if (node.IsValid)
        {
            return -1;
        }

        int deepest = node.Errors is { Count: > 0 } ? Depth(node.InstanceLocation.ToString()) : -1;
        if (node.Details is not null)
        {
            foreach (EvaluationResults child in node.Details)
            {
                deepest = Math.Max(deepest, DeepestFailure(child));
            }
        }

        return deepest;
    }

    private static int CountFailures(EvaluationResults node)
    {
        if (node.IsValid)
        {
            return 0;
        }

        int count = node.Errors?.Count ?? 0;
        if (node.Details is not null)
        {
            foreach (EvaluationResults child in node.Details)
            {
                count += CountFailures(child);
            }
        }

        return count;
    }

    private static int Depth(string pointer)
    {
        int depth = 0;
        foreach (char c in pointer)
        {
            if (c == '/')
            {
                depth++;
            }
        }

        return depth;
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

        if (branch.Details is null)
        {
            return false;
        }

        // Through $ref, allOf and properties a failure on kind or type is the branch's; through nested
        // alternatives, only if every alternative fails on it.
        string path = branch.EvaluationPath.ToString();
        List<EvaluationResults>? alternatives = null;
        foreach (EvaluationResults child in branch.Details)
        {
            string childLocation = child.InstanceLocation.ToString();
            if (childLocation != instance && childLocation != instance + "/type")
            {
                continue;
            }

            string keyword = KeywordOf(child, path);
            if (keyword is "oneOf" or "anyOf")
            {
                (alternatives ??= []).Add(child);
            }
            else if (FailsOnKindOrType(child, instance))
            {
                return true;
            }
        }

        return alternatives is not null && alternatives.TrueForAll(a => FailsOnKindOrType(a, instance));
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

    /// <summary>Merges the <c>required</c> failures at one place (from a class and its base, say) into one.</summary>
    private static void MergeRequired(List<SchemaError> errors, int first)
    {
        for (int i = first; i < errors.Count; i++)
        {
            if (errors[i].Keyword != "required")
            {
                continue;
            }

            var names = new List<string>(RequiredNames(errors[i].Message));
            for (int j = errors.Count - 1; j > i; j--)
            {
                if (errors[j].Keyword == "required" && errors[j].Pointer == errors[i].Pointer)
                {
                    foreach (string name in RequiredNames(errors[j].Message))
                    {
                        if (!names.Contains(name))
                        {
                            names.Add(name);
                        }
                    }

                    errors.RemoveAt(j);
                }
            }

            string list = string.Join(", ", names.ConvertAll(n => "\"" + n + "\""));
            errors[i] = new SchemaError(errors[i].Pointer, "required", $"Required properties [{list}] are not present",
                errors[i].EvaluationPath, errors[i].SchemaLocation);
        }
    }

    internal static List<string> RequiredNames(string message)
    {
        var names = new List<string>();
        int start = message.IndexOf('[');
        int end = message.LastIndexOf(']');
        if (start < 0 || end <= start)
        {
            return names;
        }

        foreach (string part in message.Substring(start + 1, end - start - 1).Split(','))
        {
            string name = part.Trim().Trim('"');
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Rewrites JsonSchema.Net's terse messages into ones that say what the schema wanted.</summary>
    private SchemaError Explain(SchemaError error, JsonElement instance, string prefix)
    {
        JsonElement? resolved = error.SchemaLocation is null ? null : _schema.Resolve(error.SchemaLocation);
        JsonElement? subschema = resolved is { ValueKind: JsonValueKind.Object } ? resolved : null; // not a boolean schema
        string property = JsonPointer.LastKey(error.Pointer);
        string message = error.Message;
        switch (error.Keyword)
        {
            case "" when error.EvaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal):
                message = $"The property `{property}` is not allowed here by the schema.";
                break;
            case "pattern" when subschema?.TryGetProperty("pattern", out JsonElement pattern) == true:
                message = $"The value {Value(instance, error.Pointer, prefix)} does not match the pattern {pattern.GetRawText()}.";
                break;
            case "const" when subschema?.TryGetProperty("const", out JsonElement constant) == true:
                message = $"The value must be {constant.GetRawText()}, not {Value(instance, error.Pointer, prefix)}.";
                break;
            case "enum" when subschema?.TryGetProperty("enum", out JsonElement values) == true:
                message = $"The value must be one of {values.GetRawText()}, not {Value(instance, error.Pointer, prefix)}.";
                break;
        }

        string? description = subschema is { } s && s.TryGetProperty("description", out JsonElement text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
        if (description is not null && error.Keyword is "pattern" or "type" or "required" && !message.EndsWith(description, StringComparison.Ordinal))
        {
            message += " (" + description.TrimEnd('.') + ".)";
        }

        return new SchemaError(error.Pointer, error.Keyword, message, error.EvaluationPath, error.SchemaLocation);
    }

    /// <summary>Returns the instance's value at a pointer, short, for a message.</summary>
    private static string Value(JsonElement instance, string pointer, string prefix)
    {
        if (JsonPointer.Resolve(instance, pointer.Substring(prefix.Length)) is not { } value)
        {
            return "here";
        }

        string text = value.GetRawText();
        return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
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

        return JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = IiifValidator.MaxDepth });
    }
}
