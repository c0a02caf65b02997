namespace Iiif.Presentation.Validation;

/// <summary>One rule the validator checks: its stable code, its severity and what it says.</summary>
/// <remarks>Immutable and thread-safe. The list is <see cref="ValidationRules.All"/>, published as <c>docs/rules.md</c> in the repository.</remarks>
public sealed class ValidationRule
{
    internal ValidationRule(string code, ValidationSeverity severity, ValidationLayer layer, string section, string appliesTo, string summary)
    {
        Code = code;
        Severity = severity;
        Layer = layer;
        Section = section;
        AppliesTo = appliesTo;
        Summary = summary;
    }

    /// <summary>Gets the stable code, such as <c>P3-DIM-02</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the severity of a finding of this rule.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Gets the layer that checks it.</summary>
    public ValidationLayer Layer { get; }

    /// <summary>Gets the section of the Presentation 3.0 specification, such as <c>3.2 height, width</c>.</summary>
    public string Section { get; }

    /// <summary>Gets the resources the rule applies to, in the abbreviations <c>docs/rules.md</c> explains (<c>Can</c> Canvas, <c>Man</c> Manifest, …).</summary>
    public string AppliesTo { get; }

    /// <summary>Gets what the rule requires.</summary>
    public string Summary { get; }

    /// <summary>Returns the code and summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {Summary}";
}
