using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>Reads and writes one JSON value of one shape (a string, a language map, a resource, …).</summary>
/// <typeparam name="T">The type of the value in the model.</typeparam>
/// <remarks>Codecs hold no state; one instance serves every thread.</remarks>
internal abstract class Codec<T>
{
    /// <summary>Reads the value the reader is on.</summary>
    /// <param name="reader">The reader, on the value's first token; on success it is left on the value's last token.</param>
    /// <param name="slot">Where a resource value sits, which decides its class.</param>
    /// <param name="value">The value read.</param>
    /// <returns><see langword="false"/> when the JSON has a shape the model cannot hold; the reader is then
    /// where it was, so the caller can keep the raw value.</returns>
    public abstract bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out T value);

    /// <summary>Writes the value.</summary>
    /// <param name="writer">The writer, after the property name or inside an array.</param>
    /// <param name="value">The value.</param>
    /// <param name="property">The property it belongs to, for error messages.</param>
    public abstract void Write(Utf8JsonWriter writer, T value, IiifProperty property);
}
