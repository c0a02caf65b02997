namespace Iiif.Presentation.Serialization;

/// <summary>
/// A checked document parsed by <see cref="DocumentReader"/> over its caller's pinned text. Values taken from it
/// must be cloned to outlive it.
/// </summary>
/// <remarks>Not thread-safe; one reader at a time.</remarks>
internal sealed class ParsedDocument : IDisposable
{
    private readonly JsonDocument _document;

    public ParsedDocument(JsonDocument document, ReadOnlyMemory<byte> json, int bom, IiifReadOptions options)
    {
        _document = document;
        Json = json;
        Bom = bom;
        Options = options;
    }

    /// <summary>Gets the root value.</summary>
    public JsonElement Root => _document.RootElement;

    /// <summary>Gets the JSON text, after any byte order mark.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>Gets the length of the byte order mark before the text: 0 or 3.</summary>
    public int Bom { get; }

    /// <summary>Gets the options it was read with.</summary>
    public IiifReadOptions Options { get; }

    /// <summary>Makes the exception for a problem at a byte offset of the text.</summary>
    public IiifJsonException Locate(string message, long offset, Exception? inner) =>
        DocumentReader.Locate(message, Json.Span, offset, Bom, Options, inner);

    /// <inheritdoc/>
    public void Dispose() => _document.Dispose();
}
