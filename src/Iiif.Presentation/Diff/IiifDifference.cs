using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;

namespace Iiif.Presentation;

/// <summary>One difference that <see cref="IiifDiff"/> found between two documents.</summary>
/// <remarks>Immutable, and so safe to share between threads. The values are copies that outlive the
/// documents they were found in.</remarks>
public sealed class IiifDifference
{
    private const int MaxShownLength = 120;

    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal IiifDifference(IiifDifferenceKind kind, string pointer, JsonElement? expected, JsonElement? actual)
    {
        Kind = kind;
        Pointer = pointer;
        Expected = expected?.Clone();
        Actual = actual?.Clone();
    }

    /// <summary>Gets the kind of difference.</summary>
    public IiifDifferenceKind Kind { get; }

    /// <summary>
    /// Gets where the difference is, as a JSON Pointer (RFC 6901); <c>""</c> is the whole document.
    /// </summary>
    /// <remarks>Array indexes are those of the expected document, except the last one of an
    /// <see cref="IiifDifferenceKind.Added"/> item, which is its index in the actual document.</remarks>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "A JSON Pointer (RFC 6901), not a memory pointer.")]
    public string Pointer { get; }

    /// <summary>Gets the value in the expected document, or <see langword="null"/> when it has none here
    /// (<see cref="IiifDifferenceKind.Added"/>). For <see cref="IiifDifferenceKind.Reordered"/>, the whole array.</summary>
    public JsonElement? Expected { get; }

    /// <summary>Gets the value in the actual document, or <see langword="null"/> when it has none here
    /// (<see cref="IiifDifferenceKind.Removed"/>). For <see cref="IiifDifferenceKind.Reordered"/>, the whole array.</summary>
    public JsonElement? Actual { get; }

    /// <summary>Describes the difference on one line: its kind, its pointer and the values, long ones cut short.</summary>
    /// <returns>Such as <c>Changed /label/en/0: "Old" -> "New"</c>.</returns>
    public override string ToString()
    {
        string where = Pointer.Length == 0 ? "(the document)" : Pointer;
        return Kind switch
        {
            IiifDifferenceKind.Added => $"Added {where}: {Show(Actual)}",
            IiifDifferenceKind.Removed => $"Removed {where}: {Show(Expected)}",
            _ => $"{Kind} {where}: {Show(Expected)} -> {Show(Actual)}",
        };
    }

    private static string Show(JsonElement? value)
    {
        if (value is not { } element)
        {
            return "(none)";
        }

        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_compact))
        {
            element.WriteTo(writer);
        }

        string text = Encoding.UTF8.GetString(buffer.ToArray());
        return text.Length <= MaxShownLength ? text : text.Substring(0, MaxShownLength) + "…";
    }
}
