using Iiif.Presentation.Serialization;
using Iiif.Presentation.Validation.Semantic;

namespace Iiif.Presentation.Validation.Schema;

/// <summary>
/// Applies the places where the official schema is known to be wrong (the P3-SCHEMA entries of
/// <c>docs/rules.md</c>). Each schema error that matches an entry is suppressed (kept only in the verbose
/// list, under the entry's code) or replaced by the semantic rule the entry names; then a schema error that a semantic finding already reports on
/// the same property is dropped, so each problem is reported once, under the semantic code.
/// </summary>
/// <remarks>The entries were established for the pinned schema (<see cref="IiifSchema.PinnedSha256"/>);
/// tests pin each one: the raw schema still reports it, and the layered report shows the outcome.</remarks>
internal static class SchemaAdjustments
{
    private static readonly HashSet<string> s_annotationPageExtras = new(StringComparer.Ordinal)
    {
        "behavior", "summary", "metadata", "requiredStatement", "rights", "provider", "homepage", "seeAlso",
    };

    public static void Apply(JsonElement root, List<SchemaError> errors, List<ValidationFinding> semantic, List<ValidationFinding> findings, List<ValidationFinding> suppressed)
    {
        foreach (SchemaError error in errors)
        {
            ValidationRule? entry = Classify(root, error);
            if (entry is not null)
            {
                suppressed.Add(ToFinding(entry, error).WithSeverity(ValidationSeverity.Info));
                continue;
            }

            if (IsReportedBySemanticRule(error, semantic))
            {
                continue;
            }

            findings.Add(ToFinding(ValidationRules.Schema00, error));
        }
    }

    public static ValidationFinding ToFinding(ValidationRule rule, SchemaError error) =>
        new(rule.Severity, rule.Code, ValidationLayer.Schema, error.Pointer, $"The official schema rejects this ({error.Keyword}): {error.Message}", rule.Section);

    /// <summary>Returns the schema entry (P3-SCHEMA-01…09) that explains a schema error, or <see langword="null"/> if none does.</summary>
    private static ValidationRule? Classify(JsonElement root, SchemaError error)
    {
        string path = error.EvaluationPath;
        string property = JsonPointer.LastKey(error.Pointer);
        bool notAllowed = path.EndsWith("/additionalProperties", StringComparison.Ordinal);

        // SCHEMA-01: a language key with digits (es-419) that is a well-formed BCP 47 tag.
        if (notAllowed && IsLanguageMapKey(error.Pointer) && property.Length > 0 && Bcp47.IsWellFormed(property) && !IsPlainLanguageKey(property))
        {
            return ValidationRules.Schema01;
        }

        // SCHEMA-02/03: properties outside the closed Manifest and AnnotationPage lists.
        if (notAllowed && IsClassProperty(root, error.Pointer, out string? ownerType))
        {
            if (ownerType == "AnnotationPage" && s_annotationPageExtras.Contains(property))
            {
                return ValidationRules.Schema03;
            }

            if (ownerType is "Manifest" or "AnnotationPage")
            {
                return ValidationRules.Schema02;
            }
        }

        // SCHEMA-04/05: a Canvas without items; a top-level AnnotationPage without items; a page reference in a Canvas's items.
        if (error.Keyword == "required" && SchemaMessages.RequiredNames(error.Message).Contains("items"))
        {
            string? type = TypeAt(root, error.Pointer);
            if (type == "Canvas" || (type == "AnnotationPage" && error.Pointer.Length == 0))
            {
                return ValidationRules.Schema04;
            }

            if (type == "AnnotationPage" && IsCanvasItem(error.Pointer))
            {
                return ValidationRules.Schema05;
            }
        }

        // SCHEMA-06: rights outside the three http patterns (the semantic rules say which case it is).
        if (property == "rights" || path.IndexOf("/rights", StringComparison.Ordinal) >= 0 && error.Pointer.EndsWith("/rights", StringComparison.Ordinal))
        {
            return ValidationRules.Schema06;
        }

        // SCHEMA-07: a service mixing id with @type, or @id with type; SCHEMA-08: a legacy array profile.
        if (IsInService(error.Pointer))
        {
            if (error.Keyword == "required" && MixesKeys(JsonPointer.Resolve(root, error.Pointer)))
            {
                return ValidationRules.Schema07;
            }

            if (property == "profile" || JsonPointer.LastKey(JsonPointer.Parent(error.Pointer)) == "profile")
            {
                return ValidationRules.Schema08;
            }
        }

        // SCHEMA-09: a format with an upper-case type, or with no slash.
        if (property == "format" && error.Keyword == "pattern")
        {
            return ValidationRules.Schema09;
        }

        return null;
    }

    /// <summary>Returns whether a semantic finding reports the same property of the same object.</summary>
    private static bool IsReportedBySemanticRule(SchemaError error, List<ValidationFinding> semantic)
    {
        var properties = new List<(string Object, string? Property)>();
        if (error.Keyword == "required")
        {
            foreach (string name in SchemaMessages.RequiredNames(error.Message))
            {
                properties.Add((error.Pointer, name));
            }
        }
        else
        {
            properties.Add((JsonPointer.Parent(error.Pointer), JsonPointer.LastKey(error.Pointer)));
        }

        foreach ((string obj, string? property) in properties)
        {
            bool covered = semantic.Exists(f =>
                (f.MergeObject == obj && f.MergeProperty == property) ||
                (f.Pointer == error.Pointer && error.Keyword != "required") ||
                (property is not null && f.Pointer.StartsWith(obj + "/" + JsonPointer.Escape(property) + "/", StringComparison.Ordinal)));
            if (!covered)
            {
                return false;
            }
        }

        return properties.Count > 0;
    }

    private static bool IsPlainLanguageKey(string key)
    {
        foreach (char c in key)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLanguageMapKey(string pointer)
    {
        string parent = JsonPointer.LastKey(JsonPointer.Parent(pointer));
        string grand = JsonPointer.LastKey(JsonPointer.Parent(JsonPointer.Parent(pointer)));
        return parent is "label" or "summary" or "value" || (parent is "label" && grand.Length > 0);
    }

    /// <summary>Returns whether the pointer names a property of an object, and that object's type.</summary>
    private static bool IsClassProperty(JsonElement root, string pointer, out string? type)
    {
        type = TypeAt(root, JsonPointer.Parent(pointer));
        return type is not null;
    }

    private static bool IsCanvasItem(string pointer)
    {
        // …/items/{n} where the owner of items is a Canvas: its type is checked by the caller's shape.
        string parent = JsonPointer.Parent(pointer);
        return JsonPointer.LastKey(parent) == "items";
    }

    private static bool IsInService(string pointer) =>
        pointer.IndexOf("/service/", StringComparison.Ordinal) >= 0 || pointer.IndexOf("/services/", StringComparison.Ordinal) >= 0;

    /// <summary>Returns whether a service mixes <c>id</c> with <c>@type</c>, or <c>@id</c> with <c>type</c>.</summary>
    private static bool MixesKeys(JsonElement? service)
    {
        if (service is not { ValueKind: JsonValueKind.Object } s)
        {
            return false;
        }

        bool id = s.TryGetProperty("id", out _);
        bool atId = s.TryGetProperty("@id", out _);
        bool type = s.TryGetProperty("type", out _);
        bool atType = s.TryGetProperty("@type", out _);
        return (id && atType && !type) || (atId && type && !id);
    }

    private static string? TypeAt(JsonElement root, string pointer) =>
        JsonPointer.Resolve(root, pointer) is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("type", out JsonElement type) &&
        type.ValueKind == JsonValueKind.String ? type.GetString() : null;

}
