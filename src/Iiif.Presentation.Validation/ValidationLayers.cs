namespace Iiif.Presentation.Validation;

/// <summary>Which layers a validation runs.</summary>
[Flags]
public enum ValidationLayers
{
    /// <summary>The official JSON schema only, with the official validator's verdict.</summary>
    Schema = 1,

    /// <summary>The specification's semantic rules only.</summary>
    Semantic = 2,

    /// <summary>Both layers, with the documented adjustments where the schema is wrong (the <c>P3-SCHEMA-…</c> entries of <c>docs/rules.md</c>).</summary>
    All = Schema | Semantic,
}
