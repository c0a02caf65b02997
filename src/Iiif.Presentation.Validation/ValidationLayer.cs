namespace Iiif.Presentation.Validation;

/// <summary>Which part of the validator produced a finding.</summary>
public enum ValidationLayer
{
    /// <summary>The official IIIF Presentation 3.0 JSON schema.</summary>
    Schema,

    /// <summary>The specification's rules that a schema cannot express (the rules of <c>docs/rules.md</c> other than <c>P3-SCHEMA-…</c>).</summary>
    Semantic,
}
