using Iiif.Presentation.Serialization.Reading;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// Checks the specification's rules that the schema cannot express
/// (<see href="https://iiif.io/api/presentation/3.0/"/>; the rules and their codes are listed in
/// <c>docs/rules.md</c>), walking the JSON once and knowing at each object what the specification
/// expects there.
/// </summary>
/// <remarks>
/// Rules about the raw shape (case, a string where an object belongs, a lone value where an array
/// belongs) need the JSON as written, so the walk is over the JSON, not the model. The
/// <see cref="DocumentWalker"/> walks; one rule set per kind of resource or property checks
/// (<c>Semantic/Rules</c>); they share a <see cref="RuleContext"/> for one document.
/// </remarks>
internal static class SemanticValidator
{
    /// <summary>Checks a document and adds its findings.</summary>
    /// <param name="root">The document.</param>
    /// <param name="duplicates">The keys the document gives twice in one object (<see cref="DuplicateKeys.FindAll"/>), or <see langword="null"/>.</param>
    /// <param name="findings">Where the findings go.</param>
    /// <param name="options">The options.</param>
    public static void Validate(JsonElement root, List<DuplicateKey>? duplicates, List<ValidationFinding> findings, ValidationOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var context = new RuleContext(findings, options, hasDuplicates: duplicates is not null);
        foreach (DuplicateKey duplicate in duplicates ?? [])
        {
            // P3-JSON-00: IiifJson refuses such a document, so the validator must not call it valid.
            context.Add(ValidationRules.Json00, duplicate.Pointer,
                $"`{duplicate.Name}` appears twice in this object; JSON parsers disagree on which one wins. Keep one.",
                duplicate.ObjectPointer, duplicate.Name);
        }

        new DocumentWalker(context).VisitTop(root);
    }
}
