using Iiif.Presentation.Serialization;
using Json.Schema;

namespace Iiif.Presentation.Validation.Schema;

/// <summary>
/// Reads JsonSchema.Net's hierarchical results to tell which branch of a failed <c>oneOf</c> or
/// <c>anyOf</c> was meant for an instance: not one that fails on the instance's JSON kind or its
/// <c>type</c>, and of the rest the one that got deepest into the instance.
/// </summary>
internal static class BranchChoice
{
    /// <summary>Returns whether a branch fails because the instance is not the JSON kind (or constant) it wants.</summary>
    public static bool FailsOnKind(EvaluationResults branch, string location) =>
        !branch.IsValid && branch.InstanceLocation.ToString() == location && branch.Errors is not null &&
        (branch.Errors.ContainsKey("type") || branch.Errors.ContainsKey("const"));

    /// <summary>Returns whether a branch fails on the instance's JSON kind or its <c>type</c>: it was not meant for it.</summary>
    public static bool FailsOnKindOrType(EvaluationResults branch, string instance)
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

    /// <summary>Returns whether the object at a place of the instance gives a <c>type</c> (or <c>@type</c>).</summary>
    public static bool HasType(JsonElement instance, string location) =>
        JsonPointer.Resolve(instance, location) is { ValueKind: JsonValueKind.Object } element &&
        (element.TryGetProperty("type", out _) || element.TryGetProperty("@type", out _));

    /// <summary>Returns the depth, in pointer segments, of the deepest failing location under a result.</summary>
    public static int DeepestFailure(EvaluationResults node)
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

    /// <summary>Returns the number of failures under a result.</summary>
    public static int CountFailures(EvaluationResults node)
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

    /// <summary>Returns whether one of a result's sub-results under the keyword failed.</summary>
    public static bool HasFailingBranch(IReadOnlyList<EvaluationResults>? details, string path, string keyword)
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

    /// <summary>Returns the keyword of the parent schema through which a sub-result was evaluated.</summary>
    public static string KeywordOf(EvaluationResults child, string parentPath)
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
}
