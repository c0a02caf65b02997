namespace Iiif.Presentation.Validation;

/// <summary>How serious a finding is.</summary>
/// <remarks>As in <c>docs/rules.md</c>: errors are the specification's MUST and MUST NOT, warnings its SHOULD and
/// SHOULD NOT, information a hint.</remarks>
public enum ValidationSeverity
{
    /// <summary>A hint; the document is valid.</summary>
    Info,

    /// <summary>The document breaks a SHOULD or a recommendation; it is still valid.</summary>
    Warning,

    /// <summary>The document breaks a MUST; it is not valid.</summary>
    Error,
}
