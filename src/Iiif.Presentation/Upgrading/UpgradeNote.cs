using System.Globalization;
using Iiif.Presentation.Upgrading;

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
    private static readonly object s_noPlace = new();

    private readonly object _input; // the pointer as text, or the InputPath that makes it (and keeps it) on first use
    private readonly OutputPlace _place;
    private readonly OutputPointers? _pointers;
    private readonly string? _template;
    private readonly string? _argument0;
    private readonly string? _argument1;
    private object? _output;
    private string? _message;
    private object? _original;

    /// <summary>Initializes a note.</summary>
    /// <param name="code">The stable kebab-case code (<see cref="UpgradeNoteCodes"/>).</param>
    /// <param name="severity">How much it matters.</param>
    /// <param name="inputPointer">The JSON Pointer (RFC 6901) of the value in the input.</param>
    /// <param name="outputPointer">The JSON Pointer of the value in the output, if it has one.</param>
    /// <param name="message">What was decided, for a person.</param>
    /// <param name="original">The input value that did not carry over unchanged, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inputPointer"/> is <see langword="null"/>.</exception>
    public UpgradeNote(string code, UpgradeNoteSeverity severity, string inputPointer, string? outputPointer, string message, JsonElement? original)
    {
        Code = code;
        Severity = severity;
        _input = inputPointer ?? throw new ArgumentNullException(nameof(inputPointer));
        _output = outputPointer ?? s_noPlace;
        _message = message;
        _original = original;
    }

    /// <summary>
    /// Initializes a note of the upgrader. What a note holds is made into text when it is first read: the
    /// pointers, the message (<paramref name="template"/> with its arguments, as <c>string.Format</c>
    /// fills it), an original given as a string; most notes are never read.
    /// </summary>
    internal UpgradeNote(string code, InputPath input, OutputPlace place, OutputPointers pointers, string template, string? argument0, string? argument1, object? original)
    {
        Code = code;
        Severity = UpgradeNoteCodes.SeverityOf(code);
        _input = input;
        _place = place;
        _pointers = pointers;
        _template = template;
        _argument0 = argument0;
        _argument1 = argument1;
        _message = argument0 is null && argument1 is null ? template : null;
        _original = original;
    }

    /// <summary>Gets the stable kebab-case code, one of <see cref="UpgradeNoteCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets how much the note matters.</summary>
    public UpgradeNoteSeverity Severity { get; }

    /// <summary>Gets the JSON Pointer (RFC 6901) of the value in the Presentation 2 input; <c>""</c> is
    /// the whole document.</summary>
    public string InputPointer => _input as string ?? _input.ToString()!;

    /// <summary>Gets the JSON Pointer of the value in the 3.0 output (as <see cref="IiifJson"/> writes
    /// it), or <see langword="null"/> when the value has no place there.</summary>
    /// <remarks>The pointers of an upgrade's notes are worked out, all at once, from
    /// <see cref="UpgradeResult.Resource"/> as it is when one of them is first read: read them before
    /// changing the resource.</remarks>
    public string? OutputPointer
    {
        get
        {
            object? output = _output;
            if (output is null)
            {
                output = _pointers!.PointerOf(_place) ?? s_noPlace;
                _output = output;
            }

            return output as string;
        }
    }

    /// <summary>Gets what was decided, for a person.</summary>
    public string Message => _message ??= string.Format(CultureInfo.InvariantCulture, _template!, _argument0, _argument1);

    /// <summary>Gets the input value that did not carry over unchanged (dropped, moved, coerced), or
    /// <see langword="null"/> when the output holds all of it.</summary>
    public JsonElement? Original
    {
        get
        {
            object? original = _original;
            if (original is string text)
            {
                original = JsonValues.String(text);
                _original = original;
            }

            return (JsonElement?)original;
        }
    }

    /// <summary>Returns the note as one line: severity, code, pointer and message.</summary>
    /// <returns>The note as text.</returns>
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code} at {(InputPointer.Length == 0 ? "/" : InputPointer)}: {Message}";
}
