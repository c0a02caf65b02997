using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Validation;

/// <summary>One problem, or hint, found in a document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationFinding
{
    /// <summary>Initializes a finding.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">The stable code, such as <c>P3-DIM-02</c> (listed in <c>docs/rules.md</c>).</param>
    /// <param name="layer">The layer that found it.</param>
    /// <param name="pointer">The JSON Pointer (RFC 6901) of the value it is about; empty for the whole document.</param>
    /// <param name="message">What is wrong and what to write instead.</param>
    /// <param name="section">The section of the specification, such as <c>3.2 height</c>.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "A JSON Pointer (RFC 6901), not a memory pointer.")]
    public ValidationFinding(ValidationSeverity severity, string code, ValidationLayer layer, string pointer, string message, string section)
    {
        Severity = severity;
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Layer = layer;
        Pointer = pointer ?? throw new ArgumentNullException(nameof(pointer));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Section = section ?? throw new ArgumentNullException(nameof(section));
    }

    /// <summary>Gets how serious the finding is.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Gets the stable code, such as <c>P3-DIM-02</c>; see <see cref="ValidationRules"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the layer that found it.</summary>
    public ValidationLayer Layer { get; }

    /// <summary>Gets the JSON Pointer of the value the finding is about; empty for the whole document.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "A JSON Pointer (RFC 6901), not a memory pointer.")]
    public string Pointer { get; }

    /// <summary>Gets what is wrong and what to write instead.</summary>
    public string Message { get; }

    /// <summary>Gets the section of the specification, such as <c>3.2 height</c>, or <c>—</c> when none applies.</summary>
    public string Section { get; }

    /// <summary>Returns the finding on one line: severity, code, pointer and message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code} at {(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";

    /// <summary>Gets the pointer of the object the finding is about, for merging with schema findings.</summary>
    internal string? MergeObject { get; init; }

    /// <summary>Gets the property of <see cref="MergeObject"/> the finding is about, if any.</summary>
    internal string? MergeProperty { get; init; }

    internal ValidationFinding WithSeverity(ValidationSeverity severity) =>
        severity == Severity
            ? this
            : new ValidationFinding(severity, Code, Layer, Pointer, Message, Section) { MergeObject = MergeObject, MergeProperty = MergeProperty };
}
