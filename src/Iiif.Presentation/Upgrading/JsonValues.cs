using Iiif.Presentation.Serialization.Buffers;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Makes owned JSON values of what the upgrader builds, for a note's <see cref="UpgradeNote.Original"/> or an
/// extension property: a string, an object put together from input values, a resource of the model.
/// </summary>
/// <remarks>Only for the few values that are not input values already; input values are cloned.</remarks>
internal static class JsonValues
{
    // What is written here comes from a document that was read, so it takes no depth limit of its own; text
    // is escaped only where JSON requires it, as the canonical writer does.
    private static readonly JsonWriterOptions s_writer = new() { MaxDepth = int.MaxValue, SkipValidation = true, Encoder = CanonicalJavaScriptEncoder.Instance };
    private static readonly JsonDocumentOptions s_document = new() { MaxDepth = int.MaxValue };

    /// <summary>Returns a string as a JSON value.</summary>
    public static JsonElement String(string text) => Write(text, static (w, t) => w.WriteStringValue(t));

    /// <summary>Returns a resource of the model as the JSON it is written as.</summary>
    public static JsonElement Resource(IiifResource resource) => Write(resource, static (w, r) => IiifWriter.WriteResource(w, r));

    /// <summary>Returns resources of the model as a JSON array.</summary>
    public static JsonElement Resources<T>(IEnumerable<T> resources)
        where T : IiifResource =>
        Write(resources, static (w, list) =>
        {
            w.WriteStartArray();
            foreach (T resource in list)
            {
                IiifWriter.WriteResource(w, resource);
            }

            w.WriteEndArray();
        });

    /// <summary>Returns a value as compact JSON text, to compare values.</summary>
    public static string Compact(JsonElement value)
    {
        using var buffer = new PooledBufferWriter(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writer))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.RawBuffer, 0, buffer.WrittenCount);
    }

    /// <summary>Returns what a writer writes as one owned JSON value.</summary>
    public static JsonElement Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        using var buffer = new PooledBufferWriter(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writer))
        {
            write(writer, state);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory, s_document);
        return document.RootElement.Clone();
    }
}
