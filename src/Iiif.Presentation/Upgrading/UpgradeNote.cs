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

    private readonly OutputPlace _place;
    private readonly string _template;
    private readonly string? _argument0;
    private readonly string? _argument1;
    private object _input; // the pointer as text, or the InputPath that makes it on first use
    private object _output; // the pointer as text, s_noPlace, or the OutputPointers that work it out on first use
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
        _template = message;
        _original = original;
    }

    /// <summary>
    /// Initializes a note of the upgrader from its record. What a note holds is made into text when it is
    /// read: the pointers, the message (the template with its arguments, as <c>string.Format</c> fills it),
    /// an original given as a string.
    /// </summary>
    internal UpgradeNote(in UpgradeNotes.Record note, OutputPointers pointers)
    {
        Code = note.Code;
        Severity = note.Severity;
        _input = note.Input;
        _place = note.Place;
        _output = pointers;
        _template = note.Template;
        _argument0 = note.Argument0;
        _argument1 = note.Argument1;
        _original = note.Original;
    }

    /// <summary>Gets the stable kebab-case code, one of <see cref="UpgradeNoteCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets how much the note matters.</summary>
    public UpgradeNoteSeverity Severity { get; }

    /// <summary>Gets the JSON Pointer (RFC 6901) of the value in the Presentation 2 input; <c>""</c> is
    /// the whole document.</summary>
    public string InputPointer
    {
        get
        {
            object input = _input;
            if (input is not string text)
            {
                text = input.ToString()!;
                _input = text;
            }

            return text;
        }
    }

    /// <summary>Gets the JSON Pointer of the value in the 3.0 output (as <see cref="IiifJson"/> writes
    /// it), or <see langword="null"/> when the value has no place there.</summary>
    /// <remarks>The pointers of an upgrade's notes are worked out, all at once, from
    /// <see cref="UpgradeResult.Resource"/> as it is when one of them is first read: read them before
    /// changing the resource.</remarks>
    public string? OutputPointer
    {
        get
        {
            object output = _output;
            if (output is OutputPointers pointers)
            {
                output = pointers.PointerOf(_place) ?? s_noPlace;
                _output = output;
            }

            return output as string;
        }
    }

    /// <summary>Gets what was decided, for a person.</summary>
    public string Message => _argument0 is null && _argument1 is null ? _template : string.Format(CultureInfo.InvariantCulture, _template, _argument0, _argument1);

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
