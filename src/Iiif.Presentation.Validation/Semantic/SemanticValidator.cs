using System;
using System.Collections.Generic;
using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// Checks the specification's rules that the schema cannot express (SPEC.md §3), walking the JSON once
/// and knowing at each object what the specification expects there.
/// </summary>
/// <remarks>
/// Rules about the raw shape (case, a string where an object belongs, a lone value where an array
/// belongs) need the JSON as written, so the walk is over the JSON, not the model. One instance walks one
/// document; <see cref="Validate"/> creates it.
/// </remarks>
internal sealed partial class SemanticValidator
{
    private readonly List<ValidationFinding> _findings;
    private readonly ValidationOptions _options;
    private readonly PathStack _path = new();
    private readonly Dictionary<string, Description> _descriptions = new(StringComparer.Ordinal);
    private Dictionary<string, CanvasInfo>? _canvases;
    private bool _extensionContext;

    /// <summary>Whether some object gives a key twice; the walk then checks only the first copy.</summary>
    private bool _hasDuplicates;

    private SemanticValidator(List<ValidationFinding> findings, ValidationOptions options)
    {
        _findings = findings;
        _options = options;
    }

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

        var validator = new SemanticValidator(findings, options) { _hasDuplicates = duplicates is not null };
        foreach (DuplicateKey duplicate in duplicates ?? [])
        {
            // P3-JSON-00: IiifJson refuses such a document, so the validator must not call it valid.
            validator.Add(ValidationRules.Json00, duplicate.Pointer,
                $"`{duplicate.Name}` appears twice in this object; JSON parsers disagree on which one wins. Keep one.",
                duplicate.ObjectPointer, duplicate.Name);
        }

        validator.VisitTop(root);
    }

    private void VisitTop(JsonElement root)
    {
        CheckTopContext(root);
        CheckSourceUri(root);

        string? type = TypeOf(root);
        Cls cls = ClassOfType(type, Role.Top, out _);
        if (cls == Cls.Manifest)
        {
            _canvases = CollectCanvases(root);
        }

        VisitResource(root, Role.Top, new Scope { Top = true });
    }

    // ---- findings -------------------------------------------------------------------------------

    /// <summary>Reports a finding about the current value.</summary>
    private void Report(ValidationRule rule, string message) =>
        Add(rule, _path.Pointer, message, _path.ParentPointer, null);

    /// <summary>Reports a finding about a property of the current object.</summary>
    private void ReportProperty(ValidationRule rule, string property, string message) =>
        Add(rule, _path.PointerTo(property), message, _path.Pointer, property);

    /// <summary>Reports a property missing from the current object.</summary>
    private void ReportMissing(ValidationRule rule, string property, string message) =>
        Add(rule, _path.Pointer, message, _path.Pointer, property);

    private void Add(ValidationRule rule, string pointer, string message, string mergeObject, string? mergeProperty) =>
        _findings.Add(new ValidationFinding(rule.Severity, rule.Code, rule.Layer, pointer, message, rule.Section)
        {
            MergeObject = mergeObject,
            MergeProperty = mergeProperty,
        });

    // ---- helpers --------------------------------------------------------------------------------

    private static string? TypeOf(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        return element.TryGetProperty("@type", out JsonElement atType) && atType.ValueKind == JsonValueKind.String
            ? atType.GetString()
            : null;
    }

    private static string? IdOf(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }

        return element.TryGetProperty("@id", out JsonElement atId) && atId.ValueKind == JsonValueKind.String ? atId.GetString() : null;
    }

    /// <summary>Returns the class of a resource from its type, or from its place when the type says nothing.</summary>
    private static Cls ClassOfType(string? type, Role role, out bool wrongCase)
    {
        wrongCase = false;
        if (role is Role.Service)
        {
            return Cls.Service;
        }

        if (type is not null)
        {
            Cls exact = ExactClass(type);
            if (exact != Cls.Unknown)
            {
                return exact;
            }

            string? variant = Vocabulary.CaseVariantOf(type, Vocabulary.KnownTypes);
            if (variant is not null)
            {
                wrongCase = true;
                Cls fixedCase = ExactClass(variant);
                if (fixedCase != Cls.Unknown)
                {
                    return fixedCase;
                }
            }
        }

        return role switch
        {
            Role.Canvas or Role.PlaceholderCanvas or Role.AccompanyingCanvas => Cls.Canvas,
            Role.CanvasPage or Role.AnnotationsPage or Role.PageLink => Cls.AnnotationPage,
            Role.PageAnnotation => Cls.Annotation,
            Role.Structure => Cls.Range,
            Role.Provider => Cls.Agent,
            Role.Supplementary => Cls.AnnotationCollection,
            Role.Top or Role.CollectionItem or Role.RangeItem or Role.Target or Role.Start or Role.Source or Role.PartOf =>
                type is null ? Cls.Unknown : Cls.Content,
            _ => Cls.Content,
        };
    }

    private static Cls ExactClass(string type) => type switch
    {
        "Collection" => Cls.Collection,
        "Manifest" => Cls.Manifest,
        "Canvas" => Cls.Canvas,
        "Range" => Cls.Range,
        "AnnotationPage" => Cls.AnnotationPage,
        "AnnotationCollection" => Cls.AnnotationCollection,
        "Annotation" => Cls.Annotation,
        "SpecificResource" => Cls.SpecificResource,
        "Choice" => Cls.Choice,
        "TextualBody" => Cls.TextualBody,
        "Agent" => Cls.Agent,
        _ => Cls.Unknown,
    };

    private static bool IsIiifClass(Cls cls) =>
        cls is Cls.Collection or Cls.Manifest or Cls.Canvas or Cls.Range or Cls.AnnotationPage or Cls.AnnotationCollection or Cls.Annotation;

    private static IEnumerable<JsonElement> Values(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : One(value);

    /// <summary>
    /// Visits a value the specification wants as an array, or a lone value written in its place; the path
    /// names each item's index when the value is an array.
    /// </summary>
    private void ForEachValue(JsonElement value, Action<JsonElement> visit)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            visit(value);
            return;
        }

        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            _path.Push(index++);
            visit(item);
            _path.Pop();
        }
    }

    private static IEnumerable<JsonElement> One(JsonElement value)
    {
        yield return value;
    }

    private static string Kind(JsonValueKind kind) => Serialization.JsonKinds.Describe(kind);

    private static string Show(string value) => value.Length <= 80 ? value : value.Substring(0, 77) + "...";

    private readonly struct CanvasInfo(int? width, int? height, double? duration)
    {
        public int? Width { get; } = width;

        public int? Height { get; } = height;

        public double? Duration { get; } = duration;
    }

    private sealed class Description(JsonElement element, string pointer)
    {
        public JsonElement Element { get; } = element;

        public string Pointer { get; } = pointer;

        public bool Reported { get; set; }
    }
}
