namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// What the rule sets checking one document share: where findings go, the path of the value being
/// checked, the options, and the few facts about the whole document that rules deep inside it need.
/// </summary>
/// <remarks>One instance checks one document, on one thread.</remarks>
internal sealed class RuleContext
{
    private readonly List<ValidationFinding> _findings;

    public RuleContext(List<ValidationFinding> findings, ValidationOptions options, bool hasDuplicates)
    {
        _findings = findings;
        Options = options;
        HasDuplicates = hasDuplicates;
    }

    public ValidationOptions Options { get; }

    /// <summary>Gets the JSON Pointer of the value being checked.</summary>
    public PathStack Path { get; } = new();

    /// <summary>Gets whether some object gives a key twice; the walk then checks only the first copy.</summary>
    public bool HasDuplicates { get; }

    /// <summary>Gets or sets whether the top resource's <c>@context</c> names an extension, which may
    /// define properties and rights values (<see href="https://iiif.io/api/presentation/3.0/#46-linked-data-context-and-extensions"/>).</summary>
    public bool ExtensionContext { get; set; }

    /// <summary>Gets or sets the Canvases of the top Manifest by id, or <see langword="null"/> when the
    /// top resource is no Manifest.</summary>
    public Dictionary<string, CanvasInfo>? Canvases { get; set; }

    /// <summary>Returns the values of a property that the specification wants as an array, or the lone value
    /// written in its place; while each is visited, the path names its index if the value is an array.</summary>
    public PathItems Each(JsonElement value) => new(Path, value);

    /// <summary>Reports a finding about the current value.</summary>
    public void Report(ValidationRule rule, string message) =>
        Add(rule, Path.Pointer, message, Path.ParentPointer, null);

    /// <summary>Reports a finding about a property of the current object.</summary>
    public void ReportProperty(ValidationRule rule, string property, string message) =>
        Add(rule, Path.PointerTo(property), message, Path.Pointer, property);

    /// <summary>Reports a property missing from the current object.</summary>
    public void ReportMissing(ValidationRule rule, string property, string message) =>
        Add(rule, Path.Pointer, message, Path.Pointer, property);

    /// <summary>Reports a finding; the object and property it is about let a schema finding on the same
    /// property merge into it.</summary>
    public void Add(ValidationRule rule, string pointer, string message, string mergeObject, string? mergeProperty) =>
        _findings.Add(new ValidationFinding(rule.Severity, rule.Code, rule.Layer, pointer, message, rule.Section)
        {
            MergeObject = mergeObject,
            MergeProperty = mergeProperty,
        });
}
