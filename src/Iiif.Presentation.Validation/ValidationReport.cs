using System.Linq;

namespace Iiif.Presentation.Validation;

/// <summary>The result of validating one document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationReport
{
    internal ValidationReport(
        IReadOnlyList<ValidationFinding> findings,
        IReadOnlyList<ValidationFinding> suppressed,
        string? version,
        string? type,
        ValidationLayers layers)
    {
        Findings = findings;
        Suppressed = suppressed;
        Version = version;
        Type = type;
        Layers = layers;
        ErrorCount = findings.Count(f => f.Severity == ValidationSeverity.Error);
        WarningCount = findings.Count(f => f.Severity == ValidationSeverity.Warning);
        InfoCount = findings.Count(f => f.Severity == ValidationSeverity.Info);
    }

    /// <summary>Gets the findings, in document order within each layer.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>
    /// Gets the schema findings left out because the official schema is known to be wrong there
    /// (the <c>P3-SCHEMA-…</c> entries of <c>docs/rules.md</c>); each is re-coded with the entry that explains it. For a verbose report.
    /// </summary>
    public IReadOnlyList<ValidationFinding> Suppressed { get; }

    /// <summary>Gets whether the document is valid: it has no error-severity finding.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the Presentation version the document declares: <c>"3"</c>, <c>"2"</c>, or
    /// <see langword="null"/> when it is unreadable or says nothing recognisable.</summary>
    public string? Version { get; }

    /// <summary>Gets the <c>type</c> (or <c>@type</c>) of the document's top resource, when it has one.</summary>
    public string? Type { get; }

    /// <summary>Gets the layers that ran.</summary>
    public ValidationLayers Layers { get; }

    /// <summary>Gets the number of error findings.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warning findings.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of information findings.</summary>
    public int InfoCount { get; }

    /// <summary>Returns a summary and the findings, one a line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(IsValid ? "valid" : "invalid")}: {ErrorCount} errors, {WarningCount} warnings, {InfoCount} infos" +
        string.Concat(Findings.Select(f => "\n" + f));
}
