using Json.Schema;

namespace Iiif.Presentation.Validation.Schema;

/// <summary>
/// Collects the failures of one detailed evaluation, following at every failed <c>oneOf</c> and
/// <c>anyOf</c> only the branch meant for the instance (<see cref="BranchChoice"/>), so a report names
/// the problem of the class the document says it is, not of every class it might have been.
/// </summary>
/// <remarks>One instance collects one evaluation; each failure is reported once per place and message.</remarks>
internal sealed class FailureCollector
{
    private readonly IiifSchema _schema;
    private readonly JsonElement _instance;
    private readonly string _prefix;
    private readonly List<SchemaError> _errors;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Initializes a collector of the failures of one instance.</summary>
    /// <param name="schema">The schema, to look up the subschemas that failed.</param>
    /// <param name="instance">The instance that was evaluated.</param>
    /// <param name="prefix">The pointer of the instance in the document.</param>
    /// <param name="errors">Where the failures go.</param>
    public FailureCollector(IiifSchema schema, JsonElement instance, string prefix, List<SchemaError> errors)
    {
        _schema = schema;
        _instance = instance;
        _prefix = prefix;
        _errors = errors;
    }

    /// <summary>Collects the failures under a node, following only the meant branch of a failed <c>oneOf</c>/<c>anyOf</c>.</summary>
    public void Collect(EvaluationResults node)
    {
        if (node.IsValid)
        {
            return;
        }

        string location = _prefix + node.InstanceLocation;
        string path = node.EvaluationPath.ToString();
        IReadOnlyList<EvaluationResults>? details = node.Details;

        if (node.Errors is not null)
        {
            foreach (KeyValuePair<string, string> error in node.Errors)
            {
                // A failed oneOf/anyOf is explained by the branch below, unless no branch failed
                // (oneOf matched twice): then its own message is the explanation.
                if (error.Key is "oneOf" or "anyOf" && BranchChoice.HasFailingBranch(details, path, error.Key))
                {
                    continue;
                }

                if (_seen.Add(location + "\n" + error.Value))
                {
                    _errors.Add(new SchemaError(location, error.Key, error.Value, path, node.SchemaLocation?.OriginalString));
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
            switch (BranchChoice.KeywordOf(child, path))
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
                    Collect(child);
                    break;
            }
        }

        CollectAlternatives(anyOf, node.InstanceLocation.ToString());
        CollectAlternatives(oneOf, node.InstanceLocation.ToString());
    }

    private void CollectAlternatives(List<EvaluationResults>? branches, string location)
    {
        if (branches is null || branches.Exists(b => b.IsValid))
        {
            return;
        }

        if (AllowedValues(branches, location) is { } allowed)
        {
            string key = location + "\nvalues";
            if (_seen.Add(key))
            {
                _errors.Add(new SchemaError(_prefix + location, "anyOf", $"The value {SchemaMessages.Value(_instance, _prefix + location, _prefix)} is none of the values the schema allows here: {allowed}.", string.Empty));
            }

            return;
        }

        // An instance without a type names no branch: the first failure that is not about its JSON kind stands.
        if (!BranchChoice.HasType(_instance, location))
        {
            EvaluationResults first = branches.Find(b => !BranchChoice.FailsOnKind(b, location)) ?? branches[0];
            Collect(first);
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
            if (BranchChoice.FailsOnKindOrType(branch, location))
            {
                continue;
            }

            int depth = BranchChoice.DeepestFailure(branch);
            int count = BranchChoice.CountFailures(branch);
            if (depth > chosenDepth || (depth == chosenDepth && count < chosenCount))
            {
                chosen = branch;
                chosenDepth = depth;
                chosenCount = count;
            }
        }

        Collect(chosen ?? branches[0]);
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
}
