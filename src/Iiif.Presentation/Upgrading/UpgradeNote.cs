using System.Text.Json;

namespace Iiif.Presentation;

/// <summary>How much an <see cref="UpgradeNote"/> matters.</summary>
public enum UpgradeNoteSeverity
{
    /// <summary>The information carried over, in another form (a minted id, a coerced number).</summary>
    Info,

    /// <summary>Information moved elsewhere, was assumed, or was left out; the note's
    /// <see cref="UpgradeNote.Original"/> keeps what was left out.</summary>
    Warning,

    /// <summary>The output lacks something 3.0 requires and nothing could be derived for it, or the input
    /// is not Presentation 2.</summary>
    Error,
}

/// <summary>
/// One place where a Presentation 2 document could not carry over to 3.0 exactly, and what the upgrader
/// decided there. Exact mappings make no note.
/// </summary>
public sealed class UpgradeNote
{
    /// <summary>Initializes a note.</summary>
    /// <param name="code">The stable kebab-case code (<see cref="UpgradeNoteCodes"/>).</param>
    /// <param name="severity">How much it matters.</param>
    /// <param name="inputPointer">The JSON Pointer (RFC 6901) of the value in the input.</param>
    /// <param name="outputPointer">The JSON Pointer of the value in the output, if it has one.</param>
    /// <param name="message">What was decided, for a person.</param>
    /// <param name="original">The input value that did not carry over unchanged, if any.</param>
    public UpgradeNote(string code, UpgradeNoteSeverity severity, string inputPointer, string? outputPointer, string message, JsonElement? original)
    {
        Code = code;
        Severity = severity;
        InputPointer = inputPointer;
        OutputPointer = outputPointer;
        Message = message;
        Original = original;
    }

    /// <summary>Gets the stable kebab-case code, one of <see cref="UpgradeNoteCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets how much the note matters.</summary>
    public UpgradeNoteSeverity Severity { get; }

    /// <summary>Gets the JSON Pointer (RFC 6901) of the value in the Presentation 2 input; <c>""</c> is
    /// the whole document.</summary>
    public string InputPointer { get; }

    /// <summary>Gets the JSON Pointer of the value in the 3.0 output (as <see cref="IiifJson"/> writes
    /// it), or <see langword="null"/> when the value has no place there.</summary>
    public string? OutputPointer { get; }

    /// <summary>Gets what was decided, for a person.</summary>
    public string Message { get; }

    /// <summary>Gets the input value that did not carry over unchanged (dropped, moved, coerced), or
    /// <see langword="null"/> when the output holds all of it.</summary>
    public JsonElement? Original { get; }

    /// <summary>Returns the note as one line: severity, code, pointer and message.</summary>
    /// <returns>The note as text.</returns>
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code} at {(InputPointer.Length == 0 ? "/" : InputPointer)}: {Message}";
}
